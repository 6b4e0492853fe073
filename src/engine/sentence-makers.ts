/**
 * The makers a sentence names, in the shapes English reporting uses: before a
 * verb of saying ("the NIS said"), after it at a clause's start ('," said
 * Kirby'), between commas before it ("Ukraine's president, Volodymyr Zelensky,
 * said"), after a lead-in ("according to") or a relay ("citing"), and as the
 * owner of an estimate ("Seoul's estimate of"). Works on folded text (fold-text.ts);
 * the words are the lexicon's. Which maker a figure gets is attribution.ts's.
 */
import { alternation, anyWord } from './lexicon/compile';
import {
  AFTER_MAKER,
  AGENT_BEFORE_RELATIVE,
  BEFORE_MAKER,
  BEFORE_MAKERS_FIGURE,
  BEFORE_NAME,
  BEFORE_OWNER,
  BETWEEN_MAKER_AND_VERB,
  CHARGE_AFTER_MAKER,
  CLAIMED_NOT_SAID,
  HEADLINE_COLUMNS,
  HEADLINE_LABELS,
  HEADLINE_MAKER_NOT_FIRST,
  HEADLINE_MAKER_WORDS,
  INTERJECTED_VERBS,
  INTERVIEW_ASIDES,
  LABEL_LOSSES,
  MADE_BY,
  MAKERS_FIGURE,
  MAKERS_JOINED,
  NAME_GOES_ON_AFTER_BRACKETS,
  NEWS_OUTLETS,
  NO_MAKER_BEFORE_VERB,
  NOT_A_MAKER_AFTER_VERB,
  NOT_A_RELAY_AFTER,
  NOUN_DETERMINERS,
  NOUN_LIKE_VERBS,
  PARTICIPLE_AFTER_VERB,
  PEOPLE_BEFORE_PARTICIPLE,
  PLACE_AFTER_BRACKETS,
  PRONOUN_OPENERS,
  PRONOUNS,
  RELATIVE_MAKERS,
  RELAY_BEFORE_MAKER,
  SAYING_VERBS,
  SAYING_VERBS_BEFORE_MAKER,
  VALUE_PARTICIPLE,
} from './lexicon/en/attribution';
import type { Span } from './segment-text';
import { meter } from './step-meter';

/** A maker named in a sentence: its span, the span of the words that cue it, and how it is named. */
export interface Maker extends Span {
  readonly cue: Span;
  /** Named after "citing", "quoting": the body a relay repeats, which outranks the relay. */
  readonly relayed: boolean;
  /** "he", "they": the name is in a sentence before. */
  readonly pronoun: boolean;
  /** A news outlet ("according to Yonhap"): it carries figures more than it makes them. */
  readonly outlet: boolean;
}

/** A maker's name is a few words; past that, the words are the claim's, not a name. */
const MAX_WORDS = 8;
/** How far a name is looked for from its cue, in characters: eight long words. */
export const WINDOW = 160;

