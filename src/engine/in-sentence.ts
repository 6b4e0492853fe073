/**
 * One quantity in its sentence, as every question about its measure reads it,
 * and the ways of reading the words around it.
 */

import { alternation as any } from './lexicon/compile';
import { CLAUSE_JOINERS, QUOTED_ADVERBS } from './lexicon/en/clauses';
import type { Measure, Scope } from './measures';
import type { Quantity } from './quantity';
import { meter } from './step-meter';

/** One quantity in its sentence: offsets relative to `sentence`, which is folded. */
export interface InSentence {
  readonly sentence: string;
  readonly quantity: Quantity;
  /** Where the neighbouring quantities end and begin, so cues are not borrowed from them. */
  readonly prevEnd: number;
  readonly nextStart: number;
  /** The quantity before this one in the sentence: "43,000 of its soldiers were killed and 370,000 wounded". */
  readonly previous?: Quantity;
  /** The quantity after it: "4,000 of the 14,000 soldiers" counts a part of that one. */
  readonly next?: Quantity;
  /** What the sentence says anywhere (see `sentenceSays`), shared by every quantity in it. */
  readonly says: Says;
  /** The reader says the text is about North Korea (a selection): owners default to it. */
  readonly assumeTopic?: boolean;
}

/** A quantity's measure, as the classifier reads it. */
export interface Classified {
  readonly measure: Measure;
  readonly scope?: Scope;
  /** For money: what the cue said about the period ("per month"). */
  readonly per?: 'month' | 'year';
  /** Where the figure's unit is not the measure's own ("tonnes of rice" given as aid). */
  readonly unit?: string;
}

/** Whether the sentence matches `re` anywhere, or, `withPrevious`, it and the sentence before it. */
export type Says = (re: RegExp, withPrevious?: boolean) => boolean;

/**
 * What a sentence says anywhere ("does it name Russia?"), for every quantity in it: each answer is
 * worked out once per sentence, so that a sentence of n numbers is read once, not n times. The
 * sentence before it is read for whose losses a bare count reports.
 */
export function sentenceSays(sentence: string, previousSentence?: string): Says {
  const alone = new Map<RegExp, boolean>();
  const withBefore = new Map<RegExp, boolean>();
  return (re, withPrevious = false) => {
    const answers = withPrevious ? withBefore : alone;
    let answer = answers.get(re);
    if (answer === undefined) {
      answer = re.test(withPrevious ? `${previousSentence ?? ''} ${sentence}` : sentence);
      answers.set(re, answer);
    }
    return answer;
  };
}

/**
 * How far before a number its sentence is read for an owner, a verb or where its clause starts:
 * about fifty words, more than any sentence in the test pages reaches. A longer sentence (a table
 * or a list run together) is read around each number rather than whole for each number in it.
 */
const REACH = 300;

/** The sentence before the number, at most REACH characters of whole words, and where that begins. */
export function lookBack(s: InSentence): { text: string; from: number } {
  const end = s.quantity.start;
  if (end <= REACH) return { text: s.sentence.slice(0, end), from: 0 };
  // Not from inside a word: "…prussian" cut short is "russian".
  const inWord = /[a-z0-9]/.test(s.sentence[end - REACH - 1]!);
  const from = end - REACH + (inWord ? s.sentence.slice(end - REACH, end).indexOf(' ') + 1 : 0);
  return { text: s.sentence.slice(from, end), from };
}

/** Where the last match of a global `re` in `text` starts and ends ({ index: -1, end: -1 } if none). */
export function lastMatch(re: RegExp, text: string): { index: number; end: number } {
  re.lastIndex = 0;
  let last = { index: -1, end: -1 };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    meter.steps++;
    last = { index: m.index, end: m.index + m[0].length };
  }
  return last;
}

/** Where the last match of a global `re` in `text` starts (-1 if none). */
export function lastIndex(re: RegExp, text: string): number {
  return lastMatch(re, text).index;
}

/** Whether a character is one `\b` counts as a word's: a letter, a digit or an underscore. */
const isWordCharacter = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_');

/**
 * Whether `text` ends with one of `tails` (each ending in its space) as whole words, as `\b(?:tails)$` would say:
 * compared, not scanned, for checks made before every count of a long sentence.
 */
export function endsWithWords(text: string, tails: readonly string[]): boolean {
  for (const tail of tails) {
    if (text.slice(-tail.length) === tail && !isWordCharacter(text[text.length - tail.length - 1])) return true;
  }
  return false;
}

/** The words before an amount, a quote opened just before it passed over: put the number at "at least 3,000". */
export function unquoted(before: string): string {
  const last = before[before.length - 1];
  if (last === '"' || last === "'") return before.slice(0, -1);
  // An adverb inside the quote: injured "already exceeds 3,000".
  const adverb = QUOTED_ADVERB.exec(before);
  return adverb ? `${before.slice(0, adverb.index)} ${adverb[1]} ` : before;
}
/** The words after an amount or its noun, a quote closed right after it passed over: 'the 100,000 "volunteers" being offered'. */
export function unquotedAfter(after: string): string {
  return after[0] === '"' || after[0] === "'" ? after.slice(1) : after;
}
const QUOTED_ADVERB = new RegExp(` ["'](${any(QUOTED_ADVERBS)}) $`);

/** Where a count's own clause ends after it, or begins before it: a comma, a semicolon, a word that joins the next. */
const CLAUSE_EDGE = new RegExp(`[,;]| (?:${any(CLAUSE_JOINERS)}) `);
const CLAUSE_EDGES = new RegExp(CLAUSE_EDGE.source, 'g');

/**
 * The words of a count's own clause: `before` from its last clause edge, `after` up to its first ("…Bybit, and Russia
 * paid $5 billion for munitions" is "russia paid" and " for munitions").
 */
export function ownClause(before: string, after: string): { before: string; after: string } {
  return { before: before.slice(Math.max(0, lastMatch(CLAUSE_EDGES, before).end)), after: after.split(CLAUSE_EDGE)[0]! };
}
