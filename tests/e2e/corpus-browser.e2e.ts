import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
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

    const shown = (page: Page) => page.$$eval('li.claim', (items) => items.map((li) => li.getAttribute('data-claim')!).sort());

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

    /** Catches the next files the page downloads as it builds them, rather than through the browser's download shelf. */
    async function catchDownloads(page: Page): Promise<void> {
      await page.evaluate(() => {
        const created = URL.createObjectURL.bind(URL);
        const files: { type: string; text: string }[] = [];
        (window as unknown as { downloaded: typeof files }).downloaded = files;
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          void (blob as Blob).text().then((text) => files.push({ type: (blob as Blob).type, text }));
          return created(blob);
        };
      });
    }
    const downloaded = (page: Page) =>
      page.evaluate(() => (window as unknown as { downloaded: { type: string; text: string }[] }).downloaded);

    it('filters by the body that made them, and exports what the filters show, as JSON-LD and as CSV', async () => {
      const corpus = readCorpus();
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('li.claim');
      await page.select('select#body', 'uk-mod');
      const ukmod = corpus.claims.filter((c) => c.record?.body.id === 'uk-mod').map((c) => c.id);
      expect(ukmod.length).toBeGreaterThan(2);
      await expect.poll(() => shown(page)).toEqual([...ukmod].sort());
      expect(new URL(await urlOf(page)).searchParams.get('body')).toBe('uk-mod');
      await catchDownloads(page);
      await page.click('button#export');
      await page.click('button#export-csv');
      await expect.poll(async () => (await downloaded(page)).length).toBe(2);
      const [jsonLd, csv] = await downloaded(page);
      expect(jsonLd!.type).toBe('application/ld+json');
      const graph = (JSON.parse(jsonLd!.text) as { '@graph': { '@type': string; identifier: string; author?: { identifier: string } }[] })[
        '@graph'
      ];
      const claims = graph.filter((node) => node['@type'] === 'Claim');
      expect(claims.map((c) => c.identifier).sort()).toEqual([...ukmod].sort());
      for (const c of claims) expect(c.author?.identifier).toBe('uk-mod');
      expect(csv!.type).toBe('text/csv');
      const rows = csv!.text.trimEnd().split('\r\n');
      expect(rows[0]!.split(',')[0]).toBe('id');
      expect(
        rows
          .slice(1)
          .map((row) => row.split(',')[0])
          .sort(),
      ).toEqual([...ukmod].sort());
      await page.close();
    });

    it('exports the whole corpus as schema.org JSON-LD when nothing is filtered, one Claim for each estimate', async () => {
      const corpus = readCorpus();
      const page = await journey.openExtensionPage('corpus.html');
      await page.waitForSelector('button#export');
      await catchDownloads(page);
      await page.click('button#export');
      await expect.poll(async () => (await downloaded(page)).length).toBe(1);
      const [file] = await downloaded(page);
      const jsonLd = JSON.parse(file!.text) as { '@context': string; '@graph': { '@type': string; identifier: string }[] };
      expect(jsonLd['@context']).toBe('https://schema.org');
      const claims = jsonLd['@graph'].filter((node) => node['@type'] === 'Claim');
      expect(claims.map((c) => c.identifier).sort()).toEqual(corpus.claims.map((c) => c.id).sort());
      await page.close();
    });

    it('shows an estimate on the timeline by mouse: hovering a mark shows who, what and when', async () => {
      const page = await journey.openExtensionPage('corpus.html?measure=troops_deployed');
      const timeline = '.timeline[data-measure="troops_deployed"]';
      await page.waitForSelector(`${timeline} a.point`);
      const id = 'nis/2024-12-24/troops_deployed';
      const mark = `${timeline} a.point[data-claim="${id}"]`;
      const label = await page.$eval(mark, (a) => a.getAttribute('aria-label'));
      expect(label).toMatch(/^around 11,000 \(South Korea's National Intelligence Service \(NIS\), 24 Dec 2024\)\. /);
      expect(await page.$eval(`${timeline} .tip`, (tip) => (tip as HTMLElement).hidden)).toBe(true);
      await page.hover(mark);
      await expect.poll(() => page.$eval(`${timeline} .tip`, (tip) => (tip as HTMLElement).hidden)).toBe(false);
      expect(await textOf(page, `${timeline} .tip`)).toBe(label);
      // The tip stands over the mark it describes.
      const [tip, point] = await Promise.all([
        page.$eval(`${timeline} .tip`, (el) => el.getBoundingClientRect().toJSON()),
        page.$eval(mark, (el) => el.getBoundingClientRect().toJSON()),
      ]);
      expect(tip.bottom).toBeLessThanOrEqual(point.top + 2);
      expect(tip.left).toBeLessThan(point.right);
      expect(tip.right).toBeGreaterThan(point.left);
      await page.mouse.move(2, 2);
      await expect.poll(() => page.$eval(`${timeline} .tip`, (tip) => (tip as HTMLElement).hidden)).toBe(true);
      await page.close();
    });

    it('walks the timeline by keyboard: one Tab stop, arrow keys between marks, Enter opens the estimate', async () => {
      const corpus = readCorpus();
      const page = await journey.openExtensionPage('corpus.html?measure=nk_killed');
      const timeline = '.timeline[data-measure="nk_killed"]';
      await page.waitForSelector(`${timeline} a.point`);
      const ids = await page.$$eval(`${timeline} a.point`, (points) => points.map((p) => p.getAttribute('data-claim')!));
      expect(ids.length).toBeGreaterThan(3);
      // Tab from the field before the results reaches the chart's first mark, and only it.
      await page.focus('input#q');
      const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-claim') ?? document.activeElement?.id ?? null);
      for (let i = 0; i < 12 && (await active()) !== ids[0]; i++) await page.keyboard.press('Tab');
      expect(await active()).toBe(ids[0]);
      expect(await textOf(page, `${timeline} .tip`)).toBe(await page.$eval(`${timeline} a.point`, (a) => a.getAttribute('aria-label')));
      await page.keyboard.press('ArrowRight');
      expect(await active()).toBe(ids[1]);
      await page.keyboard.press('End');
      expect(await active()).toBe(ids.at(-1));
      await page.keyboard.press('Home');
      expect(await active()).toBe(ids[0]);
      // The next Tab leaves the chart: its other marks are not Tab stops.
      await page.keyboard.press('Tab');
      expect(ids).not.toContain(await active());
      await page.keyboard.down('Shift');
      await page.keyboard.press('Tab');
      await page.keyboard.up('Shift');
      expect(await active()).toBe(ids[0]);
      await page.keyboard.press('Enter');
      await page.waitForSelector('mark#quote', { timeout: 15_000 });
      expect(new URL(await urlOf(page)).searchParams.get('claim')).toBe(ids[0]);
      const claim = corpus.claims.find((c) => c.id === ids[0])!;
      expect(await textOf(page, 'mark#quote')).toBe(claim.record ? claim.record.reports[0]!.quote : claim.quote);
      await page.close();
    });

    if (name === 'chromium') {
      it('draws the timeline in the dark scheme when the reader’s system is dark', async () => {
        const page = await journey.openExtensionPage('corpus.html?measure=artillery_shells');
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
        const timeline = '.timeline[data-measure="artillery_shells"]';
        await page.waitForSelector(`${timeline} a.point`);
        const colours = await page.$eval(timeline, (figure) => ({
          background: getComputedStyle(figure).backgroundColor,
          tick: getComputedStyle(figure.querySelector('.tick')!).fill,
          tip: getComputedStyle(figure.querySelector('.tip')!).backgroundColor,
        }));
        expect(colours).toEqual({ background: 'rgb(31, 35, 41)', tick: 'rgb(163, 171, 181)', tip: 'rgb(22, 24, 28)' });
        await page.hover(`${timeline} a.point`);
        await page.$eval(timeline, (figure) => figure.scrollIntoView({ block: 'center' }));
        await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'corpus-timeline-dark.png') });
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
        expect(await page.$eval(timeline, (figure) => getComputedStyle(figure).backgroundColor)).toBe('rgb(246, 248, 250)');
        await page.close();
      });
    }
  });
}
