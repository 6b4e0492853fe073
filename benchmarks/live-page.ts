/**
 * Measures (c) in Chromium: a live page that appends 50 paragraphs a second
 * for 20 seconds (one in ten about North Korea with figures, the rest about
 * markets, sport and weather with numbers), traced with and without the
 * extension. The window runs from the first paragraph to one second after the
 * last, so that the extension's work on the last ones counts.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Launched } from '../tests/harness/launch-browser';
import { highlightedTexts } from '../tests/harness/page-probe';
import { poll } from '../tests/harness/poll';
import { type Breakdown, breakdown } from './breakdown';
import { type Browsers, onNewPage } from './browsers';
import { installProbes } from './in-page';
import { LIVE } from './pages';
import { mainThread, threadCost, traced } from './trace';

const TAIL_MS = 1_000;

export interface LiveRun {
  windowMs: number;
  with: { busyMs: number; extensionMs: number; longestExtensionTaskMs: number; highlighted: number; breakdown: Breakdown };
  without: { busyMs: number; breakdown: Breakdown };
}

function traceLive(browser: Launched, url: string) {
  return onNewPage(browser, async (page) => {
    await installProbes(page);
    const { events } = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      const done = () => page.evaluate(() => (window as unknown as { __liveDone?: boolean }).__liveDone === true);
      await poll(done, (d) => d, { what: 'the live page to finish', timeout: (LIVE.seconds + 30) * 1000, interval: 250 });
      await sleep(TAIL_MS);
    });
    const highlighted = browser.extensionOrigin ? (await highlightedTexts(page)).length : 0;
    const thread = mainThread(events, url);
    const start = thread.marks.get('bench:live:start');
    const end = thread.marks.get('bench:live:end');
    if (start === undefined || end === undefined) throw new Error('The live page did not mark its start and end.');
    const to = end + TAIL_MS * 1000;
    return {
      cost: threadCost(thread, start, to),
      breakdown: breakdown(events, thread.pid, thread.tid, start, to),
      windowMs: (to - start) / 1000,
      highlighted,
    };
  });
}

export async function measureLivePage(browsers: Browsers, url: string, runs: number, progress: (line: string) => void): Promise<LiveRun[]> {
  const results: LiveRun[] = [];
  for (let i = 0; i < runs; i++) {
    const withRun = await traceLive(browsers.withExtension, url);
    const withoutRun = await traceLive(browsers.without, url);
    const { busyMs, extensionMs, longestExtensionTaskMs } = withRun.cost;
    results.push({
      windowMs: withRun.windowMs,
      with: { busyMs, extensionMs, longestExtensionTaskMs, highlighted: withRun.highlighted, breakdown: withRun.breakdown },
      without: { busyMs: withoutRun.cost.busyMs, breakdown: withoutRun.breakdown },
    });
    progress(
      `run ${i + 1}/${runs}: extension code ${extensionMs.toFixed(0)} ms of ${withRun.windowMs.toFixed(0)} ms (${((100 * extensionMs) / withRun.windowMs).toFixed(2)}%); ` +
        `busy ${busyMs.toFixed(0)} ms with, ${withoutRun.cost.busyMs.toFixed(0)} without; ${withRun.highlighted} highlighted`,
    );
  }
  return results;
}
