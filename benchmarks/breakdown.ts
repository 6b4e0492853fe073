/**
 * Where a main thread's time went, by kind of work: each microsecond of its
 * top-level tasks counted once, for the innermost trace event running then
 * (its self time), under that event's kind. With and without the extension,
 * the difference shows what the extension's added time is made of, including
 * the style, layout and paint its highlights cause.
 */
import type { TraceEvent } from './trace';

export const KINDS = ['script', 'style and layout', 'paint', 'garbage collection', 'messages', 'parsing HTML and CSS', 'other'] as const;
export type Kind = (typeof KINDS)[number];
export type Breakdown = Record<Kind, number>;

const RULES: readonly [RegExp, Kind][] = [
  [/GC|garbage/i, 'garbage collection'],
  [
    /^(UpdateLayoutTree|Layout|RecalcStyle|ScheduleStyleRecalculation|InvalidateLayout|HitTest|IntersectionObserverController)/,
    'style and layout',
  ],
  [/^(PrePaint|Paint|Commit|Layerize|UpdateLayer|CompositeLayers|RasterTask|PaintImage|UpdateLayerTree)/, 'paint'],
  [/^(ParseHTML|ParseAuthorStyleSheet)/, 'parsing HTML and CSS'],
  [/mojo|SimpleWatcher/i, 'messages'],
  [
    /^(v8\.|V8\.|FunctionCall|EvaluateScript|TimerFire|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|FireAnimationFrame|EventDispatch|RunYieldContinuation|MutationObserver|XHR|FireIdleCallback)/,
    'script',
  ],
];

function kindOf(name: string): Kind | null {
  return RULES.find(([re]) => re.test(name))?.[1] ?? null;
}

export function emptyBreakdown(): Breakdown {
  return Object.fromEntries(KINDS.map((k) => [k, 0])) as Breakdown;
}

/**
 * The self time of the thread's events inside its top-level tasks between
 * `from` and `to` (trace microseconds), in ms by kind. An event of no known
 * kind counts as its parent's kind; outside any, as "other".
 */
export function breakdown(events: readonly TraceEvent[], pid: number, tid: number, from = -Infinity, to = Infinity): Breakdown {
  const out = emptyBreakdown();
  const onThread = events
    .filter(
      (e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.ts >= from && e.ts < to && e.name !== 'ThreadControllerImpl::RunTask',
    )
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // The open events, outermost first, each with its kind and the time its children took.
  const stack: { end: number; kind: Kind; dur: number; children: number }[] = [];
  const close = () => {
    const done = stack.pop()!;
    out[done.kind] += Math.max(0, done.dur - done.children) / 1000;
    const parent = stack[stack.length - 1];
    if (parent) parent.children += done.dur;
  };
  for (const e of onThread) {
    while (stack.length > 0 && e.ts >= stack[stack.length - 1]!.end) close();
    const task = e.name === 'RunTask';
    if (!task && stack.length === 0) continue; // only time inside top-level tasks counts
    const dur = e.dur ?? 0;
    const parent = stack[stack.length - 1];
    const kind = task ? 'other' : (kindOf(e.name) ?? parent?.kind ?? 'other');
    stack.push({ end: e.ts + dur, kind, dur, children: 0 });
  }
  while (stack.length > 0) close();
  return out;
}
