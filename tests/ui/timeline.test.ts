// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { byAsOf } from '../../src/search/corpus-filter';
import { renderTimeline } from '../../src/ui/timeline';

const claims = bundledCorpus.claims.filter((c) => c.measure === 'troops_deployed' && c.unit === 'troops').sort(byAsOf);
const TEXT = {
  label: 'Timeline of the estimates of troops',
  xAxis: 'As of',
  yAxis: 'Estimate (troops)',
  legend: 'Who made them',
  unattributed: 'Not attributed to anyone',
  keys: 'Use the arrow keys',
};

function chart() {
  document.body.replaceChildren();
  const figure = renderTimeline(document, 'troops_deployed', claims, {
    href: (c) => `source.html?claim=${encodeURIComponent(c.id)}`,
    text: TEXT,
  });
  document.body.append(figure);
  const points = [...figure.querySelectorAll<SVGAElement>('a.point')];
  const tip = figure.querySelector<HTMLElement>('.tip')!;
  return { figure, points, tip };
}

const key = (target: Element, name: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));

describe('a measure’s timeline', () => {
  it('draws one mark per estimate, each a link to its page named with who, what and when', () => {
    const { points } = chart();
    expect(points.map((p) => p.dataset.claim)).toEqual(claims.map((c) => c.id));
    const nis = points.find((p) => p.dataset.claim === 'nis/2024-12-24/troops_deployed')!;
    expect(nis.getAttribute('href')).toBe('source.html?claim=nis%2F2024-12-24%2Ftroops_deployed');
    expect(nis.getAttribute('aria-label')).toMatch(
      /^around 11,000 \(South Korea's National Intelligence Service \(NIS\), 24 Dec 2024\)\. /,
    );
  });

  it('names its axes and its marks’ makers', () => {
    const { figure } = chart();
    const titles = [...figure.querySelectorAll('.axis-title')].map((t) => t.textContent);
    expect(titles).toEqual(['As of', 'Estimate (troops)']);
    expect(figure.querySelector('svg.chart')!.getAttribute('aria-labelledby')).toBe(figure.querySelector('figcaption')!.id);
    const legend = [...figure.querySelectorAll('.legend li')].map((li) => li.textContent!.trim());
    const makers = new Set(
      claims.map((c) => (c.record ? c.record.body.name : c.attributedTo === 'unattributed' ? TEXT.unattributed : c.attributedTo)),
    );
    expect(new Set(legend)).toEqual(makers);
    expect([...figure.querySelectorAll('.tick')].some((t) => t.textContent === 'Jan 2025')).toBe(true);
  });

  it('gives the same body the same mark, and different bodies different ones', () => {
    const { points } = chart();
    const markOf = (p: SVGAElement) => `${p.getAttribute('class')} ${p.lastElementChild!.tagName}`;
    const byBody = new Map<string, Set<string>>();
    points.forEach((p, i) => {
      const who = claims[i]!.record?.body.id ?? claims[i]!.attributedTo;
      byBody.set(who, (byBody.get(who) ?? new Set()).add(markOf(p)));
    });
    for (const marks of byBody.values()) expect(marks.size).toBe(1);
    expect(new Set([...byBody.values()].map((m) => [...m][0])).size).toBe(byBody.size);
  });

  it('shows a mark’s details on hover, and hides them when the pointer leaves', () => {
    const { points, tip } = chart();
    expect(tip.hidden).toBe(true);
    points[2]!.dispatchEvent(new PointerEvent('pointerenter'));
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe(points[2]!.dataset.details);
    points[2]!.dispatchEvent(new PointerEvent('pointerleave'));
    expect(tip.hidden).toBe(true);
  });

  it('is one Tab stop; the arrow keys, Home and End move between marks, each showing its details', () => {
    const { points, tip } = chart();
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(points.map((_, i) => (i === 0 ? '0' : '-1')));
    points[0]!.focus();
    expect(tip.textContent).toBe(points[0]!.dataset.details);
    key(points[0]!, 'ArrowRight');
    expect(document.activeElement).toBe(points[1]);
    expect(tip.textContent).toBe(points[1]!.dataset.details);
    expect(points.filter((p) => p.getAttribute('tabindex') === '0')).toEqual([points[1]]);
    key(points[1]!, 'End');
    expect(document.activeElement).toBe(points.at(-1));
    key(points.at(-1)!, 'ArrowRight');
    expect(document.activeElement).toBe(points.at(-1));
    key(points.at(-1)!, 'Home');
    expect(document.activeElement).toBe(points[0]);
    key(points[0]!, 'Escape');
    expect(tip.hidden).toBe(true);
  });

  it('draws a range from its low end to its high end', () => {
    const { figure } = chart();
    const range = claims.find((c) => typeof c.value !== 'number')!;
    const point = figure.querySelector(`a.point[data-claim="${CSS.escape(range.id)}"]`)!;
    const line = point.querySelector('line.range')!;
    expect(Number(line.getAttribute('y1'))).toBeGreaterThan(Number(line.getAttribute('y2')));
  });
});