const VERB = anyWord(SAYING_VERBS, 'g');
const INVERTING = new Set<string>(SAYING_VERBS_BEFORE_MAKER);
const NEXT_IS_VERB = new RegExp(`^ (?:${alternation(SAYING_VERBS)})\\b`);
const PARTICIPLE_NEXT = new RegExp(`^ (?:${alternation(PARTICIPLE_AFTER_VERB)})\\b`);
/** The people counted, or their losses, as a headline's label: "DPRK troops: 11K deployed", "Russian Casualties Soar:". */
const PEOPLE_LABEL = new RegExp(`\\b(?:${alternation(PEOPLE_BEFORE_PARTICIPLE)})$|\\b(?:${alternation(LABEL_LOSSES)})\\b`);
const PEOPLE_BEFORE_VERB = new RegExp(`\\b(?:${alternation(PEOPLE_BEFORE_PARTICIPLE)}),? $`);
const VALUE_AT_NEXT = new RegExp(`^ ${VALUE_PARTICIPLE.at} (?:(?:${alternation(VALUE_PARTICIPLE.leads)}) )?[\\d$\u00A3\u20AC\u20A9]`);
const VALUE_VERBS = new Set<string>(VALUE_PARTICIPLE.verbs);
/** The thing valued right before the verb, perhaps where it went: "arms exports to Russia estimated at $5.5 billion". */
const THING_BEFORE_VERB = new RegExp(
  `\\b(?:${alternation(VALUE_PARTICIPLE.things)})(?: (?:${alternation(VALUE_PARTICIPLE.links)}) [a-z.'-]+)? $`,
);
const PLACE_AFTER_BRACKET = new RegExp(`^(?:${alternation(PLACE_AFTER_BRACKETS)}) `);
const LEAD_IN = new RegExp(`\\b(?:${alternation(BEFORE_MAKER)}) `, 'g');
const RELAY = new RegExp(`\\b(?:${alternation(RELAY_BEFORE_MAKER)}) `, 'g');
const POSSESSIVE = new RegExp(`(?:'s|(?<=s)') (?:(?:${alternation(BEFORE_MAKERS_FIGURE)}) )?(?:${alternation(MAKERS_FIGURE)})\\b`, 'g');
/** What ends a name: a clause's punctuation, a number, or a word that goes on with the clause. */
const NAME_ENDS_SOURCE = `[,;:()\\[\\]"\\u2014]|\\d|\\b(?:${alternation(AFTER_MAKER)})\\b|\\b(?:${alternation(CHARGE_AFTER_MAKER.links)}) [a-z]+${CHARGE_AFTER_MAKER.gerund}\\b`;
const NAME_ENDS = new RegExp(NAME_ENDS_SOURCE);
const NAME_ENDS_ALL = new RegExp(NAME_ENDS_SOURCE, 'g');
/** What ends the owner of a possessive, besides what ends any name. */
const OWNER_ENDS_ALL = new RegExp(`\\b(?:${alternation(BEFORE_OWNER)})\\b`, 'g');
const BETWEEN = new Set<string>(BETWEEN_MAKER_AND_VERB);
const NO_MAKER_BEFORE = new Set<string>(NO_MAKER_BEFORE_VERB);
const NOT_AFTER_VERB = new RegExp(`^\\s*(?:${alternation(NOT_A_MAKER_AFTER_VERB)})\\b`);
const DETERMINER = new RegExp(`^(?:(?:${alternation(BEFORE_NAME)}) )+`);
const PRONOUN = new RegExp(`^(?:(?:${alternation(PRONOUN_OPENERS)}) )?(?:${alternation(PRONOUNS)})$`);
/** A body's short name in brackets after its full one, before the verb: "Joint Chiefs of Staff (JCS) said". */
const ACRONYM_AT_END = / ?\([a-z.]{2,12}\)$/;
/**
 * …or before the rest of the name, which goes on with "of": "the National Intelligence Service (NIS) of South Korea
 * reported" (not a dateline's agency, "SEOUL (AFP) South Korea's spy agency said").
 */
const ACRONYM_BEFORE = / ?\([a-z.]{2,12}\) $/;
const NAME_GOES_ON = new RegExp(`^(?:${alternation(NAME_GOES_ON_AFTER_BRACKETS)}) `);
const QUOTED_AS_SAYING = new RegExp(`\\b(?:${alternation(NOT_A_RELAY_AFTER)})$`);
const NOT_A_RELAY = new RegExp(`^(?:${alternation(NOT_A_RELAY_AFTER)})\\b`);
/** A headline's maker after a colon at its end: "…troops to Russia: Zelenskyy". */
const HEADLINE_MAKER = new RegExp(
  `: (?!(?:${alternation(HEADLINE_MAKER_NOT_FIRST)}) )((?:[a-z.'-]+ ){0,${HEADLINE_MAKER_WORDS - 1}}[a-z.'-]+)[.!]?\\s*$`,
);
/**
 * A headline's maker before a colon at its start: "Zelenskyy: Russia plans to deploy…"; not "Quote:", nor a column's
 * name ("Ukraine war briefing:").
 */
