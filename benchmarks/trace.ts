/**
 * Chromium's trace of a page's renderer main thread, over CDP, and what the
 * benchmark reads from it: how long the thread was busy, how much of that ran
 * the extension's code, and its longest tasks.
 *
 * The extension's time is the union of two attributions: trace events that
 * name an extension script (evaluating, compiling and calling it), and the V8
 * CPU profiler's samples (one every ~0.2 ms) whose JavaScript stack holds a
 * frame of an extension script. The samples catch what the events miss: code
 * resumed from a promise, observers, timers. Neither catches the style, layout,
 * paint and garbage collection the extension causes; the busy-time difference
 * with and without the extension does.
 */
import type { Page } from 'puppeteer-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> & { url?: string; frame?: string; processId?: number } };
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

/** Traces the browser while `action` runs; gives the trace and what `action` returned. */
export async function traced<T>(page: Page, action: () => Promise<T>): Promise<{ events: TraceEvent[]; result: T }> {
  const cdp = await page.createCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  let result: T;
  try {
    result = await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return { events, result };
}

type Interval = readonly [start: number, end: number];

/** The index of the first item of `sorted` for which `before` is false (binary search). */
function firstNot<T>(sorted: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The same time as sorted, disjoint intervals. */
function merged(intervals: readonly Interval[]): Interval[] {
  const out: [number, number][] = [];
  for (const [s, e] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Each interval cut to the end of the task it starts in, and dropped if it starts in none: a sample's time stays in its task. */
function withinTasks(intervals: readonly Interval[], tasks: readonly Interval[]): Interval[] {
  const sorted = [...tasks].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const [start, end] of intervals) {
    const task = sorted[firstNot(sorted, (t) => t[0] <= start) - 1];
    if (task && start < task[1]) out.push([start, Math.min(end, task[1])]);
  }
  return out;
}

/** Whether sorted, disjoint `intervals` meet `[start, end]`. */
function meets(intervals: readonly Interval[], [start, end]: Interval): boolean {
  const i = firstNot(intervals, (x) => x[1] <= start);
  return i < intervals.length && intervals[i]![0] < end;
}

/** The intervals in which the profiler saw an extension frame on the stack of `tid`. */
function sampledIntervals(events: readonly TraceEvent[], pid: number, tid: number, isExtension: (url: string) => boolean): Interval[] {
  const profiles = new Map<string, number>();
  for (const e of events)
    if (e.name === 'Profile' && e.pid === pid && e.tid === tid && e.id) profiles.set(e.id, Number(e.args?.data?.startTime ?? e.ts));
  const intervals: Interval[] = [];
  for (const [id, startTime] of profiles) {
    const nodes = new Map<number, { url: string; parent?: number }>();
    const samples: number[] = [];
    const deltas: number[] = [];
    for (const e of events) {
      if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== id) continue;
      const data = e.args?.data as {
        cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, { url: node.callFrame.url ?? '', parent: node.parent });
      samples.push(...(data.cpuProfile?.samples ?? []));
      deltas.push(...(data.timeDeltas ?? []));
    }
    const known = new Map<number, boolean>();
    const inExtension = (nodeId: number | undefined): boolean => {
      if (nodeId === undefined) return false;
      const cached = known.get(nodeId);
      if (cached !== undefined) return cached;
      const node = nodes.get(nodeId);
      const result = !!node && (isExtension(node.url) || inExtension(node.parent));
      known.set(nodeId, result);
      return result;
    };
    let time = startTime;
    for (let i = 0; i < samples.length; i++) {
      time += deltas[i] ?? 0;
      // A sample stands for the time until the next one, at most 1 ms (the sampler can pause).
      const length = Math.min(deltas[i + 1] ?? 0, 1_000);
      if (inExtension(samples[i])) intervals.push([time, time + length]);
    }
  }
  return intervals;
}

export interface MainThread {
  pid: number;
  tid: number;
  /** The page's top-level tasks, as [start, end] in the trace's microseconds. */
  tasks: Interval[];
  /** When the page's load event was marked; Infinity if it was not. */
  loadAt: number;
  /** The `performance.mark` times by name (the last of each). */
  marks: Map<string, number>;
  /** When the thread ran extension code. */
  extension: Interval[];
}

/** The main thread of the renderer that committed `url`, in the browser-wide trace. */
export function mainThread(events: readonly TraceEvent[], url: string, extensionScheme = 'chrome-extension://'): MainThread {
  const committed = events.find((e) => e.name === 'FrameCommittedInBrowser' && e.args?.data?.url === url);
  const pid = committed?.args?.data?.processId ?? events.find((e) => e.name === 'CommitLoad' && e.args?.data?.url === url)?.pid;
  const thread = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  if (pid === undefined || !thread) throw new Error(`The trace has no renderer main thread for ${url}.`);
  const tid = thread.tid;
  const frame = committed?.args?.data?.frame;
  const onMain = events.filter((e) => e.pid === pid && e.tid === tid);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ph === 'X').map((e): Interval => [e.ts, e.ts + (e.dur ?? 0)]);
  const loadAt = onMain.find((e) => e.name === 'MarkLoad' && (!frame || e.args?.data?.frame === frame))?.ts ?? Infinity;
  const marks = new Map(onMain.filter((e) => e.name.startsWith('bench:') && e.ph !== 'M').map((e) => [e.name, e.ts]));
  const isExtension = (u: string) => u.startsWith(extensionScheme);
  const named = onMain
    .filter((e) => e.ph === 'X' && e.name !== 'RunTask' && JSON.stringify(e.args ?? {}).includes(extensionScheme))
    .map((e): Interval => [e.ts, e.ts + (e.dur ?? 0)]);
  const sampled = withinTasks(sampledIntervals(events, pid, tid, isExtension), tasks);
  return { pid, tid, tasks, loadAt, marks, extension: [...named, ...sampled] };
}

/** What the thread did between `from` and `to` (trace microseconds), in milliseconds. */
export interface ThreadCost {
  /** Time in top-level tasks. */
  busyMs: number;
  /** Time running extension code. */
  extensionMs: number;
  /** The longest task that ran extension code, and how many did. */
  longestExtensionTaskMs: number;
  extensionTasks: number;
  /** The longest task that began after the load event. */
  longestAfterLoadMs: number;
}

export function threadCost(thread: MainThread, from = -Infinity, to = Infinity): ThreadCost {
  // Tasks and the extension's time cut to the window: a task across its edge counts for its part inside.
  const clip = (list: readonly Interval[]) =>
    list.map(([s, e]): Interval => [Math.max(s, from), Math.min(e, to)]).filter(([s, e]) => e > s);
  const tasks = clip(thread.tasks);
  const extension = merged(clip(thread.extension));
  const extensionTasks = tasks.filter((t) => meets(extension, t));
  const longest = (list: Interval[]) => list.reduce((m, [s, e]) => Math.max(m, e - s), 0) / 1000;
  const total = (list: Interval[]) => list.reduce((n, [s, e]) => n + e - s, 0) / 1000;
  return {
    busyMs: total(tasks),
    extensionMs: total(extension),
    longestExtensionTaskMs: longest(extensionTasks),
    extensionTasks: extensionTasks.length,
    longestAfterLoadMs: longest(tasks.filter(([s]) => s > thread.loadAt)),
  };
}

/** The busy time between two `performance.mark`s of the page, in milliseconds. */
export function busyBetweenMarks(thread: MainThread, start: string, end: string): number {
  const from = thread.marks.get(start);
  const to = thread.marks.get(end);
  if (from === undefined || to === undefined) throw new Error(`The trace lacks the marks ${start} and ${end}.`);
  return threadCost(thread, from, to).busyMs;
}
