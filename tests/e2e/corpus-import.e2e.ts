import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-to-text';
import { compareFigure } from '../../src/compare/compare';
import { withSources } from '../../src/corpus/corpus-index';
import { readCorpus } from '../../src/corpus/read-corpus';
import { detectFigures } from '../../src/engine/detect-figures';
import { corpusFile, readerCopy } from '../corpus/reader-copy';
import { ROOT } from '../harness/project-root';
import {
  BROWSERS,
  card,
  expected,
  figurePoint,
  type Journey,
  PAGES,
  startJourney,
  textOf,
  waitForCard,
  waitForHighlights,
} from './journey';

const FILES = join(ROOT, '.output/e2e-import');
const PAGE = 'article-light.html';
const FIGURE = 'close to 4,000';

/** The figure the journey opens a card on, as the engine reads it in Node. */
const figure = detectFigures(htmlToText(readFileSync(join(PAGES, PAGE), 'utf8'))).find((f) => f.text === FIGURE)!;
/** A bundled source with an estimate of the figure's measure, imported again under a new id: the card must list its estimates too. */
const copied = readCorpus().claims.find((c) => c.measure === figure.measure)!.source;
const COPY_ID = `reader-copy-${copied}`;

function writeFiles(): { good: string; bad: string } {
  mkdirSync(FILES, { recursive: true });
  const copy = readerCopy(copied, COPY_ID);
  const good = join(FILES, 'reader-corpus.json');
  writeFileSync(good, corpusFile(copy));
  const wrong = { ...copy, claims: copy.claims.map((c: Record<string, unknown>, i: number) => (i === 0 ? { ...c, value: 1 } : c)) };
  const bad = join(FILES, 'reader-corpus-bad.json');
  writeFileSync(bad, corpusFile(wrong));
  return { good, bad };
}

async function choose(page: Page, file: string): Promise<void> {
  const input = (await page.waitForSelector('input#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}

const listed = (page: Page, selector: string, attribute: string) =>
  page.$$eval(selector, (items, attribute) => items.map((li) => li.getAttribute(attribute)), attribute);

for (const { name, title } of BROWSERS) {
  describe(`importing sources in real ${title}`, () => {
    let journey: Journey;
    let files: { good: string; bad: string };
    beforeAll(async () => {
      files = writeFiles();
      journey = await startJourney(name);
    });
    afterAll(() => journey?.close());

    const stored = () => journey.inExtension(async (api) => Object.keys(await api.storage.local.get(null)).sort(), null);

    it('refuses a file with a claim its quote does not support, whole, and says which claim', async () => {
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      const before = await listed(page, 'li.claim', 'data-claim');
      await choose(page, files.bad);
      await page.waitForSelector('.refused[role="alert"]');
      const problems = await page.$$eval('.refused li', (items) => items.map((li) => li.textContent));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(new RegExp(`^claim ${COPY_ID}#1: the engine reads .+, not .+ 1$`));
      // Nothing of the file was kept: not in the list, not in storage.
      expect(await listed(page, 'li.claim', 'data-claim')).toEqual(before);
      expect(await stored()).not.toContain('importedSources');
      await page.close();
    });

    it('imports a file that holds: its sources are listed as the reader’s, searched, and shown on their source page', async () => {
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      await choose(page, files.good);
      await page.waitForSelector(`li.source[data-source="${COPY_ID}"]`);
      expect(await textOf(page, '#import-status')).toContain('Imported “reader-corpus.json”.');
      expect(await textOf(page, `li.source[data-source="${COPY_ID}"]`)).toContain('Imported by you');
      const merged = withSources(readCorpus(), [JSON.parse(readFileSync(files.good, 'utf8')).sources[0]]);
      expect((await listed(page, 'li.claim', 'data-claim')).sort()).toEqual(merged.claims.map((c) => c.id).sort());
      // The words search reaches the imported estimates.
      await page.type('input#q', 'reader’s copy');
      const ofCopy = merged.claims.filter((c) => c.source === COPY_ID).map((c) => c.id);
      await expect.poll(async () => (await listed(page, 'li.claim', 'data-claim')).sort()).toEqual(ofCopy.sort());
      // Its source page shows the imported document with the quote marked.
      const claim = merged.claims.find((c) => c.source === COPY_ID)!;
      await page.click(`li.claim[data-claim="${claim.id}"] a.figure`);
      await page.waitForSelector('mark#quote', { timeout: 15_000 });
      expect(await textOf(page, 'mark#quote')).toBe(claim.quote);
      await page.close();
    });

    it('compares the figures of pages opened after the import with the imported estimates too', async () => {
      const merged = withSources(readCorpus(), [JSON.parse(readFileSync(files.good, 'utf8')).sources[0]]);
      const comparison = compareFigure(figure, merged);
      expect(comparison.estimates.some((c) => c.source === COPY_ID)).toBe(true);
      const tab = await journey.open(`tests/e2e/pages/${PAGE}`);
      expect(await waitForHighlights(tab, expected(PAGE).highlights!)).toEqual(expected(PAGE).highlights);
      const point = await figurePoint(tab, FIGURE);
      await tab.mouse.click(point.x, point.y);
      await waitForCard(tab);
      expect(await tab.$$eval(card('li.estimate'), (items) => items.map((li) => li.getAttribute('data-claim')))).toEqual(
        comparison.estimates.map((c) => c.id),
      );
      await tab.close();
    });

    it('removes an imported source again, leaving the bundled corpus as it was', async () => {
      const page = await journey.openExtensionPage('corpus.html');
      const remove = await page.waitForSelector(`li.yours[data-source="${COPY_ID}"] button`);
      await remove!.click();
      await page.waitForSelector('#import-status:not(:empty)');
      await expect.poll(() => listed(page, 'li.source', 'data-source')).toEqual(readCorpus().sources.map((s) => s.id));
      expect(await textOf(page, '#import-status')).toMatch(/^Removed “.+”\.$/);
      await page.close();
    });
  });
}