const HEADLINE_LEAD_MAKER = new RegExp(
  `^(?!(?:${alternation(HEADLINE_LABELS)}):)(?!(?:[a-z.'-]+ ){0,3}(?:${alternation(HEADLINE_COLUMNS.words)}) (?:[a-z.'-]+ ){0,2}(?:${alternation(HEADLINE_COLUMNS.heads)}):)((?:[a-z.'-]+ ){0,${HEADLINE_MAKER_WORDS - 1}}[a-z.'-]+): `,
);
/** The outlet a maker spoke to, between them and the verb: ", in an interview with Bloomberg". */
const INTERVIEW_ASIDE = new RegExp(`,? (?:${alternation(INTERVIEW_ASIDES)}) [a-z.'&-]+(?: [a-z.'&-]+){0,3}$`);
/** What a lead-in names before the maker who follows "by": "data provided in mid-January by". */
const MADE_BY_INNER = new RegExp(`^(?:the )?(?:${alternation(MADE_BY.things)})\\b[^,;]*? ${MADE_BY.by} `);
/** Punctuation after which a maker may follow its verb: '…," said Kirby', '…, said the ministry'. */
const RELATIVE_MAKER = new RegExp(`, (?:${alternation(RELATIVE_MAKERS)})$`);
/** People or losses, as the noun of a count and what follows it: "troops", "North Korean soldiers in Kursk". */
const COUNTED_NAME = new RegExp(`^(?:[a-z'-]+ ){0,2}(?:${alternation([...PEOPLE_BEFORE_PARTICIPLE, ...LABEL_LOSSES])})\\b`);
/** Nothing but an article before a clause's subject, or the preposition of an agent: "a briefing by the NIS, which". */
const SUBJECT_OPENS = new RegExp(`(?:^\\s*|\\b(?:${alternation(AGENT_BEFORE_RELATIVE)}) )(?:the |a |an )?$`);
const INTERJECTED = new Set<string>(INTERJECTED_VERBS);
const CLAIMED = new Set<string>(CLAIMED_NOT_SAID.verbs);
const CLAIMED_OBJECT = new RegExp(`^ (?:${alternation(CLAIMED_NOT_SAID.objects)})\\b`);
const AGENT_AT_START = new RegExp(`^(?:${alternation(AGENT_BEFORE_RELATIVE)}) (?:the )?`);
/** A count right before a name, whose noun the name is: "2,000 troops". */
// Grouped thousands or three digits: not a day ("On Dec. 23 Ukrainian President…") nor a year ("2026 Zelensky told").
const COUNT_BEFORE_NAME = /(?:\d,\d{3}|(?<!\d)\d{3}) ?$/;
const CLAUSE_PUNCTUATION = /[,;:"\u2014(]\s*$/;
const NOUN_LIKE = new Set<string>(NOUN_LIKE_VERBS);
const NOUN_BEFORE_VERB = new RegExp(`(?:\\b(?:${alternation(NOUN_DETERMINERS)})\\b|'s?\\b)`);
/** A list of makers as adjectives, ended by its joiner, before a name: "south korean, u.s., and ". */
const LISTED_LAST = new RegExp(`(?<![a-z.])(?:${alternation(MAKERS_JOINED.adjectives)}),? (?:${alternation(MAKERS_JOINED.joiners)}) $`);
/** …and each one before it: "south korean, ". */
const LISTED_ONE = new RegExp(`(?<![a-z.])(?:${alternation(MAKERS_JOINED.adjectives)}),? $`);
const LISTED_REACH = 60;

/** How far before `at` a list of makers as adjectives ends by its joiner starts, or -1: "south korean, u.s., and ". */
function listedBefore(s: string, at: number): number {
  const from = Math.max(0, at - LISTED_REACH);
  const last = LISTED_LAST.exec(s.slice(from, at));
  if (!last) return -1;
  let start = from + last.index;
  for (let one = LISTED_ONE.exec(s.slice(from, start)); one; one = LISTED_ONE.exec(s.slice(from, start))) {
    meter.steps++;
    start = from + one.index;
  }
  return start;
}

/**
 * Trims a name to its words: no determiner before, no punctuation after. A name
 * after its cue is cut at MAX_WORDS; one before its verb that runs longer is a
 * clause, not a name ("North Korean troops fighting in the region have said").
 */
function nameIn(s: string, start: number, end: number, after: boolean): Span | undefined {
  let a = start;
  let b = end;
  // Nor a dateline's dash before it: "SEOUL (Reuters) - South Korea's spy agency said".
  while (a < b && /[\s'.\-\u2013]/.test(s[a]!)) {
    meter.steps++;
    a++;
  }
  while (b > a && /[\s.']/.test(s[b - 1]!)) {
    meter.steps++;
    b--;
  }
  const words = s.slice(a, b).split(/\s+/);
  if (words.length > MAX_WORDS) {
    if (!after) return undefined;
    b = a + words.slice(0, MAX_WORDS).join(' ').length;
  }
  const determiner = DETERMINER.exec(s.slice(a, b));
  if (determiner) a += determiner[0].length;
  return a < b ? { start: a, end: b } : undefined;
}

/** A cue inside a name that passes the name on: "according to an analysis of satellite images by the Open Source Center". */
const INNER_LEAD_IN = new RegExp(LEAD_IN.source);

/** The name that starts at `from`, up to whatever ends it; where a cue stands within, the name after that cue. */
function nameAfter(s: string, from: number): Span | undefined {
  // Read past the words that end a name: "data provided in mid-January by the NIS" names the NIS.
  const madeBy = MADE_BY_INNER.exec(s.slice(from, from + WINDOW));
  if (madeBy) return nameAfter(s, from + madeBy[0].length);
  const ends = NAME_ENDS.exec(s.slice(from, from + WINDOW));
  const to = ends ? from + ends.index : Math.min(s.length, from + WINDOW);
  const inner = INNER_LEAD_IN.exec(s.slice(from, to));
  if (inner && inner.index > 0) return nameAfter(s, from + inner.index + inner[0].length);

  return nameIn(s, from, to, true);
}

/** The name that ends at `to`, back to whatever ends it (for an owner, a preposition too). */
function nameBefore(s: string, to: number, owner: boolean): Span | undefined {
  const from = Math.max(0, to - WINDOW);
  const window = s.slice(from, to);
  let start = -1;
  // Another verb of saying ends a name too: "Park said the NIS estimates" is the NIS's estimate.
  for (const ends of owner ? [NAME_ENDS_ALL, VERB, OWNER_ENDS_ALL] : [NAME_ENDS_ALL, VERB]) {
    meter.steps++;
    for (const m of window.matchAll(ends)) {
      meter.steps++;
      // A verb of saying right before the cue is a noun of the name: "Western estimates suggest".
      if (ends === VERB && window.slice(m.index + m[0].length).trim() === '') continue;
      start = Math.max(start, m.index + m[0].length);
    }
  }
  if (start < 0 && from > 0) return undefined;
  return nameIn(s, from + Math.max(0, start), to, false);
}

function lastWord(s: string): string {
  const end = s.trimEnd();
  return end.slice(end.lastIndexOf(' ') + 1);
}

/** `s` without the words of `words` at its end: "the NIS has also" is "the NIS". */
function withoutLastWords(s: string, words: ReadonlySet<string>): string {
  let rest = s.trimEnd();
  for (;;) {
    meter.steps++;
    const word = lastWord(rest);
    if (word === '') return rest;
    if (words.has(word)) {
      rest = rest.slice(0, rest.length - word.length).trimEnd();
      continue;
    }
    // Two words the set holds as one: "last month", "on Monday".
    const before = rest.slice(0, rest.length - word.length).trimEnd();
    const pair = `${lastWord(before)} ${word}`;
    if (lastWord(before) === '' || !words.has(pair)) return rest;
    rest = before.slice(0, before.length - lastWord(before).length).trimEnd();
  }
}

/** Whether a name is the people or losses a count right before it counts: "2,000 troops", not "11,000 Seoul says". */
function countsNoun(s: string, name: Span): boolean {
  return COUNT_BEFORE_NAME.test(s.slice(Math.max(0, name.start - 16), name.start)) && COUNTED_NAME.test(s.slice(name.start, name.end));
}

/** The words of a clause before a position: after its last comma, semicolon or colon. */
function clauseLead(s: string, at: number): string {
  const lead = s.slice(Math.max(0, at - WINDOW), at);
  return lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
}

const OUTLETS = new Set<string>(NEWS_OUTLETS);

function maker(s: string, name: Span | undefined, cue: Span, relayed: boolean): Maker | undefined {
  if (!name) return undefined;
  const words = s.slice(name.start, name.end);
  return { ...name, cue, relayed, pronoun: PRONOUN.test(words), outlet: OUTLETS.has(words) };
}

/** The maker a verb of saying names: before it ("the NIS said"), or after it at a clause's start ('," said Kirby'). */
function makerOfVerb(s: string, cue: Span, verb: string): Maker | undefined {
  const after = s.slice(cue.end, cue.end + WINDOW);
  // "The fighting claimed the lives of 300": a loss, no statement.
  if (CLAIMED.has(verb) && CLAIMED_OBJECT.test(after)) return undefined;
  // "the deployment of, say, 100,000 troops": a number set as an example, no one saying it.
  if (INTERJECTED.has(verb) && after.startsWith(',') && s.slice(0, cue.start).trimEnd().endsWith(',')) return undefined;
  // "estimates suggest", "reports say": the first is a noun, the maker of the second's.
  if (NEXT_IS_VERB.test(after)) return undefined;
  // "Moscow denied a Ukrainian report that…", "its estimate that…": a noun after its determiner or owner.
  if (NOUN_LIKE.has(verb) && NOUN_BEFORE_VERB.test(clauseLead(s, cue.start))) return undefined;
  // "soldiers assessed to be in Russia": a participle, no statement.
  if (PARTICIPLE_NEXT.test(after) && PEOPLE_BEFORE_VERB.test(s.slice(Math.max(0, cue.start - 24), cue.start))) return undefined;
  // "payments estimated at $1.2 billion": a participle of the thing valued.
  if (VALUE_VERBS.has(verb) && VALUE_AT_NEXT.test(after) && THING_BEFORE_VERB.test(s.slice(Math.max(0, cue.start - 40), cue.start)))
    return undefined;
  // "reported by Yonhap": the maker follows "by".
  // Not "Shoigu was cited as saying by TASS": the one quoted is named before.
  if (/^ by\b/.test(after) && !QUOTED_AS_SAYING.test(verb)) return maker(s, nameAfter(s, cue.end + 4), cue, false);
  const from = Math.max(0, cue.start - WINDOW);
  const before = withoutLastWords(s.slice(from, cue.start), BETWEEN).trimEnd().replace(ACRONYM_AT_END, '').replace(INTERVIEW_ASIDE, '');
  // "The NIS, which estimates that…": the maker named before the relative pronoun.
  // Only the subject of its clause: not "The NIS briefed lawmaker Lee, who said", "Zelensky told CNN, which reported".
  const relative = RELATIVE_MAKER.exec(before);
  if (relative) {
    const named = nameBefore(s, from + relative.index, false);
    // The name read back may begin with its agent's preposition: "by South Korea's spy agency".
    const agent = named ? AGENT_AT_START.exec(s.slice(named.start, named.end)) : null;
    const head = named && agent ? { ...named, start: named.start + agent[0].length } : named;
    return head && (agent || SUBJECT_OPENS.test(clauseLead(s, head.start))) ? maker(s, head, cue, false) : undefined;
  }
  // "troops were reported killed", "declined to say": no maker before the verb.
  if (NO_MAKER_BEFORE.has(lastWord(before))) return undefined;
  // "North Korea's estimated 11,000 troops": a possessive owns a noun, it makes no statement.
  const found = /'s?\s*$/.test(before) ? undefined : nameBefore(s, from + before.trimEnd().length, false);
  // Not the noun of a count right before the verb, a participle of it: "with 41,980 casualties reported last month".
  const name = found && countsNoun(s, found) ? undefined : found;
  // The last of makers listed as adjectives of one noun: the list is the maker ("South Korean, U.S., and Ukrainian
  // intelligence agencies say"), which names no one body.
  const listed = name ? listedBefore(s, name.start) : -1;
  if (name && listed >= 0) return maker(s, { start: listed, end: name.end }, cue, false);
  if (name) {
    // The name goes on before its brackets: "the National Intelligence Service (NIS) of South Korea".
    const lead = Math.max(0, name.start - 16);
    const words = s.slice(name.start, name.end);
    const goesOn = NAME_GOES_ON.test(words);
    const placed = PLACE_AFTER_BRACKET.test(words);
    const bracket = goesOn || placed ? ACRONYM_BEFORE.exec(s.slice(lead, name.start)) : null;
    const full = bracket ? nameBefore(s, lead + bracket.index, false) : undefined;
    // "(GUR) in Kyiv reported": the body before its brackets, not the place after them.
    if (full && placed) return maker(s, full, cue, false);
    return maker(s, full ? { start: full.start, end: name.end } : name, cue, false);
  }
  const clauseStart = CLAUSE_PUNCTUATION.test(before) || (from === 0 && before.trim() === '');
  const inverted = INVERTING.has(verb) && clauseStart && !NOT_AFTER_VERB.test(after) ? nameAfter(s, cue.end) : undefined;
  if (inverted) return maker(s, inverted, cue, false);
  // "Ukraine's president, Volodymyr Zelensky, said": the words between the commas name the maker.
  // Not the noun of a count that ends the clause before: "the spy agency, which claims Pyongyang lost 2,000 troops,
  // briefed lawmakers".
  // So too between dashes: "the National Intelligence Service — South Korea's main spy agency — said".
  const between = before.endsWith(',') || before.endsWith('\u2014') ? nameBefore(s, from + before.length - 1, false) : undefined;
  return between && !COUNT_BEFORE_NAME.test(s.slice(Math.max(0, between.start - 16), between.start))
    ? maker(s, between, cue, false)
    : undefined;
}

/** Every maker a folded sentence names, in the order of their cues. */
export function makersIn(s: string): Maker[] {
  const found: Maker[] = [];
  const add = (m: Maker | undefined) => {
    if (m) found.push(m);
  };
  for (const m of s.matchAll(LEAD_IN)) {
    meter.steps++;
    add(maker(s, nameAfter(s, m.index + m[0].length), { start: m.index, end: m.index + m[0].length }, false));
  }
  for (const m of s.matchAll(RELAY)) {
    meter.steps++;
    if (NOT_A_RELAY.test(s.slice(m.index + m[0].length))) continue;
    add(maker(s, nameAfter(s, m.index + m[0].length), { start: m.index, end: m.index + m[0].length }, true));
  }
  for (const m of s.matchAll(POSSESSIVE)) {
    meter.steps++;
    add(maker(s, nameBefore(s, m.index, true), { start: m.index, end: m.index + m[0].length }, false));
  }
  for (const m of s.matchAll(VERB)) {
    meter.steps++;
    add(makerOfVerb(s, { start: m.index, end: m.index + m[0].length }, m[0]));
  }
  // A headline's maker before or after a colon, where no other is named: not a dateline ("SEOUL: Around 300 North
  // Korean soldiers have been killed…, a South Korean lawmaker said").
  if (found.length > 0) return found.sort((a, b) => a.cue.start - b.cue.start);
  const lead = HEADLINE_LEAD_MAKER.exec(s);
  // Not the people counted, as a label: "DPRK troops: 11K deployed, 4K casualties".
  if (lead && !NAME_ENDS.test(lead[1]!) && !PEOPLE_LABEL.test(lead[1]!))
    add(maker(s, { start: 0, end: lead[1]!.length }, { start: lead[1]!.length, end: lead[0].length }, false));
  const headline = HEADLINE_MAKER.exec(s);
  // A name, not a phrase of the clause: not "…for the two young men: life as a defector."
  if (headline && !NAME_ENDS.test(headline[1]!)) {
    const start = headline.index + 2;
    add(maker(s, { start, end: start + headline[1]!.length }, { start: headline.index, end: start }, false));
  }
  return found.sort((a, b) => a.cue.start - b.cue.start);
}
