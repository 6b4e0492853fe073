/**
 * Words that code outside the UI has to say (the engine's readings, measure
 * names), kept as a message key of `locales/*.yml` and its substitutions, and
 * put into the reader's language only where they are shown. The engine stays
 * free of any browser API: whoever shows a phrase passes the lookup.
 */
import type { GeneratedI18nStructure } from '#i18n';

export type MessageKey = keyof GeneratedI18nStructure;

/** Messages with plural forms ("1 estimate | $1 estimates"): they need a count. */
export type PluralKey = { [K in MessageKey]: GeneratedI18nStructure[K]['plural'] extends true ? K : never }[MessageKey];
export type PlainKey = Exclude<MessageKey, PluralKey>;

export interface Phrase {
  readonly key: MessageKey;
  readonly subs: readonly Words[];
  /** Picks the plural form; it is also `$1`. */
  readonly count?: number;
}

/** Either words already fixed (a quote, a name, a number) or a phrase still to be put into words. */
export type Words = string | Phrase;

/** `i18n.t` in the extension; the English file in Node (see english.ts). */
export type Lookup = (key: MessageKey, subs: string[], count?: number) => string;

export function phrase(key: PlainKey, ...subs: Words[]): Phrase {
  return { key, subs };
}

/** A phrase whose words depend on a count; `$1` is the count, the other substitutions follow from `$2`. */
export function plural(key: PluralKey, count: number, ...subs: Words[]): Phrase {
  return { key, subs: [String(count), ...subs], count };
}

/** The words of a phrase, its substitutions said first. */
export function say(words: Words, lookup: Lookup): string {
  if (typeof words === 'string') return words;
  return lookup(
    words.key,
    words.subs.map((sub) => say(sub, lookup)),
    words.count,
  );
}

/** Items joined by a two-place message ("$1 and $2"), folded from the left: "a and b and c"; none is ''. */
export function joined(items: readonly Words[], key: PlainKey): Words {
  return items.length === 0 ? '' : items.reduce((all, item) => phrase(key, all, item));
}
