/**
 * The targets, each as a row: what was measured, its baselines from
 * the same run, the ratio, the target and whether it was met. Which figure
 * each target is judged on is said in its row and in docs/performance.md.
 */
import type { ChromiumRun } from './chromium-pages';
import { kb, ms, pct, ratio, signedMs } from './format';
import type { PageRuns, Results } from './results';
import { field } from './stats';

export interface TargetRow {
  measure: string;
  browser: string;
  value: string;
  baselines: string;
  ratio: string;
  target: string;
  met: boolean;
}

const median = <T>(runs: readonly T[], pick: (run: T) => number) => field(runs, pick).median;
const worst = <T>(runs: readonly T[], pick: (run: T) => number) => field(runs, pick).max;

/** The figures of one page with and without the extension, as medians over the runs. */
export function pageFigures(page: PageRuns<ChromiumRun>) {
  const r = page.runs;
  return {
    extensionMs: median(r, (x) => x.with.extensionMs),
    addedBusyMs: median(r, (x) => x.with.busyMs) - median(r, (x) => x.without.busyMs),
    gateFloorMs: median(r, (x) => x.gateFloor.busyMs),
    scanFloorMs: r[0]?.scanFloor ? median(r, (x) => x.scanFloor!.busyMs) : null,
    markJsMs: median(r, (x) => x.markJs.busyMs),
    longestTaskMs: worst(r, (x) => x.with.longestExtensionTaskMs),
    longestTaskMedianMs: median(r, (x) => x.with.longestExtensionTaskMs),
    longestWithoutMs: worst(r, (x) => x.without.longestAfterLoadMs),
    longestWithMs: worst(r, (x) => x.with.longestAfterLoadMs),
  };
}

export const CARD_TARGET_MS = 16;
export const SIZE_TARGET_BYTES = 20_000;

