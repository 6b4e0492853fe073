/**
 * What a count counts: the one vocabulary for figures found on a page and for
 * estimates on record, so that the two can be set side by side (docs/figures.md).
 * A figure reads it from its sentence (count-kind.ts); an estimate states it.
 */

/** What a count covers in time: everything up to its date, or one period only. */
export const COUNT_KINDS = ['running_total', 'period'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];
export const PERIODS = ['week', 'month', 'year', 'other'] as const;
export type Period = (typeof PERIODS)[number];
/** Whom or what it covers: the whole of it, or a part (some units, one town, one battle). */
export const COVERAGES = ['all', 'part'] as const;
export type Coverage = (typeof COVERAGES)[number];

export interface Counts {
  readonly kind: CountKind;
  /** For a count for a period: how long that period is. */
  readonly period?: Period;
  readonly coverage: Coverage;
  /** A kind of the thing counted, where only that kind is: "122 mm shells", "mortar shells". */
  readonly subKind?: string;
  /** What the count covers, in words from its reports: "in October 2023", "in the Kursk region". */
  readonly note?: string;
}
