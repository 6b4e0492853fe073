/**
 * Hostile pages (tests/e2e/pages/hostile/): pages that fight the platform, the
 * extension or the reader. On every one, in both browsers: no exception reaches
 * the page's console, the page's own script still runs and says so
 * (`data-result="ok"` on its root element), and exactly what should be
 * highlighted is. Each fixture says in its source what it does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardText,
  figurePointIn,
  highlightNamesIn,
  highlightsIn,
  isolated,
  type PageWatch,
  pageResult,
  rootAttribute,
  staleHighlightsIn,
  waitForHighlightsIn,
  watchPage,
} from './hostile-probe';
import { BROWSERS, expected, type Journey, PAGES, startJourney, waitForCard } from './journey';
import { pixelAt } from './pixel';
import { compareWithRangefinder, selectText } from './surfaces';

const HOSTILE = join(PAGES, 'hostile');

const expectedOf = (page: string) => expected(`hostile/${page}`);

/** Nothing went wrong in the page: no exception, no console error, no dialog. */
function expectCalm(watch: PageWatch): void {
  expect(watch.errors).toEqual([]);
  expect(watch.dialogs).toEqual([]);
}

/** The frame of `page` whose address ends with `suffix`. */
function frameOf(page: Page, suffix: string): Frame {
  const frame = page.frames().find((f) => f.url().endsWith(suffix));
  if (!frame)
    throw new Error(
      `No frame at …${suffix} among ${page
        .frames()
        .map((f) => f.url())
        .join(', ')}.`,
    );
  return frame;
}

/** Whether the highlight paints at a figure: its first pixel differs from the page's background beside it. */
async function paints(page: Page, figure: string): Promise<{ figure: number[]; background: number[] }> {
  const at = await isolated(page.mainFrame()).evaluate((wanted) => {
    let found: Range | null = null;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('rangefinder-') && name !== 'rangefinder-active')
        highlight.forEach((range) => {
          if ((range as Range).toString() === wanted) found = range as Range;
        });
    });
    if (!found) return null;
    const range: Range = found;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: Math.round(rect.left + 2), y: Math.round(rect.top + 2), left: Math.round(rect.left - 6) };
  }, figure);
  if (!at) throw new Error(`No highlighted figure “${figure}”.`);
  return { figure: await pixelAt(page, at), background: await pixelAt(page, { x: at.left, y: at.y }) };
}

