/**
 * Rangefinder makes no network request, ever. Each browser is started twice,
 * with Rangefinder and without, each with every connection it makes (loopback
 * included) routed through a recording proxy, and both go through the same
 * reading session. Whatever the browser does by itself (update checks, remote
 * settings) and whatever the pages do (a photo, a counter from elsewhere)
 * shows up in both records; Rangefinder must add nothing to its record.
 */
import { setTimeout as pause } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poll } from '../harness/poll';
import {
  BROWSERS,
  clickInCard,
  expected,
  type Journey,
  sendStep,
  settledHighlights,
  startJourney,
  waitForCard,
  waitForCardClosed,
  waitForHighlights,
} from './journey';
import { type ProxiedRequest, type RecordingProxy, startRecordingProxy } from './recording-proxy';
import { compareWithRangefinder, openPopupFor, resetSettings, selectText, waitForPopupState } from './surfaces';

/** A request as both runs can share it: the test server by path (each run has its own port), elsewhere by address without the query. */
function requestKey({ method, url }: ProxiedRequest, base: string): string {
  if (url.startsWith(`${base}/`)) return `${method} (the test server)${url.slice(base.length)}`;
  try {
    const { protocol, host, pathname } = new URL(url);
    return `${method} ${protocol}//${host}${pathname}`;
  } catch {
    return `${method} ${url}`;
  }
}

interface Run {
  readonly journey: Journey;
  readonly proxy: RecordingProxy;
}

/** The requests seen with Rangefinder that the same session without it did not make. */
function addedByExtension(withIt: Run, without: Run): string[] {
  const baseline = new Set(without.proxy.seen.map((r) => requestKey(r, without.journey.base)));
  return [...new Set(withIt.proxy.seen.map((r) => requestKey(r, withIt.journey.base)))].filter((key) => !baseline.has(key));
}

/** The point of the first occurrence of `text` in the page, scrolled into view: found the same way with or without Rangefinder. */
async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      node.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const rect = range.getClientRects()[0];
      return rect ? { x: rect.left + Math.min(rect.width / 2, 10), y: rect.top + rect.height / 2 } : null;
    }
    return null;
  }, text);
  if (!point) throw new Error(`“${text}” is not on the page.`);
  return point;
}

const PAGES = [
  { path: 'tests/e2e/pages/third-party.html', click: 'about 12,000', hover: 'up to 40 percent' },
  { path: 'tests/e2e/pages/article-light.html', click: 'close to 4,300', hover: 'as high as 20,000' },
  { path: 'tests/e2e/pages/live-blog.html', click: 'more than 3,000', hover: 'around 1,100' },
  { path: 'tests/fixtures/pages/topic-kursk-casualties.html', click: null, hover: null },
  { path: 'tests/e2e/pages/no-north-korea.html', click: null, hover: null },
] as const;

/**
 * A reader's session: news pages with figures (cards opened by click, by
 * hover and by keyboard, a source page), a live blog that grows, a page off
 * topic, a selection compared, the popup and its search, the corpus browser
 * and the settings. Without Rangefinder the reader does the same on the pages;
 * the extension's own surfaces are not there.
 */
async function readingSession(run: Run, withExtension: boolean): Promise<void> {
  const { journey } = run;
  for (const { path, click, hover } of PAGES) {
    const tab = await journey.open(path);
    const name = path.split('/').pop()!;
    if (withExtension && path.startsWith('tests/e2e/') && name !== 'no-north-korea.html') {
      expect(await waitForHighlights(tab, expected(name).highlights!)).toEqual(expected(name).highlights);
    } else {
      await settledHighlights(tab);
    }
    if (click) {
      const at = await pointAt(tab, click);
      await tab.mouse.click(at.x, at.y);
      if (withExtension) {
        await waitForCard(tab);
        // Read the source: the extension's own page, in a tab of its own.
        const source = await journey.nextPage(() => clickInCard(tab, 'li.estimate button.source'));
        await source.waitForSelector('mark#quote');
        await source.close();
        await tab.bringToFront();
      }
      await tab.keyboard.press('Escape');
      if (withExtension) await waitForCardClosed(tab);
    }
    if (hover) {
      const at = await pointAt(tab, hover);
      await tab.mouse.move(at.x, at.y);
      if (withExtension) await waitForCard(tab);
      await tab.mouse.move(5, 5);
      if (withExtension) await waitForCardClosed(tab);
    }
    if (name === 'live-blog.html') {
      for (let i = 0; i < 3; i++) await tab.evaluate(() => (window as unknown as { addEntry(): string }).addEntry());
      if (withExtension) expect(await waitForHighlights(tab, expected(name).afterAll!)).toEqual(expected(name).afterAll);
    }
    if (withExtension && name === 'article-light.html') {
      await sendStep(journey, tab, 'next');
      await waitForCard(tab);
      await tab.keyboard.press('Escape');
      const popup = await openPopupFor(journey, tab);
      expect(await waitForPopupState(popup, 'figures')).toBe('figures');
      await popup.type('#search', 'casualties 2024');
      await popup.waitForSelector('#hits li');
      await popup.close();
    }
    await tab.close();
  }

  const tab = await journey.open('tests/e2e/pages/compare-selection.html');
  const selected = await selectText(tab, '#with-figure');
  if (withExtension) {
    await compareWithRangefinder(journey, tab, selected);
    await waitForCard(tab);
  }
  await tab.close();

  if (withExtension) {
    const corpus = await journey.openExtensionPage('corpus.html');
    await corpus.type('#q', 'shells');
    await corpus.close();
    const options = await journey.openExtensionPage('options.html');
    await options.click('#measure-troops_deployed');
    await options.close();
    await resetSettings(journey);
  }
}

