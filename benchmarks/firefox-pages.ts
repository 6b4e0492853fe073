/**
 * Measures (b) in Firefox, with what a page can time itself (Firefox has no
 * trace over CDP): from the load event to the frame that painted the last
 * highlight, with the extension; and in the same run, without it, the floors
 * and mark.js on the same page, each from its start to the frame that painted
 * it. Main-thread time and tasks are Chromium's alone.
 */
import { type Browsers, onNewPage } from './browsers';
import { installProbes, KEYWORD, loadMarkJs, markJsRegex, NUMBER, QUIET_MS, waitForLastHighlight, waitUntilPageTime } from './in-page';
import { FLOOR_HIGHLIGHT } from './pages';

const SETTLE_TIMEOUT_MS = 180_000;

export interface FirefoxRun {
  highlighted: number;
  /** From the end of the load event, and from navigation start, to the frame that painted the last highlight. */
  lastHighlightAfterLoadMs: number;
  lastHighlightMs: number;
  gateFloorMs: number;
  scanFloorMs: number;
  markJsMs: number;
  markJsMatches: number;
}

async function oneRun(browsers: Browsers, url: string): Promise<FirefoxRun> {
  const state = await onNewPage(browsers.withExtension, async (page) => {
    await installProbes(page, 'highlights');
    await page.goto(url, { waitUntil: 'load' });
    return waitForLastHighlight(page, QUIET_MS, SETTLE_TIMEOUT_MS);
  });
  if (state.count === 0 || state.lastPainted === null || state.loadEventEnd === null)
    throw new Error(`Firefox highlighted nothing on ${url}.`);
  const floors = await onNewPage(browsers.without, async (page) => {
    await installProbes(page, 'highlights');
    await page.goto(url, { waitUntil: 'load' });
    await waitUntilPageTime(page, (await page.evaluate(() => window.__bench.highlightState())).now + QUIET_MS);
    const gate = await page.evaluate((keyword) => window.__bench.gateFloor(keyword), KEYWORD);
    const scan = await page.evaluate((k, n, h) => window.__bench.scanFloor(k, n, h), KEYWORD, NUMBER, FLOOR_HIGHLIGHT);
    return { gate, scan };
  });
  const markJs = await onNewPage(browsers.without, async (page) => {
    await installProbes(page);
    await page.goto(url, { waitUntil: 'load' });
    await loadMarkJs(page);
    const { source, flags } = markJsRegex(true);
    return page.evaluate((s, f) => window.__bench.markJs(s, f), source, flags);
  });
  return {
    highlighted: state.count,
    lastHighlightAfterLoadMs: state.lastPainted - state.loadEventEnd,
    lastHighlightMs: state.lastPainted,
    gateFloorMs: floors.gate.ms,
    scanFloorMs: floors.scan.ms,
    markJsMs: markJs.ms,
    markJsMatches: markJs.matches,
  };
}

/** `runs` interleaved runs of a page with figures in Firefox. */
export async function measureFirefoxPage(
  browsers: Browsers,
  url: string,
  runs: number,
  progress: (line: string) => void,
): Promise<FirefoxRun[]> {
  const results: FirefoxRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await oneRun(browsers, url);
    results.push(run);
    progress(
      `run ${i + 1}/${runs}: last highlight ${run.lastHighlightAfterLoadMs.toFixed(0)} ms after load (${run.highlighted}); ` +
        `floor ${run.scanFloorMs.toFixed(0)} ms; mark.js ${run.markJsMs.toFixed(0)} ms`,
    );
  }
  return results;
}
