/**
 * Who a passage is about: the names of North Korea, and the owners a number can
 * belong to, compiled from the lexicon (lexicon/en/parties.ts, speakers.ts).
 * Matched against folded text (lower case, straight quotes).
 */
import { alternation as any } from './lexicon/compile';
import * as clauses from './lexicon/en/clauses';
import * as parties from './lexicon/en/parties';
import * as speakers from './lexicon/en/speakers';

/** Naming any of these makes a text about North Korea. Also the content script's gate. */
export const NORTH_KOREA = new RegExp(`\\b(?:${any(parties.NORTH_KOREA_NAMES)})\\b`);

/** The hyphens, spaces and apostrophes that fold-text.ts reads as `-`, ` ` and `'`. */
const HYPHEN_OR_SPACE = '[-\\s\u2010-\u2013\u2212\uFE58\uFE63\uFF0D]';
const APOSTROPHE = "['\u2018\u2019\u201A\u201B\u2032]";
const RAW: Record<string, string> = { '-': HYPHEN_OR_SPACE, ' ': '\\s', "'": APOSTROPHE };

/**
 * The same names in raw text, any case and any of those variants, so that the
 * whole page need not be folded first: the gate's one test. It finds at least
 * what NORTH_KOREA finds in the folded text.
 */
export const NORTH_KOREA_ANY_CASE = new RegExp(
  NORTH_KOREA.source.replace(/[- ']/g, (ch) => RAW[ch]!),
  'i',
);

/** Does the text name North Korea at all? Pages that do not are never scanned. */
export function mentionsNorthKorea(text: string): boolean {
  return NORTH_KOREA_ANY_CASE.test(text);
}

/** The war's parties and places in raw text, any case, as NORTH_KOREA_ANY_CASE finds North Korea's names. */
const THE_WAR_ANY_CASE = new RegExp(
  `\\b(?:${any(parties.PAGE_WAR_NAMES)})\\b`.replace(/[- ']/g, (ch) => RAW[ch]!),
  'i',
);

/** Does the text name Russia's war (its parties or places)? */
export function mentionsTheWar(text: string): boolean {
  return THE_WAR_ANY_CASE.test(text);
}

/**
 * Is a whole page about North Korea's part in the war? It names North Korea and the war's parties or places. A page on
 * North Korea's missile tests, its parades or its border with the South that never names Russia or Ukraine says nothing
 * of that part, and none of its numbers is read as a figure of it.
 */
export function pageOnTopic(text: string): boolean {
  return mentionsNorthKorea(text) && mentionsTheWar(text);
}

/** Words that carry a passage on without naming the country ("these troops", "the regime"). */
export const CONTINUATION = new RegExp(
  `\\b(?:${any(parties.CONTINUATION_DETERMINERS)}) (?:${any(parties.CONTINUATION_HEADS)})\\b|\\b(?:${any(parties.CONTINUATION_WORDS)})\\b`,
);

export type Owner = keyof typeof parties.OWNER_NAMES;

/** "washington" but not "washington post": each name of a newspaper, split after its party's word. */
const NOT_A_PARTY = parties.NOT_A_PARTY.map((name) => {
  const [party, ...rest] = name.split(' ');
  return `(?!(?<=\\b${party}) ${rest.join(' ')}\\b)`;
}).join('');
const NOT_A_FLAG = `(?!-(?:${any(parties.FLAG_SUFFIXES)})\\b)`;

/** Names and adjectives of the parties a count can belong to, nearest wins. */
export const OWNERS: ReadonlyArray<{ owner: Owner; re: RegExp }> = (Object.keys(parties.OWNER_NAMES) as Owner[]).map((owner) => ({
  owner,
  re: new RegExp(`\\b(?:${any(parties.OWNER_NAMES[owner])})\\b${NOT_A_PARTY}${NOT_A_FLAG}`, 'g'),
}));

/**
 * All the parties' names in one pattern, for a scan of a text for every party named in it: one read of the text, not
 * one for each party. Each name belongs to one party (`OWNER_OF_NAME`).
 */
export const OWNER_OF_NAME = new Map<string, Owner>(
  (Object.keys(parties.OWNER_NAMES) as Owner[]).flatMap((owner) => parties.OWNER_NAMES[owner].map((name) => [name, owner] as const)),
);
export const OWNER_SCAN = new RegExp(`\\b(?:${any([...OWNER_OF_NAME.keys()])})\\b${NOT_A_PARTY}${NOT_A_FLAG}`, 'g');

/** A party's name as a clause's subject, its verb right after it: "Russia has massed…", "Moscow will have". */
const SUBJECT_VERB_AFTER = new RegExp(`^ (?:${any(parties.SUBJECT_VERBS)})\\b`);

/**
 * Whether `text` names a party other than North Korea (Russia's side, Ukraine's, another country) as a subject, its
 * verb right after it: not a speaker's adjective ("Ukraine's intelligence says") nor a place ("in Russia").
 */
export function namesAnotherSubject(text: string): boolean {
  OWNER_SCAN.lastIndex = 0;
  for (let m = OWNER_SCAN.exec(text); m; m = OWNER_SCAN.exec(text))
    if (OWNER_OF_NAME.get(m[0]) !== 'north_korea' && SUBJECT_VERB_AFTER.test(text.slice(m.index + m[0].length))) return true;
  return false;
}

/** Where the counted came from: "…sent from North Korea", "…provided by North Korea". */
// "launched 69 missiles made in North Korea": the maker named right after the counted. The first origin named is the
// counted's: not "180,000 shells from Iran and 1.8 million from the DPRK" (but "from abroad, mostly from North Korea").
export const ORIGIN_AFTER = new RegExp(
  `^(?:(?:(?!\\bfrom\\b)[^;:]|\\bfrom (?:${any(speakers.MANY_ORIGINS)})\\b){0,40}?\\bfrom (?:(?:${any(parties.ORIGIN_EPITHETS)}) )?(?:${any(parties.ORIGIN_NAMES)})|[^;:,]{0,30}?\\b(?:${any(parties.OF_ORIGIN)})|(?![^;:,]{0,40}?\\b(?:${any(parties.PART_WORDS)})\\b)[^;:,]{0,40}?\\b(?:${any(parties.SUPPLIED_BY)}) (?:${any(parties.ORIGIN_NAMES)})|[^;:,]{0,40}?\\b(?:${any(clauses.RELATIVE_PRONOUNS)})\\b[^;:,]{0,30}?(?<!\\bnot )\\b(?:${any(parties.MADE_IN)}) (?:${any(parties.ORIGIN_NAMES)})|[^;:,]{0,90}?\\b(?:${any(parties.WERE)}) (?:${any(parties.MADE_IN)}) (?:${any(parties.ORIGIN_NAMES)})|(?![^;:,]{0,60}?\\b(?:${any(parties.NOT_ACROSS_TO_ORIGIN)})\\b)[^;:,]{0,60}?\\b(?:${any(parties.WERE)}) from (?:${any(parties.ORIGIN_NAMES)})|[^;:,]{0,24}?(?<!\\bnot )\\b(?:${any(parties.MADE_IN)}) (?:${any(parties.ORIGIN_NAMES)}))\\b`,
);

/** A party after these words is a source, not an owner: "according to BBC Ukraine". */
export const SOURCE_BEFORE = new RegExp(
  `\\b(?:${speakers.ACCORDING_TO}|${any(speakers.SOURCE_BY)}) (?:${clauses.DEFINITE_ARTICLE} )?(?:[a-z.']+ ){0,3}$`,
);

/** A party followed by one of these receives the count: "Moscow had received several dozen missiles". */
export const RECIPIENT_AFTER = new RegExp(`^(?:'s)? (?:(?:${any(clauses.PERFECT_AUXILIARIES)}) )?(?:${any(speakers.RECEIVING)})\\b`);

/**
 * A party followed by one of these is a source of the number, not its owner ("Ukraine says", "South
 * Korea, the U.S., and Ukraine estimate"); not where
 * they are said of it ("North Korean troops are believed to have incurred…").
 */
export const SPEAKER_AFTER = new RegExp(
  `^\\.?(?:'s)?(?:, (?:${clauses.DEFINITE_ARTICLE} )?[a-z.']+(?: [a-z.']+)?(?=,)){0,3}(?:,? (?:${any(clauses.CONJUNCTIONS)}) [a-z.']+(?: [a-z.']+)?)?(?: (?!(?:${any(speakers.COUNTED_NOT_SPEAKING)})\\b)[a-z.'-]+){0,2}? (?<!\\b(?:${any(clauses.ARTICLES)}) )(?:(?:${any(speakers.SPEAKER_WORDS)})\\b(?! to\\b)|(?:${any(speakers.SPEAKER_THAT_WORDS.words)})\\b(?! (?:${any(speakers.SPEAKER_THAT_WORDS.notBefore)})\\b))`,
);

/** A party after these words receives or hosts the count ("provided Russia with…"); it does not own it. */
export const DESTINATION_BEFORE = new RegExp(
  `(?:^|\\s)(?:${any(speakers.DESTINATION_BEFORE)})(?: (?:${any([...speakers.PLACE_PARTS, ...speakers.LEADER_TITLES])}))? $`,
);
