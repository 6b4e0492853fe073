/**
 * A measure's estimates on a timeline: the date each holds as of across, its
 * value up, one mark per estimate, its shape and colour naming the body that
 * made it (the legend says which). A range is drawn from its low to its high
 * end. Each mark is a link to the estimate's page: hover or focus shows its
 * details, Tab reaches the chart once, the arrow keys, Home and End move
 * between marks, Enter opens one. Colours come from the page's stylesheet, so
 * the chart follows its light or dark scheme.
 */
import { describeOrigin } from '../compare/citation';
import { describeEstimate } from '../compare/compare';
import type { OnRecord } from '../corpus/on-record';
import { formatDate, formatValue } from '../engine/format-value';
import type { Measure } from '../engine/measures';
import { valueBounds } from '../engine/value';
import { daysOf } from '../search/corpus-filter';
import { svg } from './svg';
import { words } from './words';

const WIDTH = 640;
const HEIGHT = 240;
const MARGIN = { top: 12, right: 16, bottom: 44, left: 92 };
const SHAPES = ['circle', 'square', 'triangle', 'diamond'] as const;
const COLOURS = 6;
const DAY_MS = 86_400_000;

export interface TimelineOptions {
  /** The estimate's page, which a mark links to. */
  readonly href: (claim: OnRecord) => string;
  /** Words of the chart: its name, the axes', the legend's heading. */
  readonly text: {
    readonly label: string;
    readonly xAxis: string;
    readonly yAxis: string;
    readonly legend: string;
    readonly unattributed: string;
    /** How to move between the marks by keyboard. */
    readonly keys: string;
  };
}

/** Who made an estimate, as the legend groups them: a body on record by id, a seed's attribution by its words. */
function makerOf(claim: OnRecord): { key: string; name: string } {
  return claim.record
    ? { key: `body:${claim.record.body.id}`, name: claim.record.body.name }
    : { key: `said:${claim.attributedTo}`, name: claim.attributedTo };
}

/** A round step that cuts `span` into about `parts` pieces: 1, 2 or 5 times a power of ten. */
function niceStep(span: number, parts: number): number {
  const raw = span / parts;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * power;
}

const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The first day of each year (or each quarter, over a short span) between two times. */
function dateTicks(start: number, end: number): { at: number; label: string }[] {
  const years = (end - start) / (365 * DAY_MS);
  const first = new Date(start);
  const ticks: { at: number; label: string }[] = [];
  const months = years > 2 ? 12 : years > 0.75 ? 3 : 1;
  const cursor = new Date(Date.UTC(first.getUTCFullYear(), Math.ceil(first.getUTCMonth() / months) * months, 1));
  while (cursor.getTime() <= end) {
    const date = cursor.toISOString().slice(0, months === 12 ? 4 : 7);
    ticks.push({
      at: cursor.getTime(),
      label: words(formatDate({ date, precision: months === 12 ? 'year' : 'month', certainty: 'stated', basis: '' })),
    });
    cursor.setUTCMonth(cursor.getUTCMonth() + months);
  }
  return ticks;
}

/** A mark of `shape`, centred on (x, y). */
function mark(doc: Document, shape: (typeof SHAPES)[number], x: number, y: number): SVGElement {
  const r = 5;
  switch (shape) {
    case 'circle':
      return svg(doc, 'circle', { cx: x, cy: y, r });
    case 'square':
      return svg(doc, 'rect', { x: x - r, y: y - r, width: 2 * r, height: 2 * r });
    case 'triangle':
      return svg(doc, 'polygon', { points: `${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}` });
    case 'diamond':
      return svg(doc, 'polygon', { points: `${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}` });
  }
}

/** The legend's sample of a mark. */
function sample(doc: Document, shape: (typeof SHAPES)[number], colour: number): SVGSVGElement {
  const icon = svg(doc, 'svg', { viewBox: '0 0 14 14', width: 14, height: 14, 'aria-hidden': 'true', class: `mark colour-${colour}` });
  icon.append(mark(doc, shape, 7, 7));
  return icon;
}

