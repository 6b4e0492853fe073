/**
 * The range strip: every corpus estimate of a measure on one axis, ranges as
 * bars and single figures as dots, with the page's figure marked across them.
 * `stripLayout` is the geometry (pure, tested); `renderRangeStrip` draws it as SVG.
 */

import { describeEstimate } from '../compare/compare';
import type { Claim } from '../corpus/schema';
import { formatValue } from '../engine/format-value';
import { type Value, valueBounds } from '../engine/value';
import type { Words } from '../words/phrase';
import { svg } from './svg';
import { words } from './words';

export const STRIP_WIDTH = 320;
const SIDE = 12;
const ROW = 12;
const TOP = 14;
const AXIS = 18;
/** Marks closer than this (px) go on separate rows. */
const GAP = 10;
/**
 * At most this many rows: a card is read at a glance, and thirty estimates of
 * the same value need not be thirty rows. Beyond it, marks share the last row;
 * the reading counts them.
 */
export const MAX_ROWS = 6;

export interface StripMark {
  readonly claim: Claim;
  readonly x0: number;
  readonly x1: number;
  readonly row: number;
}

export interface StripLayout {
  readonly scale: 'linear' | 'log';
  readonly width: number;
  readonly height: number;
  readonly marks: readonly StripMark[];
  /** The page's figure: a line, or a band for a range. */
  readonly figure: { readonly x0: number; readonly x1: number };
  readonly ticks: readonly { readonly x: number; readonly label: Words; readonly anchor: 'start' | 'end' }[];
  readonly rows: number;
}

/** Spans of more than this ratio are drawn on a log scale, so that small estimates stay apart. */
const LOG_RATIO = 30;

export function stripLayout(estimates: readonly Claim[], figure: Value, unit: string, width = STRIP_WIDTH): StripLayout {
  const own = valueBounds(figure);
  const bounds = estimates.map((c) => valueBounds(c.value));
  const low = Math.min(own.low, ...bounds.map((b) => b.low));
  const high = Math.max(own.high, ...bounds.map((b) => b.high));
  const scale = low > 0 && high / low > LOG_RATIO ? 'log' : 'linear';
  const f = scale === 'log' ? Math.log10 : (n: number) => n;
  const from = f(low);
  const span = f(high) - from;
  // A single value (or several equal ones) sits in the middle of the axis.
  const x = (n: number) => (span === 0 ? width / 2 : SIDE + ((f(n) - from) / span) * (width - 2 * SIDE));
  // Rows are packed left to right, so that marks far apart share a row; the marks keep the estimates' order.
  const spans = estimates.map((claim, i) => ({ claim, x0: x(bounds[i]!.low), x1: x(bounds[i]!.high), row: 0 }));
  const rowEnds: number[] = [];
  for (const span of [...spans].sort((a, b) => a.x0 - b.x0)) {
    const row = rowEnds.findIndex((end) => span.x0 - end >= GAP);
    span.row = row !== -1 ? row : rowEnds.length < MAX_ROWS ? rowEnds.push(span.x1) - 1 : MAX_ROWS - 1;
    rowEnds[span.row] = Math.max(rowEnds[span.row] ?? 0, span.x1);
  }
  const marks: StripMark[] = spans;
  const rows = Math.max(1, rowEnds.length);
  const ticks =
    span === 0
      ? [{ x: width / 2, label: formatValue(low, unit), anchor: 'start' as const }]
      : [
          { x: SIDE, label: formatValue(low, unit), anchor: 'start' as const },
          { x: width - SIDE, label: formatValue(high, unit), anchor: 'end' as const },
        ];
  return { scale, width, height: TOP + rows * ROW + AXIS, marks, figure: { x0: x(own.low), x1: x(own.high) }, ticks, rows };
}

/** The strip as an SVG image; its label is the card's reading, each mark titled with its estimate. */
export function renderRangeStrip(doc: Document, layout: StripLayout, label: string): SVGSVGElement {
  const root = svg(doc, 'svg', {
    class: 'strip',
    viewBox: `0 0 ${layout.width} ${layout.height}`,
    width: layout.width,
    height: layout.height,
    role: 'img',
    'aria-label': label,
  });
  const bottom = TOP + layout.rows * ROW;
  root.append(svg(doc, 'line', { class: 'axis', x1: SIDE, x2: layout.width - SIDE, y1: bottom, y2: bottom }));
  for (const mark of layout.marks) {
    const y = TOP + mark.row * ROW + ROW / 2;
    const shape =
      mark.x1 - mark.x0 < 2
        ? svg(doc, 'circle', { class: 'estimate', cx: mark.x0, cy: y, r: 4 })
        : svg(doc, 'rect', { class: 'estimate range', x: mark.x0, y: y - 3, width: mark.x1 - mark.x0, height: 6, rx: 3 });
    const title = svg(doc, 'title', {});
    title.textContent = words(describeEstimate(mark.claim));
    shape.append(title);
    root.append(shape);
  }
  const { x0, x1 } = layout.figure;
  if (x1 - x0 >= 2) root.append(svg(doc, 'rect', { class: 'figure-band', x: x0, y: TOP - 4, width: x1 - x0, height: bottom - TOP + 4 }));
  root.append(svg(doc, 'line', { class: 'figure', x1: x0, x2: x0, y1: TOP - 6, y2: bottom }));
  if (x1 - x0 >= 2) root.append(svg(doc, 'line', { class: 'figure', x1, x2: x1, y1: TOP - 6, y2: bottom }));
  root.append(svg(doc, 'path', { class: 'figure-marker', d: `M ${x0 - 4} ${TOP - 12} L ${x0 + 4} ${TOP - 12} L ${x0} ${TOP - 6} Z` }));
  for (const tick of layout.ticks) {
    const text = svg(doc, 'text', { class: 'tick', x: tick.x, y: bottom + 13, 'text-anchor': tick.anchor });
    text.textContent = words(tick.label);
    root.append(text);
  }
  return root;
}
