import { describe, expect, it } from 'vitest';
import { compareFigure, countsApart, describeEstimate, estimateLabel, stanceInBrief, wordsInOrder } from '../../src/compare/compare';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { indexOf } from '../../src/corpus/corpus-index';
import { readSeeds } from '../../src/corpus/read-corpus';
import { formatDate, formatValue } from '../../src/engine/format-value';
import { english } from '../../src/words/english';
import { say, type Words } from '../../src/words/phrase';

const en = (words: Words) => say(words, english);

/** The comparison's rules are pinned on the five seed documents alone, which change only with the rules. */
const seeds = indexOf(readSeeds());
const compare = (figure: Parameters<typeof compareFigure>[0]) => compareFigure(figure, seeds);

describe('where a figure stands', () => {
  it('matches a named estimate of the same value', () => {
    const c = compare({ measure: 'troops_deployed', value: 12000 });
    expect(c.stance).toBe('matches');
    expect(c.matches.map((m) => m.id)).toEqual(['001_6103265ed68543fd#7']);
    expect(en(c.reading)).toMatch(/^Same as about 12,000 \(unattributed, Dec 2024\)/);
  });

  it('is within the range of estimates, naming both ends with who and when', () => {
    const c = compare({ measure: 'troops_deployed', value: 11000 });
    expect(c.stance).toBe('within');
    expect(en(c.reading)).toBe(
      'Within the range of 7 estimates: thousands (unattributed, 28 Oct 2024) to tens of thousands (unattributed, after Aug 2025).',
    );
    expect(en(stanceInBrief(c))).toBe('within 7 estimates');
  });

  it('is above or below all of them', () => {
    expect(compare({ measure: 'nk_casualties', value: 9000 })).toMatchObject({ stance: 'above' });
    expect(en(compare({ measure: 'nk_casualties', value: 500 }).reading)).toBe(
      'Below all 4 estimates: the lowest is low thousands (unattributed, after Aug 2025).',
    );
  });

  it('says so when the corpus has no estimate of the measure', () => {
    const c = compare({ measure: 'nk_captured', value: 2 });
    expect(c).toMatchObject({ stance: 'none', estimates: [] });
    expect(en(c.reading)).toBe('No estimate of this measure in the corpus.');
  });

  it('compares only estimates in the same unit: a share of a force is not a head count', () => {
    const c = compare({ measure: 'nk_casualties', value: 40, unit: 'percent' });
    expect(c).toMatchObject({ stance: 'none', estimates: [] });
    expect(en(c.reading)).toBe('The corpus estimates this measure in people only, which this figure cannot be compared with.');
    expect(compare({ measure: 'soldier_pay', value: 2000, unit: 'USD' }).stance).toBe('matches');
  });

  it('lists the estimates oldest first, repeats counted once', () => {
    const c = compare({ measure: 'artillery_shells', value: 8_000_000 });
    expect(c.estimates.map((e) => e.asOf.date)).toEqual([...c.estimates.map((e) => e.asOf.date)].sort());
    expect(c.estimates).toHaveLength(7);
    expect(c.distinct).toBe(6);
  });
});

describe('why estimates differ', () => {
  it('names the span of dates, bounds and vague amounts', () => {
    const kinds = compare({ measure: 'artillery_shells', value: 8_000_000 }).reasons.map((r) => r.kind);
    expect(kinds).toEqual(['dates', 'bounds', 'vague']);
  });

  it('shows promised troops apart from troops sent', () => {
    const c = compare({ measure: 'troops_deployed', value: 11000 });
    expect(c.related.map((r) => r.measure)).toEqual(['troops_planned']);
    expect(en(c.reasons.find((r) => r.kind === 'planned_vs_sent')!.text)).toContain("about 10,000 (South Korea's spy agency, 28 Oct 2024)");
  });

  it('compares Russian tolls only with the same scope, the others shown apart', () => {
    const c = compare({ measure: 'russian_casualties', value: 700000, scope: 'killed_and_wounded' });
    expect(c.estimates.map((e) => e.value)).toEqual([600000]);
    expect(c.related.map((r) => r.scope)).toEqual(['killed', 'wounded']);
  });

  it('explains a worked-out estimate', () => {
    const derived = compare({ measure: 'nk_casualties', value: 3000 }).reasons.find((r) => r.kind === 'derived');
    expect(en(derived!.text)).toContain('one-third of near 15,000 troops');
  });
});

describe('a page that quotes the corpus', () => {
  it('is recognised, and compared with the other sources only', () => {
    const claim = seeds.claims.find((c) => c.id === '001_6103265ed68543fd#7')!;
    const c = compare({ measure: 'troops_deployed', value: 12000, sentence: claim.quote });
    expect(c.quotes?.id).toBe(claim.id);
    expect(c.estimates.some((e) => e.source === claim.source)).toBe(false);
    expect(c.stance).toBe('within');
  });

  it('is not assumed from shared words in another order', () => {
    const claim = seeds.claims.find((c) => c.id === '001_6103265ed68543fd#7')!;
    const shuffled = claim.quote.split(' ').reverse().join(' ');
    expect(compare({ measure: 'troops_deployed', value: 12000, sentence: shuffled }).quotes).toBeUndefined();
  });

  it('is not assumed from the value alone', () => {
    expect(
      compare({ measure: 'troops_deployed', value: 12000, sentence: 'Seoul says 12,000 troops are in Kursk.' }).quotes,
    ).toBeUndefined();
  });
});

