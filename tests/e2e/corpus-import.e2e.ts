import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-to-text';
import { compareFigure } from '../../src/compare/compare';
import { withImported } from '../../src/corpus/corpus-index';
import { readCorpus } from '../../src/corpus/read-corpus';
import type { BodyFile } from '../../src/corpus/record';
import { detectFigures } from '../../src/engine/detect-figures';
import { corpusFile, readerBody, readerCopy, recordFile } from '../corpus/reader-copy';
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
const FIGURE = 'close to 4,300';
const BODY_ID = 'reader-uk-mod';

/** The figure the journey opens a card on, as the engine reads it in Node. */
const figure = detectFigures(htmlToText(readFileSync(join(PAGES, PAGE), 'utf8'))).find((f) => f.text === FIGURE)!;
/** A bundled body's estimates, imported again under a new body id: the card must list them too. */
const imported = readerBody('uk-mod', BODY_ID) as unknown as BodyFile;
const merged = () => withImported(readCorpus(), { bodies: [imported], files: [] });

function writeFiles(): { good: string; bad: string; old: string } {
  mkdirSync(FILES, { recursive: true });
  const good = join(FILES, 'reader-record.json');
  writeFileSync(good, recordFile(imported));
  const wrong = readerBody('uk-mod', BODY_ID);
  wrong.estimates[0] = { ...wrong.estimates[0]!, value: 1 };
  const bad = join(FILES, 'reader-record-bad.json');
  writeFileSync(bad, recordFile(wrong));
  const old = join(FILES, 'reader-corpus-v1.json');
  writeFileSync(old, corpusFile(readerCopy('002_5eb9459cdb95d9f7', 'copy-a')));
  return { good, bad, old };
}

async function choose(page: Page, file: string): Promise<void> {
  const input = (await page.waitForSelector('input#import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}

const listed = (page: Page, selector: string, attribute: string) =>
  page.$$eval(selector, (items, attribute) => items.map((li) => li.getAttribute(attribute)), attribute);

for (const { name, title } of BROWSERS) {
  describe(`importing estimates in real ${title}`, () => {
    let journey: Journey;
    let files: { good: string; bad: string; old: string };
    beforeAll(async () => {
      files = writeFiles();
      journey = await startJourney(name);
    });
    afterAll(() => journey?.close());

    const stored = () => journey.inExtension(async (api) => Object.keys(await api.storage.local.get(null)).sort(), null);

    it('refuses a file in the first format whole, saying how to convert it, and keeps nothing', async () => {
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      const before = await listed(page, 'li.claim', 'data-claim');
      await choose(page, files.old);
      await page.waitForSelector('.refused[role="alert"]');
      const said = await textOf(page, '.refused');
      expect(said).toContain('Nothing was imported from “reader-corpus-v1.json”.');
      expect(said).toContain('first corpus format (version 1');
      expect(said).toContain('To convert it, write it as version 2');
      expect(await listed(page, 'li.claim', 'data-claim')).toEqual(before);
      expect(await stored()).not.toContain('importedSources');
      expect(await stored()).not.toContain('importedRecord');
      await page.close();
    });

    it('refuses a file with an estimate its report does not support, whole, and says which estimate', async () => {
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      const before = await listed(page, 'li.claim', 'data-claim');
      await choose(page, files.bad);
      await page.waitForSelector('.refused[role="alert"]');
      const problems = await page.$$eval('.refused li', (items) => items.map((li) => li.textContent));
      expect(problems.length).toBeGreaterThan(0);
      for (const problem of problems)
        expect(problem).toMatch(new RegExp(`^estimate ${imported.estimates[0]!.id} report \\d+ .+: the engine reads .+, not .+ 1$`));
      // Nothing of the file was kept: not in the list, not in storage.
      expect(await listed(page, 'li.claim', 'data-claim')).toEqual(before);
      expect(await stored()).not.toContain('importedRecord');
      await page.close();
    });

    it('imports a file that holds: its body is listed as the reader’s, its estimates searched and shown with their reports', async () => {
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      await choose(page, files.good);
      await page.waitForSelector(`li.yours[data-body="${BODY_ID}"]`);
      expect(await textOf(page, '#import-status')).toContain('Imported “reader-record.json”.');
      expect(await textOf(page, `li.yours[data-body="${BODY_ID}"]`)).toContain(
        `UK Ministry of Defence (a reader’s copy): ${imported.estimates.length} estimates`,
      );
      expect((await listed(page, 'li.claim', 'data-claim')).sort()).toEqual(
        merged()
          .claims.map((c) => c.id)
          .sort(),
      );
      // The body filter and the words search reach the imported estimates.
      await page.select('select#body', BODY_ID);
      const ofCopy = imported.estimates.map((e) => e.id).sort();
      await expect.poll(async () => (await listed(page, 'li.claim', 'data-claim')).sort()).toEqual(ofCopy);
      await page.select('select#body', '');
      await page.type('input#q', 'reader’s copy');
      await expect.poll(async () => (await listed(page, 'li.claim', 'data-claim')).sort()).toEqual(ofCopy);
      // Its page shows the reports, the lead one's sentence marked.
      const estimate = imported.estimates[0]!;
      await page.click(`li.claim[data-claim="${estimate.id}"] a.figure`);
      await page.waitForSelector('mark#quote', { timeout: 15_000 });
      expect(await textOf(page, 'mark#quote')).toBe(estimate.reports[0]!.quote);
      await page.close();
    });

    it('compares the figures of pages opened after the import with the imported estimates too', async () => {
      const comparison = compareFigure(figure, merged());
      expect(comparison.estimates.some((c) => c.record?.body.id === BODY_ID)).toBe(true);
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

    it('keeps sources imported in the first format working beside the new estimates', async () => {
      // As an earlier version stored them: a source file and its document's text.
      const { documentText, ...file } = readerCopy('004_a0c75151540dfa53', 'old-copy');
      await journey.inExtension(
        async (api, [file, documentText]) => {
          await api.storage.local.set({ importedSources: [file], importedDocuments: { 'old-copy.txt': documentText } });
        },
        [file, documentText] as const,
      );
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.source[data-source="old-copy"]');
      expect(await listed(page, 'li.yours[data-body]', 'data-body')).toEqual([BODY_ID]);
      expect(await textOf(page, 'li.source[data-source="old-copy"]')).toContain('Imported by you');
      const claim = file.claims[0] as { id: string; quote: string };
      await page.click(`li.claim[data-claim="${claim.id}"] a.figure`);
      await page.waitForSelector('mark#quote', { timeout: 15_000 });
      expect(await textOf(page, 'mark#quote')).toBe(claim.quote);
      await page.close();
    });

    it('removes what was imported again, leaving the bundled corpus as it was', async () => {
      const page = await journey.openExtensionPage('corpus.html');
      const removeBody = await page.waitForSelector(`li.yours[data-body="${BODY_ID}"] button`);
      await removeBody!.click();
      await page.waitForSelector('#import-status:not(:empty)');
      await expect.poll(() => listed(page, 'li.yours[data-body]', 'data-body')).toEqual([]);
      const removeSource = await page.waitForSelector('li.yours[data-source="old-copy"] button');
      await removeSource!.click();
      await expect.poll(() => listed(page, 'li.source', 'data-source')).toEqual(readCorpus().sources.map((s) => s.id));
      expect((await listed(page, 'li.claim', 'data-claim')).sort()).toEqual(
        readCorpus()
          .claims.map((c) => c.id)
          .sort(),
      );
      expect(await textOf(page, '#import-status')).toMatch(/^Removed “.+”\.$/);
      await page.close();
    });
  });
}