export function renderTimeline(doc: Document, measure: Measure, claims: readonly OnRecord[], options: TimelineOptions): HTMLElement {
  const id = `timeline-${measure}`;
  const makers = new Map<string, { name: string; shape: (typeof SHAPES)[number]; colour: number }>();
  for (const claim of claims) {
    const { key, name } = makerOf(claim);
    if (makers.has(key)) continue;
    const n = makers.size;
    makers.set(key, {
      name: key === 'said:unattributed' ? options.text.unattributed : name,
      shape: SHAPES[Math.floor(n / COLOURS) % SHAPES.length]!,
      colour: (n % COLOURS) + 1,
    });
  }

  const times = claims.map((c) => dayMs(daysOf(c.asOf).first));
  let start = Math.min(...times);
  let end = Math.max(...times);
  const pad = Math.max((end - start) * 0.04, 30 * DAY_MS);
  start -= pad;
  end += pad;
  const high = Math.max(...claims.map((c) => valueBounds(c.value).high));
  const step = niceStep(high || 1, 4);
  const top = Math.ceil((high || 1) / step) * step;
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (t: number) => MARGIN.left + ((t - start) / (end - start)) * plotW;
  const y = (v: number) => MARGIN.top + plotH - (v / top) * plotH;
  const unit = claims[0]?.unit ?? '';

  const chart = svg(doc, 'svg', {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: 'group',
    'aria-labelledby': `${id}-label`,
    'aria-describedby': `${id}-keys`,
    class: 'chart',
  });
  const axes = svg(doc, 'g', { class: 'axes', 'aria-hidden': 'true' });
  for (let v = 0; v <= top + step / 2; v += step) {
    axes.append(svg(doc, 'line', { x1: MARGIN.left, x2: WIDTH - MARGIN.right, y1: y(v), y2: y(v), class: v === 0 ? 'axis' : 'grid' }));
    const label = svg(doc, 'text', { x: MARGIN.left - 6, y: y(v) + 4, 'text-anchor': 'end', class: 'tick' });
    label.textContent = words(formatValue(v, unit));
    axes.append(label);
  }
  for (const tick of dateTicks(start, end)) {
    axes.append(svg(doc, 'line', { x1: x(tick.at), x2: x(tick.at), y1: MARGIN.top + plotH, y2: MARGIN.top + plotH + 5, class: 'axis' }));
    const label = svg(doc, 'text', { x: x(tick.at), y: MARGIN.top + plotH + 18, 'text-anchor': 'middle', class: 'tick' });
    label.textContent = tick.label;
    axes.append(label);
  }
  const xTitle = svg(doc, 'text', { x: MARGIN.left + plotW / 2, y: HEIGHT - 6, 'text-anchor': 'middle', class: 'axis-title' });
  xTitle.textContent = options.text.xAxis;
  const yTitle = svg(doc, 'text', {
    x: -(MARGIN.top + plotH / 2),
    y: 14,
    transform: 'rotate(-90)',
    'text-anchor': 'middle',
    class: 'axis-title',
  });
  yTitle.textContent = options.text.yAxis;
  axes.append(xTitle, yTitle);
  chart.append(axes);

  const tip = doc.createElement('div');
  tip.className = 'tip';
  tip.hidden = true;
  // The mark's own label says the same to a screen reader.
  tip.setAttribute('aria-hidden', 'true');

  const points: SVGAElement[] = [];
  const marks = svg(doc, 'g', { class: 'marks' });
  claims.forEach((claim, i) => {
    const maker = makers.get(makerOf(claim).key)!;
    const { low, high: upper } = valueBounds(claim.value);
    const cx = x(times[i]!);
    const details = `${words(describeEstimate(claim))}. ${words(describeOrigin(claim, undefined))}`.replace(/\.\.$/, '.');
    const link = svg(doc, 'a', {
      href: options.href(claim),
      class: `point mark colour-${maker.colour}`,
      'data-claim': claim.id,
      tabindex: i === 0 ? 0 : -1,
      'aria-label': details,
    });
    if (low !== upper) link.append(svg(doc, 'line', { x1: cx, x2: cx, y1: y(low), y2: y(upper), class: 'range' }));
    link.append(mark(doc, maker.shape, cx, y((low + upper) / 2)));
    link.dataset.details = details;
    link.dataset.x = String(cx);
    link.dataset.top = String(y(upper) - 6);
    points.push(link);
    marks.append(link);
  });
  chart.append(marks);

  const plot = doc.createElement('div');
  plot.className = 'plot';
  plot.append(chart, tip);

  function show(point: SVGAElement): void {
    tip.textContent = point.dataset.details ?? '';
    tip.hidden = false;
    // The chart scales with the page: its units are the view box's.
    const scale = (plot.clientWidth || WIDTH) / WIDTH;
    const left = Number(point.dataset.x) * scale;
    tip.style.left = `${Math.round(left)}px`;
    tip.style.top = `${Math.round(Number(point.dataset.top) * scale)}px`;
    tip.classList.toggle('flip', left > (plot.clientWidth || WIDTH) * 0.6);
    for (const p of points) p.classList.toggle('active', p === point);
  }
  function hide(): void {
    tip.hidden = true;
    for (const p of points) p.classList.remove('active');
  }
  function focusAt(index: number): void {
    const next = points[Math.max(0, Math.min(points.length - 1, index))];
    if (!next) return;
    for (const p of points) p.setAttribute('tabindex', p === next ? '0' : '-1');
    next.focus();
  }
  for (const [i, point] of points.entries()) {
    point.addEventListener('pointerenter', () => show(point));
    point.addEventListener('pointerleave', () => {
      if (doc.activeElement !== point) hide();
    });
    point.addEventListener('focus', () => {
      for (const p of points) p.setAttribute('tabindex', p === point ? '0' : '-1');
      show(point);
    });
    point.addEventListener('blur', hide);
    point.addEventListener('keydown', (event) => {
      const moves: Record<string, number> = {
        ArrowRight: i + 1,
        ArrowDown: i + 1,
        ArrowLeft: i - 1,
        ArrowUp: i - 1,
        Home: 0,
        End: points.length - 1,
      };
      if (event.key in moves) {
        event.preventDefault();
        focusAt(moves[event.key]!);
      } else if (event.key === 'Escape') hide();
    });
  }

  const legend = doc.createElement('ul');
  legend.className = 'legend';
  legend.setAttribute('aria-label', options.text.legend);
  for (const maker of makers.values()) {
    const item = doc.createElement('li');
    item.append(sample(doc, maker.shape, maker.colour), ` ${maker.name}`);
    legend.append(item);
  }

  const figure = doc.createElement('figure');
  figure.className = 'timeline';
  figure.dataset.measure = measure;
  const caption = doc.createElement('figcaption');
  caption.id = `${id}-label`;
  caption.textContent = options.text.label;
  const keys = doc.createElement('p');
  keys.id = `${id}-keys`;
  keys.className = 'hint';
  keys.textContent = options.text.keys;
  figure.append(caption, plot, legend, keys);
  return figure;
}
