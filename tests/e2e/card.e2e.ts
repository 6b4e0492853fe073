import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-to-text';
import { pageDate } from '../../src/cli/page-date';
import { textFragmentUrl } from '../../src/compare/citation';
import { type Comparison, compareFigure } from '../../src/compare/compare';
import { readCorpus } from '../../src/corpus/read-corpus';
import { detectFigures } from '../../src/engine/detect-figures';
import { HOVER_OPEN_MS } from '../../src/names/page-names';
import {
  attributeOf,
  BROWSERS,
  card,
  clickInCard,
  DOCS_SCREENSHOTS,
  expected,
  figurePoint,
  type Journey,
  PAGES,
  readingText,
  SCREENSHOTS,
  screenshotPath,
  sendStep,
  startJourney,
  textOf,
  urlOf,
  waitForCard,
  waitForCardClosed,
  waitForHighlights,
} from './journey';

/** What the checker, run in Node on the same page (with its date, where it gives one), says of a figure: the card must show this. */
function comparisonOf(page: string, text: string): Comparison {
  const html = readFileSync(join(PAGES, page), 'utf8');
  const figure = detectFigures(htmlToText(html)).find((f) => f.text === text);
  if (!figure) throw new Error(`The engine finds no “${text}” in ${page}.`);
  const published = pageDate(html);
  return compareFigure({ ...figure, ...(published ? { published } : {}) }, readCorpus());
}

