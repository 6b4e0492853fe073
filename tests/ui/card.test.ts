// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { citationOf, textFragmentUrl } from '../../src/compare/citation';
import { compareFigure } from '../../src/compare/compare';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import type { Claim } from '../../src/corpus/schema';
import { detectFigures, scanFigures } from '../../src/engine/detect-figures';
import type { MarkedFigure } from '../../src/page/highlight-registry';
import { renderCard } from '../../src/ui/card-view';
import { renderNoFigureCard } from '../../src/ui/no-figure-card';
import { luminance } from '../../src/ui/page-theme';
import { MAX_ROWS, stripLayout } from '../../src/ui/range-strip';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';

const claim = (id: string, value: Claim['value']): Claim => ({ ...bundledCorpus.claims[0]!, id, value });

function marked(sentence: string): MarkedFigure {
  document.body.textContent = sentence;
  const [figure] = detectFigures(sentence);
  const range = document.createRange();
  range.setStart(document.body.firstChild!, figure!.start);
  range.setEnd(document.body.firstChild!, figure!.end);
  return { figure: figure!, comparison: compareFigure(figure!, bundledCorpus), range };
}

const noop = { close: vi.fn(), step: vi.fn(), openSource: vi.fn(), copyCitation: vi.fn() };

/**
 * A click as the browser raises it for the reader's own pointer or keys: a
 * trusted event. happy-dom marks no event trusted, so the test does; in a
 * browser a page's script cannot (the journeys in tests/e2e/hostile-page.e2e.ts).
 */
function readerClick(element: Element): void {
  const click = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(click, 'isTrusted', { value: true });
  element.dispatchEvent(click);
}

/** A click a page's script makes: `element.click()`, untrusted. */
function scriptClick(element: Element): void {
  (element as HTMLElement).click();
}

describe('the resumable detector', () => {
  it('yields paragraph by paragraph exactly what the detector finds at once', () => {
    const text = 'North Korea sent about 12,000 troops.\nThe weather was fine.\nThese troops lost around 1,100 men, killed or wounded.';
    const chunks = [...scanFigures(text)];
    expect(chunks).toHaveLength(3);
    expect(chunks.flat()).toEqual(detectFigures(text));
  });
});

describe('the range strip', () => {
  it('places estimates on one axis from the lowest to the highest, the figure among them', () => {
    const layout = stripLayout([claim('a', 3000), claim('b', { low: 10000, high: 12000 }), claim('c', 15000)], 25000, 'troops', 320);
    expect(layout.scale).toBe('linear');
    const [a, b, c] = layout.marks;
    expect(a!.x0).toBe(12);
    expect(b!.x1 - b!.x0).toBeGreaterThan(10);
    expect(c!.x0).toBeLessThan(layout.figure.x0);
    expect(layout.figure.x0).toBe(308);
    expect(layout.ticks.map((t) => t.label)).toEqual(['3,000', '25,000']);
  });

  it('puts marks that would overlap on separate rows, and far-apart ones on the same row', () => {
    const layout = stripLayout([claim('a', 1000), claim('b', 1010), claim('c', 9000)], 5000, 'troops');
    expect(layout.marks.map((m) => m.row)).toEqual([0, 1, 0]);
  });

  it('stacks at most a few rows: many estimates of one value share the last', () => {
    const same = Array.from({ length: MAX_ROWS + 4 }, (_, i) => claim(`s${i}`, 11000));
    const layout = stripLayout([...same, claim('far', 30000)], 11000, 'troops');
    expect(layout.rows).toBe(MAX_ROWS);
    expect(Math.max(...layout.marks.map((m) => m.row))).toBe(MAX_ROWS - 1);
    expect(layout.marks.filter((m) => m.row === MAX_ROWS - 1).length).toBeGreaterThan(1);
    expect(layout.marks.find((m) => m.claim.id === 'far')!.row).toBe(0);
  });

  it('switches to a log scale when estimates span orders of magnitude', () => {
    expect(stripLayout([claim('a', 100), claim('b', 1_000_000)], 5000, 'troops').scale).toBe('log');
  });
});

describe('citations and links', () => {
  it('links to the exact quote through a text fragment, by its first and last words', () => {
    expect(textFragmentUrl('https://example.com/a#top', 'North Korea has sent about 12,000 troops to Russia, officials said.')).toBe(
      'https://example.com/a#:~:text=North%20Korea%20has%20sent,to%20Russia%2C%20officials%20said.',
    );
    expect(textFragmentUrl('https://example.com/a', 'Only 3,000 - so far')).toBe(
      'https://example.com/a#:~:text=Only%203%2C000%20%2D%20so%20far',
    );
  });

  const copiedOn = new Date('2026-12-05T10:00:00Z');

  it('cites who, what, when, where and the quote in plain text', () => {
    const c = bundledCorpus.claims.find((x) => x.measure === 'troops_deployed' && !x.record)!;
    const text = say(citationOf(c, bundledCorpus.sourceById.get(c.source)!, copiedOn), english);
    expect(text).toContain(c.attributedTo);
    expect(text).toContain(`“${c.quote}”`);
    expect(text).toContain(bundledCorpus.sourceById.get(c.source)!.title);
    expect(text.split('\n')[0]).toContain('North Korean troops sent to Russia');
    expect(text.split('\n').at(-1)).toBe('Accessed 5 Dec 2026.');
  });

  it('cites an estimate on record by its body, figure, date, outlet, headline, address at the sentence and access date', () => {
    const c = bundledCorpus.claimById.get('nis/2024-12-24/troops_deployed')!;
    const lead = c.record!.reports[0]!;
    const lines = say(citationOf(c, undefined, copiedOn), english).split('\n');
    expect(lines[0]).toBe(
      "around 11,000: North Korean troops sent to Russia. South Korea's National Intelligence Service (NIS), as of 24 Dec 2024.",
    );
    expect(lines[1]).toBe(`“${lead.quote}”`);
    expect(lines[2]).toContain(`“${lead.headline}”`);
    expect(lines[2]).toContain(lead.outlet);
    expect(lines[3]).toBe(textFragmentUrl(lead.url, lead.quote));
    if (!lead.firstHand) expect(lines[4]).toBe(`This page repeats another’s report: ${lead.provenance}`);
    expect(lines.at(-1)).toBe('Accessed 5 Dec 2026.');
  });

  it('states how a worked-out figure was worked out', () => {
    const c = bundledCorpus.claims.find((x) => x.derivation)!;
    const text = say(citationOf(c, bundledCorpus.sourceById.get(c.source), copiedOn), english);
    expect(text).toContain(`Worked out: ${c.derivation}`);
  });
});

