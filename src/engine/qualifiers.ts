import type { Bound } from './quantity';

/** Words that bound an amount, as written before it. Longest first where one begins another. */
export const QUALIFIERS: ReadonlyArray<{ words: string; bound: Exclude<Bound, 'exact'> }> = [
  ...[
    'at least', 'a minimum of', 'minimum of', 'no fewer than', 'no less than', 'more than', 'well over',
    'over', 'upwards of', 'upward of', 'in excess of', 'above', 'exceeds', 'exceeded', 'exceeding',
    'surpassing',
  ].map((words) => ({ words, bound: 'min' as const })),
  ...[
    'up to', 'as many as', 'as much as', 'as high as', 'at most', 'a maximum of', 'no more than', 'less than', 'fewer than',
    'just under', 'under', 'below',
  ].map((words) => ({ words, bound: 'max' as const })),
  ...[
    'approximately', 'an estimated', 'estimated', 'about', 'around', 'roughly', 'some', 'nearly', 'near',
    'almost', 'close to', 'perhaps', 'circa', '~',
  ].map((words) => ({ words, bound: 'approx' as const })),
];