for (const { name, title } of BROWSERS) {
  describe(`the card in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
      mkdirSync(SCREENSHOTS, { recursive: true });
    });
    afterAll(() => journey?.close());

    async function openPage(page: string) {
      const tab = await journey.open(`tests/e2e/pages/${page}`);
      expect(await waitForHighlights(tab, expected(page).highlights!)).toEqual(expected(page).highlights);
      return tab;
    }

    it('opens on hover after a short delay, with the estimates and reading of that measure', async () => {
      const tab = await openPage('article-light.html');
      const point = await figurePoint(tab, 'close to 4,300');
      // Not at once: passing over a figure does not open its card. The page's own clock times the pointer's
      // last move and the card's opening; a busy machine only lengthens the wait, so only a missing delay fails.
      await tab.evaluate(() => {
        const times = { moved: 0, opened: 0 };
        (window as unknown as { hoverTimes: typeof times }).hoverTimes = times;
        document.addEventListener(
          'mousemove',
          () => {
            times.moved = performance.now();
          },
          true,
        );
        document.addEventListener(
          'toggle',
          (e) => {
            if ((e as ToggleEvent).newState === 'open' && times.opened === 0) times.opened = performance.now();
          },
          true,
        );
      });
      await tab.mouse.move(point.x, point.y);
      await waitForCard(tab);
      const times = await tab.evaluate(() => (window as unknown as { hoverTimes: { moved: number; opened: number } }).hoverTimes);
      expect(times.opened - times.moved).toBeGreaterThanOrEqual(HOVER_OPEN_MS - 1);
      const comparison = comparisonOf('article-light.html', 'close to 4,300');
      expect(await textOf(tab, card('h2'))).toContain('close to 4,300');
      expect(await textOf(tab, card('.reading'))).toBe(readingText(comparison.reading));
      const ids = await tab.$$eval(card('li.estimate'), (items) => items.map((li) => li.getAttribute('data-claim')));
      expect(ids).toEqual(comparison.estimates.map((c) => c.id));
      expect(await attributeOf(tab, card(), 'data-stance')).toBe('within');
      expect(await tab.$$(card('svg.strip .estimate'))).toHaveLength(comparison.estimates.length);
      // Moving away closes a card that hovering opened.
      await tab.mouse.move(5, 5);
      await waitForCardClosed(tab);
      await tab.close();
    });

    it('on a real article about 11,000 troops, lists named, dated estimates, each one click from its original at the sentence', async () => {
      const page = 'real-article-11000.html';
      const tab = await openPage(page);
      const point = await figurePoint(tab, 'Around 11,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      if (name === 'chromium') await tab.screenshot({ path: join(DOCS_SCREENSHOTS, 'card-record.png') });
      const comparison = comparisonOf(page, 'Around 11,000');
      const onRecord = comparison.estimates.filter((e) => e.record);
      expect(onRecord.length).toBeGreaterThan(20);
      const rows = await tab.$$eval(card('li.estimate'), (items) =>
        items.map((li) => ({
          id: li.getAttribute('data-claim'),
          text: li.textContent ?? '',
          original: li.querySelector('a.original')?.getAttribute('href') ?? null,
          label: li.querySelector('a.original')?.textContent ?? null,
          target: li.querySelector('a.original')?.getAttribute('target') ?? null,
        })),
      );
      expect(rows.map((r) => r.id)).toEqual(comparison.estimates.map((e) => e.id));
      for (const estimate of onRecord) {
        const row = rows.find((r) => r.id === estimate.id)!;
        const lead = estimate.record!.reports[0]!;
        // Named and dated: the body, the as-of date, the outlet of the page that reports it.
        expect(row.text).toContain(estimate.record!.body.name);
        expect(row.text).toContain(lead.outlet);
        expect(row.text).not.toContain('unattributed');
        // One click to the original, at the very sentence: a text fragment built from the report's sentence.
        expect(row.label).toBe('Open the original at this sentence ↗');
        expect(row.target).toBe('_blank');
        expect(row.original).toBe(textFragmentUrl(lead.url, lead.quote));
        const [address, fragment] = row.original!.split('#:~:text=');
        expect(address).toBe(lead.url.split('#')[0]);
        const ends = fragment!.split(',').map(decodeURIComponent);
        expect(lead.quote.startsWith(ends[0]!)).toBe(true);
        expect(lead.quote.endsWith(ends.at(-1)!)).toBe(true);
      }
      // The click itself: the new tab is asked for the page at that fragment (the network is not reached here).
      const nis = onRecord.find((e) => e.id === 'nis/2024-12-24/troops_deployed')!;
      const href = textFragmentUrl(nis.record!.reports[0]!.url, nis.record!.reports[0]!.quote);
      const link = (await tab.$(card(`li.estimate[data-claim="${nis.id}"] a.original`)))!;
      // The test keeps the browser from leaving for the network, and notes where the click was going.
      await link.evaluate((a) =>
        a.addEventListener('click', (event) => {
          event.preventDefault();
          (a as HTMLAnchorElement).dataset.followed = (event.currentTarget as HTMLAnchorElement).href;
        }),
      );
      await link.scrollIntoView();
      await link.click();
      await expect.poll(() => link.evaluate((a) => (a as HTMLAnchorElement).dataset.followed ?? null)).toBe(new URL(href).href);
      await tab.close();
    });

    it('on the real article of 20 Nov 2024, names none of the body’s estimates made after it as the one the page reports', async () => {
      const page = 'real-article-11000.html';
      const tab = await openPage(page);
      // "Park said the NIS estimates … around 11,000": the NIS said 11,000 on 24 Dec 2024 and later, never by 20 Nov.
      const point = await figurePoint(tab, 'around 11,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      const checker = comparisonOf(page, 'around 11,000');
      expect(checker.attributedTo?.id).toBe('nis');
      const lines = await tab.$$eval(card('.likely-source'), (ps) =>
        ps.map((p) => ({ claim: p.getAttribute('data-claim'), claims: p.getAttribute('data-claims'), text: p.textContent ?? '' })),
      );
      // The card says what the checker says of the page: an estimate made by its date, or none.
      const dated = checker.likelySource;
      if (dated && dated.basis !== 'one-of') {
        expect(dated.estimate.asOf.date <= '2024-11-20').toBe(true);
        expect(lines.map((l) => l.claim)).toEqual([dated.estimate.id]);
      } else expect(lines).toEqual([]);
      expect(JSON.stringify(lines)).not.toContain('nis/2024-12-24');
      expect(lines.map((l) => l.text).join()).not.toContain('24 Dec 2024');
      await tab.close();
    });

    it('says whose estimate the page reports where it names the body, and links its original at the sentence', async () => {
      const page = 'static-dom.html';
      const tab = await openPage(page);
      const point = await figurePoint(tab, 'about 10,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      const likely = comparisonOf(page, 'about 10,000').likelySource!;
      if (likely.basis !== 'attributed') throw new Error(`The page names the Pentagon, but the comparison says ${likely.basis}.`);
      expect(await attributeOf(tab, card('.likely-source'), 'data-claim')).toBe(likely.estimate.id);
      expect(await textOf(tab, card('.likely-source'))).toContain(readingText(likely.text));
      const lead = likely.estimate.record!.reports[0]!;
      expect(await attributeOf(tab, card('.likely-source a.original'), 'href')).toBe(textFragmentUrl(lead.url, lead.quote));
      await tab.close();
    });

    it('opens on click as a labelled dialog with focus, and a click elsewhere closes it', async () => {
      const tab = await openPage('article-light.html');
      const point = await figurePoint(tab, 'as high as 20,000');
      await tab.mouse.click(point.x, point.y);
      const opened = await waitForCard(tab);
      expect(await attributeOf(tab, card(), 'role')).toBe('dialog');
      const labelled = await opened.evaluate((el) => {
        const root = el.getRootNode() as ShadowRoot;
        return {
          label: root.getElementById(el.getAttribute('aria-labelledby')!)?.textContent,
          description: root.getElementById(el.getAttribute('aria-describedby')!)?.textContent,
          focused: root.activeElement === el,
        };
      });
      expect(labelled.label).toContain('as high as 20,000');
      expect(labelled.description).toBe(readingText(comparisonOf('article-light.html', 'as high as 20,000').reading));
      expect(labelled.focused).toBe(true);
      await tab.mouse.click(5, 400);
      await waitForCardClosed(tab);
      await tab.close();
    });

    it('is never clipped by the overflow of the box its figure sits in', async () => {
      const tab = await openPage('article-light.html');
      const point = await figurePoint(tab, 'up to 40 percent');
      await tab.mouse.click(point.x, point.y);
      const opened = await waitForCard(tab);
      const placement = await opened.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const host = (el.getRootNode() as ShadowRoot).host;
        const centre = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          left: r.left,
          right: r.right,
          top: r.top,
          bottom: r.bottom,
          inTopLayer: host.matches(':popover-open'),
          onTop: centre === host,
        };
      });
      expect(placement.inTopLayer).toBe(true);
      expect(placement.onTop).toBe(true);
      expect(placement.left).toBeGreaterThanOrEqual(0);
      expect(placement.top).toBeGreaterThanOrEqual(0);
      expect(placement.right).toBeLessThanOrEqual(1280);
      expect(placement.bottom).toBeLessThanOrEqual(800);
      await tab.close();
    });

    it('walks the figures by keyboard command; Escape closes and focus returns where it was', async () => {
      const tab = await openPage('article-light.html');
      await tab.focus('a');
      const before = await tab.evaluate(() => document.activeElement?.outerHTML);
      await sendStep(journey, tab, 'next');
      const opened = await waitForCard(tab);
      expect(await textOf(tab, card('h2 .figure-text'))).toBe('about 12,000');
      expect(await opened.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
      await sendStep(journey, tab, 'next');
      await expect.poll(() => textOf(tab, card('h2 .figure-text'))).toBe('close to 4,300');
      await sendStep(journey, tab, 'previous');
      await expect.poll(() => textOf(tab, card('h2 .figure-text'))).toBe('about 12,000');
      // Inside the card, the keyboard reaches its controls.
      await tab.keyboard.press('Tab');
      expect(await tab.$eval(card(), (el) => (el.getRootNode() as ShadowRoot).activeElement?.className)).toBe('close');
      await tab.keyboard.press('Escape');
      await waitForCardClosed(tab);
      expect(await tab.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
      await tab.close();
    });

    it('opens the source page with the quoted sentence highlighted and in view', async () => {
      const tab = await openPage('article-light.html');
      const point = await figurePoint(tab, 'about 12,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      const claimId = await attributeOf(tab, card('li.estimate'), 'data-claim');
      const source = await journey.nextPage(() => clickInCard(tab, 'li.estimate button.source'));
      await source.waitForSelector('mark#quote');
      expect(await urlOf(source)).toBe(journey.extensionUrl(`source.html?claim=${encodeURIComponent(claimId!)}`));
      const claim = readCorpus().claims.find((c) => c.id === claimId)!;
      expect(await textOf(source, 'mark#quote')).toBe(claim.quote);
      const inView = await source.$eval('mark#quote', (m) => {
        const r = m.getBoundingClientRect();
        return r.top >= 0 && r.top < innerHeight;
      });
      expect(inView).toBe(true);
      await source.close();
      await tab.close();
    });

    it('copies a plain citation of an estimate: who, what, when, where', async () => {
      await journey.allowClipboard();
      const tab = await openPage('article-light.html');
      const point = await figurePoint(tab, 'about 12,000');
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      const claimId = await attributeOf(tab, card('li.estimate'), 'data-claim');
      await clickInCard(tab, 'li.estimate button.copy');
      await expect.poll(() => textOf(tab, card('li.estimate button.copy'))).toBe('Copied');
      const copied = await tab.evaluate(() => navigator.clipboard.readText());
      const cited = readCorpus().claims.find((c) => c.id === claimId)!;
      expect(copied).toContain(cited.attributedTo);
      expect(copied).toContain(`“${cited.quote}”`);
      await tab.close();
    });

    for (const [page, figure, theme] of [
      ['article-light.html', 'close to 4,300', 'light'],
      ['article-dark.html', 'approximately $5.5 billion', 'dark'],
    ] as const) {
      it(`matches the ${theme} page it opens on, and is photographed there`, async () => {
        const tab = await openPage(page);
        const point = await figurePoint(tab, figure);
        await tab.mouse.click(point.x, point.y);
        await waitForCard(tab);
        expect(await attributeOf(tab, card(), 'data-theme')).toBe(theme);
        await tab.screenshot({ path: screenshotPath(journey, `card-${theme}`) });
        await tab.close();
      });
    }
  });
}