for (const { name, title } of BROWSERS) {
  describe(`no network request, in real ${title}`, () => {
    let withIt: Run;
    let without: Run;
    beforeAll(async () => {
      const [proxyWith, proxyWithout] = await Promise.all([startRecordingProxy(), startRecordingProxy()]);
      withIt = { proxy: proxyWith, journey: await startJourney(name, { proxy: proxyWith.url }) };
      without = { proxy: proxyWithout, journey: await startJourney(name, { extension: false, proxy: proxyWithout.url }) };
    });
    afterAll(async () => {
      await withIt?.journey.close();
      await without?.journey.close();
      await withIt?.proxy.close();
      await without?.proxy.close();
    });

    it('a reading session with Rangefinder adds no connection to what the browser and the pages make without it', async () => {
      // Everything since each browser started counts, installing the extension included.
      const started = Date.now();
      await readingSession(withIt, true);
      // Anything the extension would send a little later is caught too.
      await pause(2_000);
      const took = Date.now() - started;

      const baselineStarted = Date.now();
      await readingSession(without, false);
      // The bare browser gets as long to do what it does by itself.
      await pause(Math.max(2_000, took - (Date.now() - baselineStarted)));

      // The proxy saw the session: every page's own load is in both records.
      for (const run of [withIt, without]) {
        for (const { path } of PAGES)
          expect(
            run.proxy.seen.map((r) => r.url),
            path,
          ).toContain(`${run.journey.base}/${path}`);
      }
      expect(addedByExtension(withIt, without)).toEqual([]);
    });

    // What makes the session's proof one that can fail: the proxy sees what the pages load, and what the extension would send.
    it('the proxy sees every connection: what the pages load, over http and https, and what the extension asks the browser to load', async () => {
      withIt.proxy.clear();
      const tab = await withIt.journey.open('tests/e2e/pages/third-party.html');
      const page = (path: string) => withIt.proxy.seen.some((r) => r.url === `${withIt.journey.base}/${path}`);
      const elsewhere = (path: string) => withIt.proxy.seen.some((r) => r.url === `http://example.invalid/${path}`);
      // The page and what it loads from elsewhere, over http and https (a tunnel).
      await poll(
        async () => page('tests/e2e/pages/third-party.html') && elsewhere('photos/front.jpg') && elsewhere('counter?page=shells'),
        Boolean,
        { what: 'the page’s requests', timeout: 10_000 },
      );
      await poll(async () => withIt.proxy.seen.some((r) => r.method === 'CONNECT' && r.url === 'https://example.invalid:443'), Boolean, {
        what: 'the https photo’s tunnel',
        timeout: 10_000,
      });
      await tab.close();

      // A request from a page of the extension is refused by its content security policy, before it leaves.
      const extensionPage = await withIt.journey.openExtensionPage('source.html');
      const fetched = await extensionPage.evaluate(() =>
        fetch('http://example.invalid/from-an-extension-page').then(
          () => 'sent',
          () => 'refused',
        ),
      );
      expect(fetched).toBe('refused');
      await extensionPage.close();

      // What the extension asks the browser to load goes through the proxy, and the comparison names it.
      await withIt.journey.inExtension(
        async (api) => void (await api.tabs.create({ url: 'http://example.invalid/rangefinder-canary', active: false })),
        null,
      );
      await poll(async () => elsewhere('rangefinder-canary'), Boolean, { what: 'the canary', timeout: 10_000 });
      expect(addedByExtension(withIt, without)).toContain('GET http://example.invalid/rangefinder-canary');
      expect(withIt.proxy.seen.filter((r) => r.url.includes('from-an-extension-page'))).toEqual([]);
      await withIt.journey.inExtension(async (api) => {
        const canaries = await api.tabs.query({ url: 'http://example.invalid/*' });
        await api.tabs.remove(canaries.map((t) => t.id!));
      }, null);
    });
  });
}
