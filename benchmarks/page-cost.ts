/**
 * What the extension costs a page's main thread, measured in Chromium.
 *
 *   npm run bench
 *
 * For a 1 MB page that never names North Korea and a 1 MB page full of
 * figures, each loaded several times with and without the extension, it traces
 * the renderer's main thread and reports:
 *   - the extension's main-thread time: busy time with it minus busy time without;
 *   - the floor: one `textContent` read and keyword test of the same page, timed in the same run;
 *   - the longest task that ran extension code.
 * Durations live here, never in the tests.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { type Launched, launchWithExtension } from '../src/cli/launch-browser';
import { settledHighlights } from '../src/cli/page-probe';
import { serveFiles } from '../src/cli/serve-files';
import { NORTH_KOREA_ANY_CASE } from '../src/engine/topic-keywords';
import { PAGES } from './pages';

const RUNS = Number(process.env.RUNS ?? 5);
const IDLE_MS = 1_500;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface Run {
  busyMs: number;
  /** Time in events that name an extension script, outermost only (misses code resumed from a promise). */
  scriptMs: number;
  /** The longest main-thread task after the page's load event: without the extension the page is idle then. */
  longestAfterLoadMs: number;
  longestExtensionTaskMs: number;
  extensionTasks: number;
  highlighted: number;
}

async function trace(page: Page, action: () => Promise<void>): Promise<TraceEvent[]> {
  const cdp = await page.createCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,disabled-by-default-devtools.timeline,v8.execute',
    transferMode: 'ReportEvents',
  });
  await action();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  return events;
}

/** The page renderer's main thread: the busiest thread named CrRendererMain. */
function mainThread(events: readonly TraceEvent[]): { pid: number; tid: number } {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = { pid: 0, tid: 0, busy: -1 };
  for (const m of mains) {
    const busy = events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' && e.ph === 'X').reduce((n, e) => n + (e.dur ?? 0), 0);
    if (busy > best.busy) best = { pid: m.pid, tid: m.tid, busy };
  }
  return best;
}

function fromExtension(event: TraceEvent): boolean {
  return JSON.stringify(event.args?.data ?? {}).includes('chrome-extension://');
}

function analyse(events: readonly TraceEvent[]): Omit<Run, 'highlighted'> {
  const { pid, tid } = mainThread(events);
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const extensionEvents = onMain.filter(fromExtension);
  const extensionTasks = tasks.filter((t) => extensionEvents.some((e) => e.ts >= t.ts && e.ts < t.ts + (t.dur ?? 0)));
  const load = events.find((e) => e.name === 'MarkLoad' && e.pid === pid)?.ts ?? Infinity;
  const outermost = extensionEvents.filter((e) => !extensionEvents.some((o) => o !== e && o.ts <= e.ts && e.ts < o.ts + (o.dur ?? 0) && (o.dur ?? 0) >= (e.dur ?? 0)));
  return {
    busyMs: tasks.reduce((n, t) => n + (t.dur ?? 0), 0) / 1000,
    scriptMs: outermost.reduce((n, e) => n + (e.dur ?? 0), 0) / 1000,
    longestAfterLoadMs: tasks.filter((t) => t.ts > load).reduce((m, t) => Math.max(m, t.dur ?? 0), 0) / 1000,
    longestExtensionTaskMs: extensionTasks.reduce((m, t) => Math.max(m, t.dur ?? 0), 0) / 1000,
    extensionTasks: extensionTasks.length,
  };
}

async function measure(browser: Launched, url: string, onTopic: boolean): Promise<Run> {
  const page = await browser.browser.newPage();
  let highlighted = 0;
  const events = await trace(page, async () => {
    await page.goto(url, { waitUntil: 'load' });
    if (onTopic && browser.extensionOrigin) highlighted = (await settledHighlights(page, 600, 60_000)).length;
    else await sleep(IDLE_MS);
  });
  await page.close();
  return { ...analyse(events), highlighted };
}

/** One `textContent` read and keyword test of the loaded page: the least any gate can cost. */
async function floor(browser: Launched, url: string): Promise<number> {
  const page = await browser.browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  const ms = await page.evaluate((source) => {
    const re = new RegExp(source, 'i');
    const start = performance.now();
    re.test(document.body.textContent ?? '');
    return performance.now() - start;
  }, NORTH_KOREA_ANY_CASE.source);
  await page.close();
  return ms;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (n: number) => n.toFixed(1);

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'rangefinder-bench-'));
  for (const [name, html] of Object.entries(PAGES)) writeFileSync(join(dir, name), html);
  const server = await serveFiles(dir);
  const withExtension = await launchWithExtension('chromium');
  const without = await launchWithExtension('chromium', { extension: false });
  try {
    for (const name of Object.keys(PAGES)) {
      const url = `${server.url}/${name}`;
      const onTopic = name !== 'no-north-korea.html';
      const a: Run[] = [];
      const b: Run[] = [];
      const floors: number[] = [];
      // Interleaved, so that drift in the machine's speed falls on both sides alike.
      for (let i = 0; i < RUNS; i++) {
        a.push(await measure(withExtension, url, onTopic));
        b.push(await measure(without, url, onTopic));
        floors.push(await floor(without, url));
      }
      const cost = median(a.map((r) => r.busyMs)) - median(b.map((r) => r.busyMs));
      console.log(`\n${name} (${(PAGES[name as keyof typeof PAGES].length / 1e6).toFixed(2)} MB, ${RUNS} runs, medians)`);
      console.log(`  main-thread busy without the extension: ${fmt(median(b.map((r) => r.busyMs)))} ms; with it: ${fmt(median(a.map((r) => r.busyMs)))} ms`);
      const script = median(a.map((r) => r.scriptMs));
      console.log(`  extension's main-thread time, busy with minus busy without: ${fmt(cost)} ms`);
      console.log(`  extension's script time, as the trace attributes it:      ${fmt(script)} ms`);
      console.log(`  floor (textContent + keyword test):      ${fmt(median(floors))} ms  → script time / floor ${(script / median(floors)).toFixed(2)}×`);
      console.log(`  longest task running extension code:     ${fmt(Math.max(...a.map((r) => r.longestExtensionTaskMs)))} ms (worst of ${RUNS})`);
      console.log(`  longest task after load, with / without:  ${fmt(Math.max(...a.map((r) => r.longestAfterLoadMs)))} / ${fmt(Math.max(...b.map((r) => r.longestAfterLoadMs)))} ms (worst of ${RUNS})`);
      console.log(`  tasks running extension code:            ${median(a.map((r) => r.extensionTasks))}; figures highlighted: ${median(a.map((r) => r.highlighted))}`);
    }
  } finally {
    await withExtension.close();
    await without.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
