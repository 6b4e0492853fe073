/** What the quantity grammar finds in text: an amount, before anyone asks what it counts. */
import type { Value } from './value';

/** ISO 4217 codes of the currencies the grammar reads. */
export const CURRENCIES = ['USD', 'KRW', 'EUR', 'GBP', 'RUB', 'JPY', 'CNY', 'UAH'] as const;
export type Currency = (typeof CURRENCIES)[number];

/**
 * 'count': a plain amount ("12,000", "four million", "thousands");
 * 'percent': `value` is in percent ("40 percent" → 40);
 * 'fraction': `value` is a share of one ("one-third" → 0.333…), usually of another figure;
 * a currency code: an amount of money, scale applied ("$5.5bn" → 5.5e9).
 */
export type QuantityUnit = 'count' | 'percent' | 'fraction' | Currency;

/** How the qualifier bounds the amount. */
export type Bound = 'exact' | 'approx' | 'min' | 'max';

export interface Quantity {
  /** Span in the input, UTF-16 offsets, qualifier and currency sign included ("about $5.5 billion"). */
  readonly start: number;
  readonly end: number;
  /** The number itself, without the qualifier: where the highlight's core is. */
  readonly numberStart: number;
  readonly value: Value;
  readonly unit: QuantityUnit;
  /** A vague amount read as a range ("tens of thousands", "millions"). */
  readonly vague: boolean;
  /** The qualifier as written, lower-cased, spaces folded ("at least"); null when bare. */
  readonly qualifier: string | null;
  readonly bound: Bound;
}