for (const { name, title } of BROWSERS) {
  describe(`hostile pages in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
    });
    afterAll(() => journey?.close());

    /** Opens a hostile fixture in a new tab, watched from before it loads. */
    async function open(file: string): Promise<{ tab: Page; watch: PageWatch }> {
      return openUrl(`${journey.base}/tests/e2e/pages/hostile/${file}`);
    }

    async function openUrl(url: string): Promise<{ tab: Page; watch: PageWatch }> {
      const tab = await journey.browser.newPage();
      const watch = watchPage(tab);
      await tab.goto(url);
      return { tab, watch };
    }

    /**
     * The common case: the page reports success, its figures are marked exactly,
     * no mark is stale, nothing goes wrong. `scripted: false` for a page that may run no script.
     */
    async function expectMarked(
      file: string,
      { timeout, scripted = true }: { timeout?: number; scripted?: boolean } = {},
    ): Promise<{ tab: Page; watch: PageWatch }> {
      const opened = await open(file);
      const wanted = expectedOf(file).highlights!;
      // A page that changes itself says when it is done; only then are its marks final. Until the scanner has
      // heard of its last change (it waits for the page to be quiet a moment), a mark of text the page cut short
      // in its last steps may still be there, collapsed: what must hold is that none is left once it has heard.
      if (scripted) expect(await pageResult(opened.tab.mainFrame(), timeout)).toBe('ok');
      expect(await waitForHighlightsIn(opened.tab.mainFrame(), wanted, timeout)).toEqual(wanted);
      expect(await staleHighlightsIn(opened.tab.mainFrame())).toEqual([]);
      expectCalm(opened.watch);
      return opened;
    }

    it("strict-csp.html: under default-src 'none'; style-src 'none' the figures are marked and painted, the DOM stays as served, and the card keeps its styles", async () => {
      const { tab, watch } = await expectMarked('strict-csp.html', { scripted: false });
      // The page may run no script of its own: what it proves it proves by its DOM, which is exactly as parsed from the file.
      const served = readFileSync(join(HOSTILE, 'strict-csp.html'), 'utf8');
      const same = await isolated(tab.mainFrame()).evaluate(
        (html) => new DOMParser().parseFromString(html, 'text/html').documentElement.outerHTML === document.documentElement.outerHTML,
        served,
      );
      expect(same).toBe(true);
      // The highlight styles come in past the policy.
      const { figure, background } = await paints(tab, 'about 10,000');
      expect(figure).not.toEqual(background);
      // So does the card's stylesheet, inside its shadow root.
      const point = await figurePointIn(tab.mainFrame(), 'about 10,000');
      await tab.mouse.click(point.x, point.y);
      const opened = await waitForCard(tab);
      expect(await opened.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
      expectCalm(watch);
      await tab.close();
    });

    it("strict-csp-script.html: under the same policy with only script-src 'self', the page's script runs and sees no violation, and its later paragraph, in a shadow root, is marked and painted", async () => {
      const { tab, watch } = await expectMarked('strict-csp-script.html');
      // The figure in the page's shadow root is painted: its styles came in past the policy too.
      const { figure, background } = await paints(tab, 'dozens');
      expect(figure).not.toEqual(background);
      const point = await figurePointIn(tab.mainFrame(), 'about 12,000');
      await tab.mouse.click(point.x, point.y);
      const opened = await waitForCard(tab);
      expect(await opened.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
      // The page heard of no violation of its policy, the card's styles included.
      expect(await rootAttribute(tab.mainFrame(), 'data-violations')).toBeNull();
      expectCalm(watch);
      await tab.close();
    });

    it('prototype-overrides.html: DOM prototypes and globals replaced with throwing functions are never called, and the card still opens', async () => {
      const { tab, watch } = await expectMarked('prototype-overrides.html');
      const point = await figurePointIn(tab.mainFrame(), 'over 7,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      expect(await cardText(tab.mainFrame(), 'h2 .figure-text')).toBe('over 7,000');
      // Not one of the page's throwing replacements was called, by anyone.
      expect(await rootAttribute(tab.mainFrame(), 'data-hostile-calls')).toBeNull();
      expectCalm(watch);
      await tab.close();
    });

    it('shadow-roots.html: figures in open shadow roots (scripted, declarative, nested) are marked, painted and followed; a closed one is left alone', async () => {
      const { tab, watch } = await expectMarked('shadow-roots.html');
      for (const figure of ['about 10,000', 'close to 4,000', 'dozens']) {
        const { figure: at, background } = await paints(tab, figure);
        expect(at, `the highlight of “${figure}” paints`).not.toEqual(background);
      }
      // Content a component renders later, inside its shadow root, is read too.
      await tab.evaluate(() => (window as unknown as { renderLater(): void }).renderLater());
      const later = expectedOf('shadow-roots.html').later!;
      expect(await waitForHighlightsIn(tab.mainFrame(), later)).toEqual(later);
      // A figure in a shadow root opens its card.
      const point = await figurePointIn(tab.mainFrame(), 'about 10,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      expect(await cardText(tab.mainFrame(), 'h2 .figure-text')).toBe('about 10,000');
      // The page's shadow trees are as it made them.
      expect(await tab.evaluate(() => (window as unknown as { shadowTreesIntact(): boolean }).shadowTreesIntact())).toBe(true);
      expectCalm(watch);
      await tab.close();
    });

    it('iframes.html: figures in a same-origin frame and in a srcdoc frame are marked in their own documents', async () => {
      const { tab, watch } = await expectMarked('iframes.html');
      const wanted = expectedOf('iframes.html');
      const child = frameOf(tab, 'iframes-child.html');
      expect(await waitForHighlightsIn(child, wanted.child!)).toEqual(wanted.child);
      expect(await pageResult(child)).toBe('ok');
      const inline = frameOf(tab, 'about:srcdoc');
      expect(await waitForHighlightsIn(inline, wanted.inline!)).toEqual(wanted.inline);
      expect(await staleHighlightsIn(child)).toEqual([]);
      expectCalm(watch);
      await tab.close();
    });

    it('never-highlighted.html: contenteditable, textarea, input and aria-hidden text is never marked, even as the reader types figures into it', async () => {
      const { tab, watch } = await expectMarked('never-highlighted.html');
      const typed = ' North Korea sent about 11,000 troops.';
      await tab.type('#comment', typed);
      await tab.click('#editor p');
      await tab.keyboard.press('End');
      await tab.keyboard.type(typed);
      await tab.type('#search', typed);
      // Give the extension time to (not) read what was typed, then check nothing changed.
      const wanted = expectedOf('never-highlighted.html').highlights!;
      await new Promise((done) => setTimeout(done, 1_500));
      expect(await highlightsIn(tab.mainFrame())).toEqual(wanted);
      const fields = await isolated(tab.mainFrame()).evaluate(() => ({
        comment: (document.getElementById('comment') as HTMLTextAreaElement).value,
        search: (document.getElementById('search') as HTMLInputElement).value,
        editor: document.getElementById('editor')!.textContent,
      }));
      expect(fields.comment).toContain(typed);
      expect(fields.search).toContain(typed);
      expect(fields.editor!.replace(/\s+/g, ' ').trim().endsWith(typed.trim())).toBe(true);
      // No marked range lies inside an editable, form or hidden-from-readers element.
      const inside = await isolated(tab.mainFrame()).evaluate(() => {
        const found: string[] = [];
        CSS.highlights.forEach((highlight) => {
          highlight.forEach((range) => {
            const element = range.startContainer.parentElement;
            if (element?.closest('[contenteditable], textarea, input, [aria-hidden="true"]')) found.push((range as Range).toString());
          });
        });
        return found;
      });
      expect(inside).toEqual([]);
      expectCalm(watch);
      await tab.close();
    });

    it('svg-text.html: SVG text, drawn or added by the page, is left alone while the prose around it is marked', async () => {
      const { tab, watch } = await expectMarked('svg-text.html');
      expectCalm(watch);
      await tab.close();
    });

    it('huge-text-node.html: a single 5 MB text node is read to its end', async () => {
      const { tab, watch } = await expectMarked('huge-text-node.html', { timeout: 60_000 });
      expectCalm(watch);
      await tab.close();
    });

    it('removes-nodes-mid-scan.html: nodes removed, cut short and replaced while the scan runs leave no error and no stale mark', async () => {
      const { tab, watch } = await expectMarked('removes-nodes-mid-scan.html', { timeout: 30_000 });
      expectCalm(watch);
      await tab.close();
    });

    it('replaces-content.html: content replaced ten times a second ends with the last content marked, and nothing of the rest', async () => {
      const { tab, watch } = await expectMarked('replaces-content.html', { timeout: 20_000 });
      expectCalm(watch);
      await tab.close();
    });

    it('replaces-body.html: a page that swaps in a whole new <body> has each new body marked', async () => {
      const { tab, watch } = await open('replaces-body.html');
      const wanted = expectedOf('replaces-body.html');
      expect(await waitForHighlightsIn(tab.mainFrame(), wanted.highlights!)).toEqual(wanted.highlights);
      // A card opened in the first body goes with it.
      const first = await figurePointIn(tab.mainFrame(), 'about 10,000');
      await tab.mouse.click(first.x, first.y);
      await waitForCard(tab);
      await tab.evaluate(() => (window as unknown as { visit(index: number): void }).visit(0));
      expect(await waitForHighlightsIn(tab.mainFrame(), wanted.pageTwo!)).toEqual(wanted.pageTwo);
      await tab.evaluate(() => (window as unknown as { visit(index: number): void }).visit(1));
      expect(await waitForHighlightsIn(tab.mainFrame(), wanted.pageThree!)).toEqual(wanted.pageThree);
      expect(await pageResult(tab.mainFrame())).toBe('ok');
      // And the card opens in the new body too.
      const point = await figurePointIn(tab.mainFrame(), 'about 12,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      expect(await cardText(tab.mainFrame(), 'h2 .figure-text')).toBe('about 12,000');
      expect(await staleHighlightsIn(tab.mainFrame())).toEqual([]);
      expectCalm(watch);
      await tab.close();
    });

    it('split-inline.html: figures split across inline elements ("12,<b>000</b>") are each marked as one figure', async () => {
      const { tab, watch } = await expectMarked('split-inline.html');
      // One range each, from one element into another.
      const spans = await isolated(tab.mainFrame()).evaluate(() => {
        const found: string[] = [];
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('rangefinder-') && name !== 'rangefinder-active') {
            highlight.forEach((range) => {
              if (range.startContainer !== range.endContainer) found.push((range as Range).toString());
            });
          }
        });
        return found.sort();
      });
      expect(spans).toEqual(['$2,000', 'about 10,000', 'about 12,000', 'close to 4,000', 'over 7,000', 'up to 40 percent']);
      expectCalm(watch);
      await tab.close();
    });

    it('rtl-text.html: figures among right-to-left text, isolates and bidi marks are marked', async () => {
      const { tab, watch } = await expectMarked('rtl-text.html');
      expectCalm(watch);
      await tab.close();
    });

    it('hard-wrapped.html: prose wrapped and indented in the source reads as the browser shows it, one line per paragraph', async () => {
      const { tab, watch } = await expectMarked('hard-wrapped.html');
      expectCalm(watch);
      await tab.close();
    });

    it('html-like-strings.html: markup-like text stays text, in the page and in the card, and no alert fires', async () => {
      const { tab, watch } = await expectMarked('html-like-strings.html');
      const point = await figurePointIn(tab.mainFrame(), 'about 12,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      expect(await cardText(tab.mainFrame(), 'h2 .figure-text')).toBe('about 12,000');
      // The reader asks about the markup-like string itself: the card quotes it, as text.
      const selected = await selectText(tab, '#markup');
      expect(selected).toBe('<img src=x onerror=alert(1)>');
      await compareWithRangefinder(journey, tab, selected);
      await waitForCard(tab);
      expect(await cardText(tab.mainFrame(), '.reading')).toContain('<img src=x onerror=alert(1)>');
      const made = await isolated(tab.mainFrame()).evaluate(() => {
        const root = document.querySelector('rangefinder-card')!.shadowRoot!;
        return [...root.querySelectorAll('*')]
          .filter(
            (el) =>
              ['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(el.tagName) ||
              [...el.attributes].some((a) => a.name.startsWith('on')),
          )
          .map((el) => el.outerHTML);
      });
      expect(made).toEqual([]);
      // Give an onerror or onload the moment it would need to fire.
      await new Promise((done) => setTimeout(done, 500));
      expectCalm(watch);
      await tab.close();
    });

    it('long-sentences.html: sentences of hundreds of thousands of characters are read, and the figures around them marked', async () => {
      const { tab, watch } = await expectMarked('long-sentences.html', { timeout: 60_000 });
      expectCalm(watch);
      await tab.close();
    });

    it('malformed-html.html: tag soup in quirks mode is marked as the browser parsed it', async () => {
      const { tab, watch } = await expectMarked('malformed-html.html');
      expectCalm(watch);
      await tab.close();
    });

    /** Pages no extension script may run in: the page works, and the extension is nowhere in it. */
    async function expectUntouched(tab: Page, watch: PageWatch): Promise<void> {
      expect(await pageResult(tab.mainFrame())).toBe('ok');
      // The page's own paragraph arrived, naming North Korea: still nothing may come.
      await new Promise((done) => setTimeout(done, 1_500));
      expect(await highlightNamesIn(tab.mainFrame())).toEqual([]);
      expect(await highlightsIn(tab.mainFrame())).toEqual([]);
      expect(await isolated(tab.mainFrame()).evaluate(() => document.querySelectorAll('rangefinder-card').length)).toBe(0);
      expectCalm(watch);
    }

    it('about-blank.html: written into about:blank, the page runs and the extension stays out', async () => {
      const { tab, watch } = await openUrl('about:blank');
      const html = readFileSync(join(HOSTILE, 'about-blank.html'), 'utf8');
      await tab.evaluate((written) => {
        document.open();
        document.write(written);
        document.close();
      }, html);
      await expectUntouched(tab, watch);
      expect(await tab.evaluate(() => location.href)).toBe('about:blank');
      await tab.close();
    });

    it('data-url.html: opened as a data: URL, the page runs and the extension stays out', async () => {
      const html = readFileSync(join(HOSTILE, 'data-url.html'));
      const { tab, watch } = await openUrl(`data:text/html;base64,${html.toString('base64')}`);
      await expectUntouched(tab, watch);
      await tab.close();
    });

    it('file-page.html: opened by its file: URL, the page runs and the extension stays out', async () => {
      const { tab, watch } = await openUrl(pathToFileURL(join(HOSTILE, 'file-page.html')).href);
      await expectUntouched(tab, watch);
      await tab.close();
    });
  });
}
