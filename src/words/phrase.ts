/**
 * Words that code outside the UI has to say (the engine's readings, measure
 * names), kept as a message key of `locales/*.yml` and its substitutions, and
 * put into the reader's language only where they are shown. The engine stays
 * free of any browser API: whoever shows a phrase passes the lookup.
 */
import type { GeneratedI18nStructure } from '#i18n';

export type MessageKey = keyof GeneratedI18nStructure;

export interface Phrase {
  readonly key: MessageKey;
  readonly subs: readonly Words[];
}

/** Either words already fixed (a quote, a name, a number) or a phrase still to be put into words. */
export type Words = string | Phrase;

/** `browser.i18n.getMessage` in the extension; the English file in Node (see english.ts). */
export type Lookup = (key: MessageKey, subs: string[]) => string;

export function phrase(key: MessageKey, ...subs: Words[]): Phrase {
  return { key, subs };
}

/** The words of a phrase, its substitutions said first. */
export function say(words: Words, lookup: Lookup): string {
  if (typeof words === 'string') return words;
  return lookup(words.key, words.subs.map((sub) => say(sub, lookup)));
}
