/**
 * Turns the lexicon's word lists into patterns. The words that decide live in
 * tables by role (`lexicon/<language>/`); code holds only the shape of a
 * phrasing and compiles the words into it, the way chrono keeps each locale's
 * words apart from its parsers.
 */

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words as one alternation, longest first so that no word is cut short by another it begins with. */
export function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

/** Any one of the words, whole: `\b(?:…)\b`. */
export function anyWord(words: readonly string[], flags = ''): RegExp {
  return new RegExp(`\\b(?:${alternation(words)})\\b`, flags);
}
