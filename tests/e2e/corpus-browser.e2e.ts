import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read-corpus';
import { BROWSERS, DOCS_SCREENSHOTS, type Journey, startJourney, textOf, urlOf } from './journey';

for (const { name, title } of BROWSERS) {
  describe(`the corpus browser in real ${title}`, () => {
    let journey: Journey;
    beforeAll(async () => {
      journey = await startJourney(name);
      mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    });
    afterAll(() => journey?.close());

    it('lists every source and every estimate of the bundled corpus', async () => {
      const corpus = readCorpus();
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      expect(await page.$$eval('li.claim', (items) => items.map((li) => li.getAttribute('data-claim')).sort())).toEqual(
        corpus.claims.map((c) => c.id).sort(),
      );
      expect(await page.$$eval('li.source', (items) => items.map((li) => li.getAttribute('data-source')).sort())).toEqual(
        corpus.sources.map((s) => s.id).sort(),
      );
      if (name === 'chromium') await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'corpus-browser.png') });
      await page.close();
    });

    it('filters by measure and by source, and keeps the filter in its address', async () => {
      const corpus = readCorpus();
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      await page.select('select#measure', 'artillery_shells');
      const shells = corpus.claims
        .filter((c) => c.measure === 'artillery_shells')
        .map((c) => c.id)
        .sort();
      await expect.poll(() => page.$$eval('li.claim', (items) => items.map((li) => li.getAttribute('data-claim')).sort())).toEqual(shells);
      expect(new URL(await urlOf(page)).searchParams.get('measure')).toBe('artillery_shells');
      const source = corpus.claims.find((c) => c.measure === 'artillery_shells')!.source;
      await page.select('select#source', source);
      const both = corpus.claims
        .filter((c) => c.measure === 'artillery_shells' && c.source === source)
        .map((c) => c.id)
        .sort();
      await expect.poll(() => page.$$eval('li.claim', (items) => items.map((li) => li.getAttribute('data-claim')).sort())).toEqual(both);
      expect(await textOf(page, '#count')).toContain(String(both.length));
      await page.close();
    });

    it('opens an estimate on its source page, with the quote marked', async () => {
      const corpus = readCorpus();
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      const claim = corpus.claims[0]!;
      // The link opens the source page in place, like any link.
      await page.click(`li.claim[data-claim="${claim.id}"] a.figure`);
      await page.waitForSelector('mark#quote', { timeout: 15_000 });
      expect(new URL(await urlOf(page)).searchParams.get('claim')).toBe(claim.id);
      expect(await textOf(page, 'mark#quote')).toBe(claim.quote);
      await page.close();
    });

    it('exports the corpus as schema.org JSON-LD, one Claim for each estimate', async () => {
      const corpus = readCorpus();
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('button#export');
      // Catch the download as the page builds it, rather than through the browser's download shelf.
      await page.evaluate(() => {
        const created = URL.createObjectURL.bind(URL);
        (window as unknown as { exported: Promise<{ text: string }> }).exported = new Promise((done) => {
          URL.createObjectURL = (blob: Blob | MediaSource) => {
            const url = created(blob);
            void (blob as Blob).text().then((text) => done({ text }));
            return url;
          };
        });
      });
      await page.click('button#export');
      const exported = await page.evaluate(() => (window as unknown as { exported: Promise<{ text: string }> }).exported);
      const jsonLd = JSON.parse(exported.text) as { '@context': string; '@graph': { '@type': string; identifier: string }[] };
      expect(jsonLd['@context']).toBe('https://schema.org');
      const claims = jsonLd['@graph'].filter((node) => node['@type'] === 'Claim');
      expect(claims.map((c) => c.identifier).sort()).toEqual(corpus.claims.map((c) => c.id).sort());
      await page.close();
    });
  });
}
