import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-to-text';
import { compareFigure } from '../../src/compare/compare';
import { readCorpus } from '../../src/corpus/read-corpus';
import { detectFigures } from '../../src/engine/detect-figures';
import { measureName } from '../../src/engine/measures';
import { poll } from '../harness/poll';
import {
  BROWSERS,
  DOCS_SCREENSHOTS,
  expected,
  type Journey,
  PAGES,
  readingText,
  startJourney,
  textOf,
  waitForCard,
  waitForHighlights,
} from './journey';
import { urlOf } from './page-loading';
import { badgeOf, openPopupFor, popupState, resetSettings, waitForPopupState } from './surfaces';

/** The page's figures as the engine in Node sees them, in order, with the measure and reading the popup must show. */
function figuresOf(page: string) {
  const corpus = readCorpus();
  return detectFigures(htmlToText(readFileSync(join(PAGES, page), 'utf8'))).map((figure) => ({
    text: figure.text,
    measure: figure.measure,
    reading: readingText(compareFigure(figure, corpus).reading),
  }));
}

for (const { name, title } of BROWSERS) {
  describe(`the toolbar popup in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
      mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    });
    afterEach(() => resetSettings(journey));
    afterAll(() => journey?.close());

    async function openArticle() {
      const tab = await journey.open('tests/e2e/pages/article-light.html');
      expect(await waitForHighlights(tab, expected('article-light.html').highlights!)).toEqual(expected('article-light.html').highlights);
      return tab;
    }

    it('lists the figures on the page by measure, each with its reading, and the badge counts them', async () => {
      const tab = await openArticle();
      const figures = figuresOf('article-light.html');
      await expect.poll(() => badgeOf(journey, tab)).toBe(String(figures.length));
      const popup = await openPopupFor(journey, tab);
      expect(await popupState(popup)).toBe('figures');
      const groups = await popup.$$eval('.measure-group', (sections) =>
        sections.map((s) => ({
          measure: s.getAttribute('data-measure'),
          figures: [...s.querySelectorAll('button.figure')].map((b) => ({
            text: b.querySelector('.figure-text')!.textContent,
            reading: b.querySelector('.reading')!.textContent,
          })),
        })),
      );
      const measures = [...new Set(figures.map((f) => f.measure))];
      expect(groups.map((g) => g.measure)).toEqual(measures);
      for (const group of groups) {
        expect(group.figures).toEqual(figures.filter((f) => f.measure === group.measure).map(({ text, reading }) => ({ text, reading })));
      }
      expect(await popup.$$eval('.measure-group h3', (hs) => hs.map((h) => h.textContent))).toEqual(
        measures.map((m) => readingText(measureName(m))),
      );
      if (name === 'chromium') await popup.screenshot({ path: join(DOCS_SCREENSHOTS, 'popup.png') });
      await popup.close();
      await tab.close();
    });

    it('choosing a figure scrolls the page to it and opens its card', async () => {
      const tab = await openArticle();
      await tab.evaluate(() => window.scrollTo(0, 0));
      const popup = await openPopupFor(journey, tab);
      const figures = figuresOf('article-light.html');
      const last = figures.at(-1)!;
      // The popup closes itself once the card is open, as a toolbar popup does; bringing
      // the tab forward while Firefox is still closing the popup's tab can lose the tab.
      const popupUrl = await urlOf(popup);
      await popup.click(`button.figure[data-index="${figures.length - 1}"]`);
      const popupOpen = () => journey.inExtension(async (api, url) => (await api.tabs.query({})).some((t) => t.url === url), popupUrl);
      await poll(popupOpen, (open) => !open, { what: 'the popup to close itself', timeout: 10_000 });
      await tab.bringToFront();
      await waitForCard(tab);
      expect(await textOf(tab, 'rangefinder-card >>> .card h2 .figure-text')).toBe(last.text);
      expect(await textOf(tab, 'rangefinder-card >>> .card .reading')).toBe(last.reading);
      const inView = await tab.evaluate((text) => {
        const range = [...CSS.highlights.get('rangefinder-active')!][0] as Range;
        const r = range.getBoundingClientRect();
        return range.toString() === text && r.top >= 0 && r.bottom <= innerHeight;
      }, last.text);
      expect(inView).toBe(true);
      if (name === 'chromium') await tab.screenshot({ path: join(DOCS_SCREENSHOTS, 'card.png') });
      await tab.close();
    });

    it('finds estimates in the whole corpus by words', async () => {
      const popup = await openPopupFor(journey, null);
      const claims = readCorpus().claims;
      const hitsFor = async (query: string) => {
        await popup.$eval('#search', (input) => ((input as HTMLInputElement).value = ''));
        await popup.type('#search', query);
        return popup.$$eval('#hits li.claim', (items) => items.map((li) => li.getAttribute('data-claim')!));
      };
      const zelensky = await hitsFor('Zelensky');
      expect(zelensky.length).toBeGreaterThan(0);
      for (const id of zelensky) expect(claims.find((c) => c.id === id)!.attributedTo).toMatch(/Zelensky/);
      const casualties = await hitsFor('casualties');
      expect(casualties.length).toBeGreaterThan(0);
      for (const id of casualties) expect(claims.find((c) => c.id === id)!.measure).toMatch(/casualties|killed|wounded/);
      expect(await hitsFor('xylophone')).toEqual([]);
      expect(await textOf(popup, '#search-status')).toBe('No estimate matches “xylophone”.');
      await popup.close();
    });

    it('says why there is nothing to show: a page without North Korea, a page it cannot scan', async () => {
      const plain = await journey.open('tests/e2e/pages/no-north-korea.html');
      const popup = await openPopupFor(journey, plain);
      expect(await popupState(popup)).toBe('no-topic');
      expect(await badgeOf(journey, plain)).toBe('');
      await popup.close();
      // The popup's own tab is an extension page, which no extension may scan.
      const unscannable = await openPopupFor(journey, null);
      const self = await openPopupFor(journey, unscannable);
      expect(await popupState(self)).toBe('unscannable');
      expect(await textOf(self, '.empty-title')).toBe('This page cannot be scanned');
      await Promise.all([self.close(), unscannable.close(), plain.close()]);
    });

    it('its switch turns Rangefinder off on the site, clearing the open tab, and on again, without a reload', async () => {
      const tab = await openArticle();
      const popup = await openPopupFor(journey, tab);
      await popup.click('#site-switch');
      expect(await waitForPopupState(popup, 'off')).toBe('off');
      expect(await waitForHighlights(tab, [])).toEqual([]);
      await expect.poll(() => badgeOf(journey, tab)).toBe('');
      await popup.click('#site-switch');
      expect(await waitForPopupState(popup, 'figures')).toBe('figures');
      expect(await waitForHighlights(tab, expected('article-light.html').highlights!)).toEqual(expected('article-light.html').highlights);
      await popup.close();
      await tab.close();
    });
  });
}