describe('words in the same order', () => {
  it.each([
    ['north korea sent troops', 'north korea sent troops', 4],
    ['north korea sent troops', 'north korea has sent 12000 troops to russia', 4],
    ['troops sent korea north', 'north korea sent troops', 1],
    ['', 'north korea', 0],
  ])('%j in %j: %i', (a, b, n) => {
    expect(wordsInOrder(a ? a.split(' ') : [], b.split(' '))).toBe(n);
  });
});

describe('formatting', () => {
  it.each([
    [12000, 'troops', '12,000'],
    [4_000_000, 'shells', '4 million'],
    [5.5e9, 'USD', '$5.5 billion'],
    [40, 'percent', '40%'],
    [{ low: 2e6, high: 9e6 }, 'shells', '2–9 million'],
    [{ low: 1.7e9, high: 5.5e9 }, 'USD', '$1.7–5.5 billion'],
    [2000, 'USD per month', '$2,000 per month'],
    [1e12, 'KRW', '₩1 trillion'],
  ] as const)('%j %s reads %s', (value, unit, text) => expect(en(formatValue(value, unit))).toBe(text));

  it.each([
    ['about', 'about 3,000'],
    ['or more', '3,000 or more'],
    ['-plus', '3,000-plus'],
  ] as const)('an estimate qualified "%s" reads %s, the qualifier where the source put it', (qualifier, text) => {
    const claim = { ...bundledCorpus.claims.find((c) => c.measure === 'troops_deployed')!, value: 3000, unit: 'troops', qualifier };
    expect(en(estimateLabel(claim))).toBe(text);
  });

  it.each([
    [{ date: '2024-10-23', precision: 'day', certainty: 'about', basis: '' }, '23 Oct 2024'],
    [{ date: '2025-08', precision: 'month', certainty: 'after', basis: '' }, 'after Aug 2025'],
    [{ date: '2023', precision: 'year', certainty: 'stated', basis: '' }, '2023'],
  ] as const)('%j reads %s', (date, text) => expect(en(formatDate(date))).toBe(text));
});

describe('among the estimates on record', () => {
  const onRecord = (figure: Parameters<typeof compareFigure>[0]) => compareFigure(figure, bundledCorpus);

  it('sets 11,000 troops beside named, dated estimates, each with the pages that report it', () => {
    const c = onRecord({ measure: 'troops_deployed', value: 11000 });
    expect(c.stance).toBe('matches');
    const named = c.estimates.filter((e) => e.record);
    expect(named.length).toBeGreaterThan(20);
    for (const e of named) {
      expect(e.attributedTo).toBe(e.record!.body.name);
      expect(e.record!.reports.length).toBeGreaterThan(0);
      for (const r of e.record!.reports) expect(r.url).toMatch(/^https?:\/\//);
    }
    expect(c.matches.map((m) => m.id)).toContain('nis/2024-12-24/troops_deployed');
  });

  it('names the first three matches and counts the rest, so the card reads at a glance', () => {
    const c = onRecord({ measure: 'troops_deployed', value: 11000 });
    expect(c.matches.length).toBeGreaterThan(3);
    const text = en(c.reading);
    expect(text).toContain(`and ${c.matches.length - 3} more;`);
    expect(text).not.toContain(en(describeEstimate(c.matches[3]!)));
  });

  it('sets a seed claim that restates an estimate on record aside for that estimate', () => {
    const restating = bundledCorpus.claims.filter((c) => c.estimate);
    expect(restating.length).toBeGreaterThan(0);
    for (const seed of restating) {
      const listed = bundledCorpus.byMeasure.get(seed.measure)!;
      expect(listed).not.toContain(seed);
      expect(listed.map((e) => e.id)).toContain(seed.estimate);
    }
  });

  it('shows an estimate of part of the force or of one period apart, never as an end of the range', () => {
    const c = onRecord({ measure: 'troops_deployed', value: 11000 });
    const apart = c.related.find((r) => r.measure === 'troops_deployed');
    expect(apart?.claims.map((e) => e.id)).toContain('nis/2025-09-02/troops_deployed');
    expect(c.estimates.every((e) => !countsApart(e))).toBe(true);
    expect(c.lowest?.id).not.toBe('nis/2025-09-02/troops_deployed');
    expect(c.reasons.some((r) => r.kind === 'scope' && en(r.text).includes('around 1,000'))).toBe(true);
  });

  it('compares a week’s casualties with nothing but shows them apart', () => {
    const c = onRecord({ measure: 'nk_casualties', value: 1000 });
    expect(c.estimates.map((e) => e.id)).not.toContain('us-white-house/2024-12-27/nk_casualties');
    expect(c.related.flatMap((r) => r.claims.map((e) => e.id))).toContain('us-white-house/2024-12-27/nk_casualties');
  });
});

describe('the stance in brief', () => {
  it('counts matching estimates as it counts estimates: a repeat within a document is not another', () => {
    const c = compare({ measure: 'payment_for_troops', value: 576e6, unit: 'USD' });
    expect(c.matches.length).toBeGreaterThan(c.distinct);
    expect(en(stanceInBrief(c))).toBe(`same as ${c.distinct} of ${c.distinct} estimate${c.distinct === 1 ? '' : 's'}`);
  });
});
