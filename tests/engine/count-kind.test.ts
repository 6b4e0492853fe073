/**
 * What each figure counts (count-kind.ts), read through the detector as a page's
 * figures are: a table of phrasings (count-kind.cases.ts), then how counts and
 * unit agree for money.
 */
import { describe, expect, it } from 'vitest';
import { detectFigures } from '../../src/engine/detect-figures';
import { COUNT_CASES } from './count-kind.cases';

const figureIn = (text: string, written: string) => {
  const figure = detectFigures(text).find((f) => f.text === written);
  if (!figure) throw new Error(`no figure "${written}" in: ${text}`);
  return figure;
};

describe('what a figure counts, case by case', () => {
  it.each(COUNT_CASES.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(figureIn(c.text, c.figure).counts, c.text).toEqual(c.counts);
  });

  it('has unique case names', () => {
    expect(new Set(COUNT_CASES.map((c) => c.name)).size).toBe(COUNT_CASES.length);
  });
});

describe('money: the unit and the counts say the same period', () => {
  it('gives a rate in any words its unit per period', () => {
    const pay = figureIn('North Korean soldiers receive a monthly salary of $2,000 from Russia.', '$2,000');
    expect(pay).toMatchObject({ measure: 'soldier_pay', unit: 'USD per month', counts: { kind: 'period', period: 'month' } });
  });

  it('keeps a span out of the unit: so much in one period is not so much per period', () => {
    const paid = figureIn('Last year, Russia paid North Korea $500 million for weapons.', '$500 million');
    expect(paid).toMatchObject({ measure: 'payment_for_weapons', unit: 'USD', counts: { kind: 'period', period: 'year' } });
  });
});