describe('the card', () => {
  it('shows the figure, its measure, the reading and every estimate of that measure in date order', () => {
    const m = marked('North Korea has sent as many as 25,000 troops to Russia.');
    const card = renderCard(document, m, bundledCorpus, { index: 0, total: 1 }, noop);
    expect(card.getAttribute('role')).toBe('dialog');
    expect(card.querySelector('.figure-text')!.textContent).toBe('as many as 25,000');
    expect(card.querySelector('.measure')!.textContent).toBe('North Korean troops sent to Russia');
    expect(card.querySelector('#rangefinder-reading')!.textContent).toBe(say(m.comparison.reading, english));
    expect([...card.querySelectorAll('li.estimate')].map((li) => li.getAttribute('data-claim'))).toEqual(
      m.comparison.estimates.map((c) => c.id),
    );
    expect(card.querySelectorAll('svg .estimate')).toHaveLength(m.comparison.estimates.length);
  });

  it('says which of a body’s estimates of the value the page reports where its date leaves one, and else that it is one of them', () => {
    // An invented sentence in the shape of reporting: the NIS said 11,000 in Dec 2024, Jun 2025 and Feb 2026.
    const m = marked('Park said the NIS estimates the number of North Korean troops sent to Russia at around 11,000.');
    const undated = renderCard(document, m, bundledCorpus, { index: 0, total: 1 }, noop).querySelector('.likely-source')!;
    expect(undated.getAttribute('data-basis')).toBe('one-of');
    expect(undated.getAttribute('data-claim')).toBeNull();
    expect(undated.querySelector('a')).toBeNull();
    expect(undated.textContent).toContain('one of 3 estimates of this value by South Korea');
    const dated = { ...m, comparison: compareFigure({ ...m.figure, published: '2025-01-10' }, bundledCorpus) };
    const line = renderCard(document, dated, bundledCorpus, { index: 0, total: 1 }, noop).querySelector('.likely-source')!;
    expect(line.getAttribute('data-claim')).toBe('nis/2024-12-24/troops_deployed');
    expect(line.textContent).toContain('This article reports the estimate of 24 Dec 2024 by');
    expect(line.querySelector('a.original')).not.toBeNull();
  });

  it('renders page text as text, never as HTML', () => {
    const m = marked('North Korea has sent about 12,000 troops to Russia.');
    const hostile = { ...m, figure: { ...m.figure, text: '<img src=x onerror=alert(1)>' } };
    const card = renderCard(document, hostile, bundledCorpus, { index: 0, total: 1 }, noop);
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('.figure-text')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('wires its buttons to the actions', () => {
    const m = marked('North Korea has sent about 12,000 troops to Russia.');
    const actions = { close: vi.fn(), step: vi.fn(), openSource: vi.fn(), copyCitation: vi.fn() };
    const card = renderCard(document, m, bundledCorpus, { index: 0, total: 2 }, actions);
    readerClick(card.querySelector('button.next')!);
    readerClick(card.querySelector('button.close')!);
    readerClick(card.querySelector('button.source')!);
    readerClick(card.querySelector('button.copy')!);
    expect(actions.step).toHaveBeenCalledWith('next');
    expect(actions.close).toHaveBeenCalled();
    expect(actions.openSource).toHaveBeenCalledWith(m.comparison.estimates[0]);
    expect(actions.copyCitation).toHaveBeenCalledWith(m.comparison.estimates[0], card.querySelector('button.copy'));
  });

  it('does nothing for a click that a page’s script makes on its buttons', () => {
    const m = marked('North Korea has sent about 12,000 troops to Russia.');
    const actions = { close: vi.fn(), step: vi.fn(), openSource: vi.fn(), copyCitation: vi.fn() };
    const card = renderCard(document, m, bundledCorpus, { index: 0, total: 2 }, actions);
    for (const button of card.querySelectorAll('button')) scriptClick(button);
    expect(actions.step).not.toHaveBeenCalled();
    expect(actions.close).not.toHaveBeenCalled();
    expect(actions.openSource).not.toHaveBeenCalled();
    expect(actions.copyCitation).not.toHaveBeenCalled();
  });

  it('the card for a selection without a figure closes on the reader’s click only', () => {
    const close = vi.fn();
    const card = renderNoFigureCard(document, 'The talks ended without agreement.', close);
    scriptClick(card.querySelector('button.close')!);
    expect(close).not.toHaveBeenCalled();
    readerClick(card.querySelector('button.close')!);
    expect(close).toHaveBeenCalledOnce();
  });
});

describe('the page theme', () => {
  it('tells dark backgrounds from light ones', () => {
    expect(luminance({ r: 14, g: 16, b: 20 })).toBeLessThan(0.2);
    expect(luminance({ r: 255, g: 255, b: 255 })).toBe(1);
  });
});
