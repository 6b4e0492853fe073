import type { Bound } from './quantity';

/** Words that bound an amount, as written before it. Longest first where one begins another. */
export const QUALIFIERS: ReadonlyArray<{ words: string; bound: Exclude<Bound, 'exact'> }> = [
  ...[
    'at least',
    // "not less than 3,000": a floor, not the ceiling "less than" alone would read.
    'not less than',
    'not fewer than',
    'north of',
    'a minimum of',
    'minimum of',
    'no fewer than',
    'no less than',
    'more than',
    'greater than',
    'well over',
    'over',
    'upwards of',
    'upward of',
    'in excess of',
    'above',
    'exceeds',
    'exceed',
    'exceeded',
    'exceeding',
    'surpassing',
  ].map((words) => ({ words, bound: 'min' as const })),
  ...[
    'up to',
    'as many as',
    'as much as',
    'as high as',
    'at most',
    'not more than',
    'a maximum of',
    'no more than',
    'less than',
    'fewer than',
    'just under',
    'under',
    'below',
  ].map((words) => ({ words, bound: 'max' as const })),
  ...[
    'approximately',
    'an estimated',
    'estimated',
    'about',
    'around',
    'roughly',
    'some',
    'nearly',
    'near',
    'almost',
    'approaching',
    'close to',
    'closer to',
    'perhaps',
    'circa',
    '~',
  ].map((words) => ({ words, bound: 'approx' as const })),
];

/**
 * Qualifiers that are as often a preposition, and read as one before a plural vague amount: "complaining about
 * hundreds of North Korean soldiers" is hundreds, not about hundreds.
 */
export const PREPOSITION_QUALIFIERS = ['about'];

/** Qualifiers that are the verb of their clause: "losses … have already exceeded 200 troops". */
export const VERB_QUALIFIERS = ['exceeds', 'exceed', 'exceeded', 'exceeding', 'surpassing'];
const VERB_QUALIFIER = new Set(VERB_QUALIFIERS);

/** The words before a quantity, with its qualifier where that is the clause's verb: "the death toll … exceeds ". */
export function withVerbQualifier(before: string, qualifier: string | null): string {
  return qualifier !== null && VERB_QUALIFIER.has(qualifier) ? `${before}${qualifier} ` : before;
}

/** Words that bound an amount, as written after it: "3,000 or more", "the 10,000-plus soldiers", "73 or so". */
export const QUALIFIERS_AFTER: ReadonlyArray<{ words: string; bound: Exclude<Bound, 'exact'> }> = [
  ...[' or more', '-plus', ' or higher'].map((words) => ({ words, bound: 'min' as const })),
  ...[' or so', ' or thereabouts'].map((words) => ({ words, bound: 'approx' as const })),
];

/** The bound of each qualifier as a figure records it (lower-cased, trimmed): "about", "or more". */
export const BOUND_OF_QUALIFIER: ReadonlyMap<string, Exclude<Bound, 'exact'>> = new Map([
  ...QUALIFIERS.map((q) => [q.words, q.bound] as const),
  ...QUALIFIERS_AFTER.map((q) => [q.words.trim(), q.bound] as const),
]);

/** A qualifier written after its amount, as it is joined to it ("3,000 or more", "9,000-plus"); null for one written before. */
export function writtenAfter(qualifier: string): string | null {
  return QUALIFIERS_AFTER.find((q) => q.words.trim() === qualifier)?.words ?? null;
}
