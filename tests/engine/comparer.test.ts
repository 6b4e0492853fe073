import { describe, expect, it } from 'vitest';
import { compareFigure, type Measured } from '../../src/compare/compare';
import { comparer } from '../../src/compare/comparer';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';

const troops = (value: Measured['value'], sentence: string): Measured => ({ measure: 'troops_deployed', value, unit: 'troops', sentence });

describe('comparisons remembered for a page', () => {
  it('are the engine’s own comparisons', () => {
    const compare = comparer(bundledCorpus);
    const claim = bundledCorpus.claims.find((c) => c.id === '001_6103265ed68543fd#7')!;
    for (const figure of [
      troops(12000, claim.quote),
      troops(3000, 'Kyiv says 3,000 troops.'),
      troops({ low: 10000, high: 12000 }, 'Up to 12,000.'),
    ]) {
      expect(compare(figure)).toEqual(compareFigure(figure, bundledCorpus));
    }
  });

  it('are shared by figures that say the same thing in the same sentence, and only by them', () => {
    const compare = comparer(bundledCorpus);
    const first = compare(troops(12000, 'Seoul says 12,000 troops are in Kursk.'));
    expect(compare(troops(12000, 'Seoul says 12,000 troops are in Kursk.'))).toBe(first);
    expect(compare(troops(12000, 'Kyiv says 12,000 troops are in Kursk.'))).not.toBe(first);
    expect(compare(troops(11000, 'Seoul says 12,000 troops are in Kursk.'))).not.toBe(first);
    expect(compare({ ...troops(12000, 'Seoul says 12,000 troops are in Kursk.'), measure: 'troops_planned' })).not.toBe(first);
    expect(compare(troops({ low: 12000, high: 12000 }, 'Seoul says 12,000 troops are in Kursk.'))).not.toBe(first);
  });
});