export function targetRows(results: Results): TargetRow[] {
  const rows: TargetRow[] = [];
  for (const page of results.chromium.offTopic.filter((p) => p.size !== '100 KB')) {
    const f = pageFigures(page);
    rows.push({
      measure: `(a) Added main-thread time, ${page.size} page without North Korea`,
      browser: 'Chromium',
      value: `${ms(f.extensionMs)} in extension code (busy ${signedMs(f.addedBusyMs)})`,
      baselines: `gate floor ${ms(f.gateFloorMs)}; mark.js ${ms(f.markJsMs)}`,
      ratio: `${ratio(f.extensionMs, f.gateFloorMs)} the floor; ${ratio(f.extensionMs, f.markJsMs)} mark.js`,
      target: '≤ 1.5× the gate floor (extension code)',
      met: f.extensionMs <= 1.5 * f.gateFloorMs,
    });
  }
  for (const page of results.chromium.dense) {
    const f = pageFigures(page);
    const value = `${ms(f.addedBusyMs)} busy (${ms(f.extensionMs)} in extension code)`;
    rows.push(
      {
        measure: `(b) Longest task running extension code, ${page.size} page with figures`,
        browser: 'Chromium',
        value: `${ms(f.longestTaskMs)} worst of ${page.runs.length} (median ${ms(f.longestTaskMedianMs)})`,
        baselines: `longest task after load without the extension ${ms(f.longestWithoutMs)}`,
        ratio: '',
        target: '≤ 50 ms (worst run)',
        met: f.longestTaskMs <= 50,
      },
      {
        measure: `(b) Longest task after the load event, any, with the extension, ${page.size} page with figures`,
        browser: 'Chromium',
        value: `${ms(f.longestWithMs)} worst of ${page.runs.length}`,
        baselines: `without the extension ${ms(f.longestWithoutMs)}`,
        ratio: `${ratio(f.longestWithMs, f.longestWithoutMs)} without`,
        target: '≤ 50 ms, or no longer than without the extension (worst run)',
        met: f.longestWithMs <= Math.max(50, f.longestWithoutMs),
      },
      {
        measure: `(b) Extension's total main-thread time, ${page.size} page with figures`,
        browser: 'Chromium',
        value,
        baselines: `floor ${ms(f.scanFloorMs ?? NaN)}`,
        ratio: `${ratio(f.addedBusyMs, f.scanFloorMs ?? NaN)} the floor`,
        target: '≤ 2× the floor (busy time)',
        met: f.addedBusyMs <= 2 * (f.scanFloorMs ?? NaN),
      },
      {
        measure: `(b) Faster than mark.js, ${page.size} page with figures`,
        browser: 'Chromium',
        value,
        baselines: `mark.js ${ms(f.markJsMs)}`,
        ratio: `${ratio(f.addedBusyMs, f.markJsMs)} mark.js`,
        target: '< 1× mark.js (busy time)',
        met: f.addedBusyMs < f.markJsMs,
      },
    );
  }
  const live = results.chromium.live;
  const share = median(live, (r) => (r.with.busyMs - r.without.busyMs) / r.windowMs);
  rows.push({
    measure: '(c) Share of the main thread, live page (50 paragraphs a second for 20 s)',
    browser: 'Chromium',
    value: `${pct(share)} busy (${pct(median(live, (r) => r.with.extensionMs / r.windowMs))} in extension code)`,
    baselines: `the page's own work without the extension ${pct(median(live, (r) => r.without.busyMs / r.windowMs))}`,
    ratio: '',
    target: '< 2% (busy time)',
    met: share < 0.02,
  });
  for (const [browser, cards] of [
    ['Chromium', results.chromium.cards],
    ['Firefox', results.firefox.cards],
  ] as const) {
    for (const which of ['first', 'later'] as const) {
      const painted = which === 'first' ? cards.map((c) => c.first.paintedMs) : cards.flatMap((c) => c.later.map((l) => l.paintedMs));
      const shown = which === 'first' ? cards.map((c) => c.first.shownMs) : cards.flatMap((c) => c.later.map((l) => l.shownMs));
      const p = field(painted, (x) => x);
      rows.push({
        measure: `(d) Click to painted card, ${which === 'first' ? 'first card on a page' : 'later cards'}`,
        browser,
        value: `${ms(p.median)} (worst ${ms(p.max)})`,
        baselines: `card in the page after ${ms(field(shown, (x) => x).median)}; a frame at 60 Hz is 16.7 ms`,
        ratio: '',
        target: `< ${CARD_TARGET_MS} ms (median)`,
        met: p.median < CARD_TARGET_MS,
      });
    }
  }
  const markJs = results.markJsSize;
  for (const script of results.bundles.filter((b) => b.target)) {
    rows.push({
      measure: `(e) Content script size, ${script.path}`,
      browser: `build ${script.build}`,
      value: `${kb(script.gzipBytes)} gzipped (${kb(script.bytes)} minified)`,
      baselines: `mark.js ${kb(markJs.gzipBytes)} gzipped`,
      ratio: `${ratio(script.gzipBytes, markJs.gzipBytes)} mark.js`,
      target: `≤ ${SIZE_TARGET_BYTES / 1000} KB gzipped`,
      met: script.gzipBytes <= SIZE_TARGET_BYTES,
    });
  }
  const [one, hundred] = results.corpus;
  if (one && hundred) {
    const corpusRows = [
      ['comparison per figure', 'compareMs', 0.1],
      ['popup search per query', 'searchMs', 5],
    ] as const;
    for (const [what, key, limit] of corpusRows) {
      const [base, big] = [one[key], hundred[key]];
      rows.push({
        measure: `Corpus ×${hundred.scale}: ${what}`,
        browser: 'Node',
        value: `${ms(big.median)} (p95 ${ms(big.p95)})`,
        baselines: `×1 ${ms(base.median)} (p95 ${ms(base.p95)})`,
        ratio: `${ratio(big.median, base.median)} the ×1 corpus`,
        target: `≤ ${limit} ms (median)`,
        met: big.median <= limit,
      });
    }
  }
  return rows;
}
