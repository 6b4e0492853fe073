/**
 * Measures (a) and (b) in Chromium: one page loaded with the extension and
 * without it, traced, and in the same run the floors and mark.js on the same
 * page without the extension.
 *
 * With the extension: the trace runs from before navigation until the
 * highlights have been still for QUIET_MS (or, on a page without figures,
 * QUIET_MS after the load event). Without it: the same page, traced for as
 * long in the page's own time, then the floors in that page, timed by the
 * trace between their `performance.mark`s (including the frame that paints
 * them). mark.js: a fresh load of the page, mark.js loaded after the load
 * event, then timed from its call to the frame that paints its marks.
 */
import type { Launched } from '../tests/harness/launch-browser';
import { type Breakdown, breakdown } from './breakdown';
import { type Browsers, onNewPage } from './browsers';
import { installProbes, KEYWORD, loadMarkJs, markJsRegex, NUMBER, QUIET_MS, waitForLastHighlight, waitUntilPageTime } from './in-page';
import { FLOOR_HIGHLIGHT } from './pages';
import { busyBetweenMarks, mainThread, type ThreadCost, threadCost, traced } from './trace';

const SETTLE_TIMEOUT_MS = 180_000;

export interface WithExtension extends ThreadCost {
  highlighted: number;
  /** From navigation start, and from the end of the load event, to the frame that painted the last highlight. */
  lastHighlightMs: number | null;
  lastHighlightAfterLoadMs: number | null;
  /** How long the run lasted in the page's time: the run without the extension lasts as long. */
  pageTimeMs: number;
  /** Where the main thread's time went. */
  breakdown: Breakdown;
}

export interface Floor {
  /** Main-thread time from the floor's start to the end of the frame that painted it. */
  busyMs: number;
  /** Wall time for the same, in the page. */
  ms: number;
  matches?: number;
}

export interface ChromiumRun {
  with: WithExtension;
  without: { busyMs: number; longestAfterLoadMs: number; breakdown: Breakdown };
  gateFloor: Floor;
  /** Gate and scan: only on pages that name North Korea. */
  scanFloor: Floor | null;
  markJs: Floor;
}

function runWith(browser: Launched, url: string, dense: boolean): Promise<WithExtension> {
  return onNewPage(browser, async (page) => {
    await installProbes(page, 'highlights');
    const { events, result: s } = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      return waitForLastHighlight(page, QUIET_MS, SETTLE_TIMEOUT_MS, dense);
    });
    const painted = s.count > 0 ? s.lastPainted : null;
    const thread = mainThread(events, url);
    return {
      ...threadCost(thread),
      breakdown: breakdown(events, thread.pid, thread.tid),
      highlighted: s.count,
      lastHighlightMs: painted,
      lastHighlightAfterLoadMs: painted === null || s.loadEventEnd === null ? null : painted - s.loadEventEnd,
      pageTimeMs: s.now,
    };
  });
}

function runWithout(browser: Launched, url: string, pageTimeMs: number, dense: boolean): Promise<Omit<ChromiumRun, 'with' | 'markJs'>> {
  return onNewPage(browser, async (page) => {
    await installProbes(page, 'highlights');
    const { events, result } = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await waitUntilPageTime(page, pageTimeMs);
      const gate = await page.evaluate((keyword) => window.__bench.gateFloor(keyword), KEYWORD);
      const scan = dense ? await page.evaluate((k, n, h) => window.__bench.scanFloor(k, n, h), KEYWORD, NUMBER, FLOOR_HIGHLIGHT) : null;
      return { gate, scan };
    });
    const thread = mainThread(events, url);
    const gateStart = thread.marks.get('bench:gate:start');
    const before = threadCost(thread, -Infinity, gateStart);
    const { gate, scan: scanned } = result;
    return {
      without: {
        busyMs: before.busyMs,
        longestAfterLoadMs: before.longestAfterLoadMs,
        breakdown: breakdown(events, thread.pid, thread.tid, -Infinity, gateStart),
      },
      gateFloor: { busyMs: busyBetweenMarks(thread, 'bench:gate:start', 'bench:gate:end'), ms: gate.ms },
      scanFloor: scanned && {
        busyMs: busyBetweenMarks(thread, 'bench:scan:start', 'bench:scan:end'),
        ms: scanned.ms,
        matches: scanned.matches,
      },
    };
  });
}

function runMarkJs(browser: Launched, url: string, dense: boolean): Promise<Floor> {
  return onNewPage(browser, async (page) => {
    await installProbes(page);
    const { events, result } = await traced(page, async () => {
      await page.goto(url, { waitUntil: 'load' });
      await loadMarkJs(page);
      const { source, flags } = markJsRegex(dense);
      return page.evaluate((s, f) => window.__bench.markJs(s, f), source, flags);
    });
    return {
      busyMs: busyBetweenMarks(mainThread(events, url), 'bench:markjs:start', 'bench:markjs:end'),
      ms: result.ms,
      matches: result.matches,
    };
  });
}

/** `runs` interleaved runs of one page: with the extension, without it and the floors, mark.js. */
export async function measureChromiumPage(
  browsers: Browsers,
  url: string,
  dense: boolean,
  runs: number,
  progress: (line: string) => void,
): Promise<ChromiumRun[]> {
  const results: ChromiumRun[] = [];
  for (let i = 0; i < runs; i++) {
    const withRun = await runWith(browsers.withExtension, url, dense);
    const withoutRun = await runWithout(browsers.without, url, withRun.pageTimeMs, dense);
    const markJs = await runMarkJs(browsers.without, url, dense);
    results.push({ with: withRun, ...withoutRun, markJs });
    progress(
      `run ${i + 1}/${runs}: busy ${withRun.busyMs.toFixed(0)} ms with, ${withoutRun.without.busyMs.toFixed(0)} without; extension code ${withRun.extensionMs.toFixed(1)} ms; ` +
        `${withRun.highlighted} highlighted; gate floor ${withoutRun.gateFloor.busyMs.toFixed(1)} ms; mark.js ${markJs.busyMs.toFixed(0)} ms`,
    );
  }
  return results;
}
