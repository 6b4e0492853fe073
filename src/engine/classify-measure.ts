/**
 * Names the measure of one quantity from the words around it in its sentence:
 * the noun it counts, what happened to them (killed, promised…), whose they are,
 * and what money was paid for. All text here is folded (fold-text.ts).
 */
import {
  ADDITIONAL,
  AMMUNITION,
  CASUALTY_PREDICATE,
  CASUALTY_SCOPES,
  MILITARY_CARGO,
  MONEY_CUES,
  NOUN_MODIFIER,
  NOUNS,
  type NounKind,
  PLANNED_VERBS,
  RUSSIA,
  SENT_AFTER,
  SENT_BEFORE,
} from './measure-cues';
import type { Measure, Scope } from './measures';
import type { Quantity } from './quantity';
import { NORTH_KOREA, type Owner, OWNERS, SPEAKER_AFTER } from './topic-keywords';

/** One quantity in its sentence: offsets relative to `sentence`, which is folded. */
export interface InSentence {
  readonly sentence: string;
  readonly quantity: Quantity;
  /** Where the neighbouring quantities end and begin, so cues are not borrowed from them. */
  readonly prevEnd: number;
  readonly nextStart: number;
  /** The quantity before this one in the sentence: "43,000 of its soldiers were killed and 370,000 wounded". */
  readonly previous?: Quantity;
}

export interface Classified {
  readonly measure: Measure;
  readonly scope?: Scope;
  /** For money: what the cue said about the period ("per month"). */
  readonly per?: 'month' | 'year';
}

interface Noun {
  readonly kind: NounKind;
  readonly modifiers: string;
  readonly text: string;
}

const AFTER_WINDOW = 60;
const BEFORE_WINDOW = 90;
/** A party after these words receives or hosts the count; it does not own it ("provided Russia with…"). */
const DESTINATION_BEFORE =
  /(?:^|\s)(?:to|for|in|into|with|against|alongside|inside|toward|towards|on|at|of|provided|provides|providing|supplied|supplies|supplying|gave|gives|giving|sent|sends|sending|sold|sells|selling|delivered|delivering|shipped|shipping|offered|offering|handed|paid|pays|paying|help|helps|helping|helped|support|supports|supporting|supported|promised|promises|pledged|aid|aiding|aided|assist|assisting|assisted|bolster|bolstering) $/;

/** The noun the number counts, reading forward past modifiers ("64 separate shipments"). */
function nounAfter(after: string): Noun | null {
  let i = 0;
  let modifiers = '';
  for (let word = 0; word < 7; word++) {
    while (after[i] === ' ') i++;
    const rest = after.slice(i);
    for (const noun of NOUNS) {
      const m = noun.re.exec(rest);
      if (m) return { kind: noun.kind, modifiers, text: m[0] };
    }
    const mod = NOUN_MODIFIER.exec(rest) ?? /^(?:kn-\d+[a-z]*|hwasong-\d+|n\. ?korean)\b/.exec(rest);
    if (!mod) return null;
    modifiers += `${mod[0]} `;
    i += mod[0].length;
  }
  return null;
}

/** The nearest noun before the number in its clause ("troop deployment of 3,000"). */
function nounBefore(before: string): Noun | null {
  const words = before.split(/(?<=[\s(])/);
  for (let n = words.length - 1, seen = 0; n >= 0 && seen < 7; n--, seen++) {
    const rest = words.slice(n).join('');
    if (/^[;:]/.test(rest.trimStart())) return null;
    for (const noun of NOUNS) {
      const m = noun.re.exec(rest);
      if (m && noun.kind !== 'none') return { kind: noun.kind, modifiers: '', text: m[0] };
    }
  }
  return null;
}

function ownerOfWords(words: string): Owner | null {
  for (const { owner, re } of OWNERS) {
    re.lastIndex = 0;
    if (re.test(words)) return owner;
  }
  return null;
}

/** Where a clause ends, for the owner search: a semicolon, a spaced dash, a comparison. */
const CLAUSE_BREAK_AFTER = /[;:(\u2014]|\s-|-\s| compared (?:to|with)\b| while\b| whereas\b| but\b/;
const CLAUSE_BREAK_BEFORE = /.*(?:[;:)\u2014]|\s-|-\s)/s;
const ORIGIN_AFTER = /^[^;:]{0,40}?\bfrom (?:north korea|pyongyang|the dprk|the north)\b/;

/** Party mentions in `text` that can own a count: not a speaker ("Ukraine says"), not a recipient ("to Russia"). */
function owners(text: string, offset: number, sentence: string): { owner: Owner; at: number; end: number }[] {
  const found: { owner: Owner; at: number; end: number }[] = [];
  for (const { owner, re } of OWNERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const at = offset + m.index;
      const end = at + m[0].length;
      if (sentence && SPEAKER_AFTER.test(sentence.slice(end, end + 60))) continue;
      if (sentence && DESTINATION_BEFORE.test(sentence.slice(Math.max(0, at - 16), at))) continue;
      found.push({ owner, at, end });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Whose the counted people or things are: said by the noun phrase, a possessive,
 * an origin ("from North Korea"), else the nearest party before the number in its
 * clause, else just after it; by default North Korea, which the passage is about.
 */
function ownerOf(s: InSentence, noun: Noun | null): Owner {
  const fromNoun = noun && ownerOfWords(`${noun.modifiers}${noun.text}`);
  if (fromNoun) return fromNoun;
  const q = s.quantity;
  // "43,000 of its soldiers": its is the party that spoke last, speakers included.
  if (noun && /\b(?:its|their)(?: own)? $/.test(noun.modifiers)) {
    const named = owners(s.sentence.slice(0, q.start), 0, '');
    if (named.length > 0) return named[named.length - 1]!.owner;
  }
  const possessive = /([a-z.]+(?: union)?)'s? $/.exec(s.sentence.slice(Math.max(0, q.start - 30), q.start));
  const owned = possessive && ownerOfWords(`${possessive[1]}'s`);
  if (owned) return owned;
  const afterText = s.sentence.slice(q.end);
  if (ORIGIN_AFTER.test(afterText)) return 'north_korea';
  const beforeText = s.sentence.slice(0, q.start);
  const clauseStart = CLAUSE_BREAK_BEFORE.exec(beforeText)?.[0].length ?? 0;
  const before = owners(beforeText.slice(clauseStart), clauseStart, s.sentence);
  const nearestBefore = before[before.length - 1];
  if (nearestBefore) return nearestBefore.owner;
  const breakAt = CLAUSE_BREAK_AFTER.exec(afterText)?.index ?? afterText.length;
  const after = owners(afterText.slice(0, Math.min(breakAt, 40)), q.end, s.sentence);
  return after[0]?.owner ?? 'north_korea';
}

/** The scope nearest the number: first after it, else last before it. Ties go to "killed and wounded". */
function casualtyScope(after: string, before: string): Scope | null {
  let found: { scope: Scope; at: number } | null = null;
  for (const { scope, re } of CASUALTY_SCOPES) {
    const m = re.exec(after);
    if (m && (!found || m.index < found.at)) found = { scope, at: m.index };
  }
  if (found) return found.scope;
  for (const { scope, re } of CASUALTY_SCOPES) {
    const global = new RegExp(re.source, 'g');
    let last = -1;
    for (let m = global.exec(before); m; m = global.exec(before)) last = m.index + m[0].length;
    if (last >= 0 && (!found || last > found.at)) found = { scope, at: last };
  }
  return found?.scope ?? null;
}

export const NK_LOSSES: Readonly<Record<Scope, Measure>> = {
  killed: 'nk_killed',
  wounded: 'nk_wounded',
  killed_and_wounded: 'nk_casualties',
  captured: 'nk_captured',
};

/** What happened to counted people is said in their own clause ("3,000 troops, with casualties…" is not). */
const SCOPE_CLAUSE_END = /[,;:(\u2014]|\s-\s| with | while | whereas | but /;

/** The second of a pair ("43,000 of its soldiers were killed and 370,000 wounded") belongs to the first's owner. */
function inheritedOwner(s: InSentence): Owner | null {
  const prev = s.previous;
  const between = s.sentence.slice(s.prevEnd, s.quantity.start);
  if (!prev || between.length > 60 || !/\b(?:and|or)\s*$/.test(between)) return null;
  const noun = nounAfter(between);
  if (!noun) return null;
  return ownerOf({ ...s, quantity: prev, previous: undefined }, noun);
}

function people(s: InSentence, noun: Noun | null, after: string, before: string): Classified | null {
  const clauseEnd = SCOPE_CLAUSE_END.exec(after)?.index ?? after.length;
  const scope = casualtyScope(after.slice(0, clauseEnd), before);
  // "people" are soldiers only where the sentence has said whose ("…North Korean soldiers… exceeds 3,000 people").
  if (noun?.text === 'people' && !(scope && NORTH_KOREA.test(s.sentence.slice(0, s.quantity.start)))) return null;
  const owner = inheritedOwner(s) ?? ownerOf(s, noun);
  if (scope) {
    if (owner === 'north_korea') return { measure: NK_LOSSES[scope], scope };
    if (owner === 'russia' && scope !== 'captured') return { measure: 'russian_casualties', scope };
    return null;
  }
  if (noun?.kind !== 'personnel' || owner !== 'north_korea') return null;
  const justBefore = before.slice(-24);
  const additional = ADDITIONAL.test(noun.modifiers) || /\b(?:an additional|another|a further|an extra|a new batch of|up to an additional) $/.test(justBefore);
  const planned = additional || PLANNED_VERBS.test(s.sentence.slice(0, s.quantity.start)) || /^ (?:(?:more|additional) )?(?:troops|soldiers|personnel) (?:to be|being|are expected|were expected|will be|would be)\b/.test(after);
  return { measure: planned ? 'troops_planned' : 'troops_deployed' };
}

/** Money that is an economy's size, not a payment: "total trade with China was $2.3 billion". */
const NOT_PAYMENT = /\b(?:trade|exports?|imports?|gdp|budget|economy|turnover|revenue)\b/;

function money(s: InSentence, after: string, before: string): Classified | null {
  const named = NORTH_KOREA.test(s.sentence) || RUSSIA.test(s.sentence);
  if (!named && !/\b(?:soldiers?|troops|fighters|conscripts)\b/.test(s.sentence)) return null;
  if (ownerOf(s, null) === 'other' || NOT_PAYMENT.test(before.slice(-60))) return null;
  let best: { measure: Measure; at: number; cue: string } | null = null;
  for (const { measure, re } of MONEY_CUES) {
    const m = re.exec(after);
    if (m && (!best || m.index < best.at)) best = { measure, at: m.index, cue: m[0] };
  }
  if (!best) {
    for (const { measure, re } of MONEY_CUES) {
      const global = new RegExp(re.source, 'g');
      for (let m = global.exec(before); m; m = global.exec(before)) {
        if (!best || m.index > best.at) best = { measure, at: m.index, cue: m[0] };
      }
    }
  }
  if (!best) return null;
  const per = /year/.test(best.cue) ? 'year' : /month/.test(best.cue) ? 'month' : undefined;
  return per ? { measure: best.measure, per } : { measure: best.measure };
}

const FUNCTION_WORD_AFTER =
  /^(?:\s*$|\s*[,.;:)!?\u2014-]| (?:at|by|in|on|as|since|to|from|for|of|last|this|that|so|and|or|while|with|according|who|which|had|have|has|were|was|is|are|in total|altogether|so far)\b)/;

/**
 * The noun a number counts when none follows it: said just before ("the number of
 * casualties at about 1,100"), by what happened ("300 had been killed"), by a verb of
 * sending ("had sent about 3,000 more"), or by "more" in a sentence about troops.
 */
function impliedNoun(s: InSentence, after: string, before: string): Noun | null {
  if (CASUALTY_PREDICATE.test(after)) return { kind: 'casualties', modifiers: '', text: '' };
  // A noun is borrowed from before only across function words ("…casualties at about 1,100 at the time").
  const fromBefore = FUNCTION_WORD_AFTER.test(after) ? nounBefore(before) : null;
  if (fromBefore) return fromBefore;
  const bare = after.replace(/^ (?:more|additional|others?)\b/, '');
  const troops = /\b(?:troops?|soldiers|reinforcements|personnel|forces)\b/.test(s.sentence);
  if (SENT_BEFORE.test(before) || SENT_AFTER.test(after) || (bare !== after && troops)) {
    return { kind: 'personnel', modifiers: bare !== after ? 'more ' : '', text: '' };
  }
  return null;
}

/** The measure of a quantity, or null where it measures nothing Rangefinder tracks. */
export function classifyMeasure(s: InSentence): Classified | null {
  const q = s.quantity;
  const after = s.sentence.slice(q.end, Math.min(s.nextStart, q.end + AFTER_WINDOW));
  const before = s.sentence.slice(Math.max(s.prevEnd, q.start - BEFORE_WINDOW), q.start);
  if (q.unit === 'percent' || q.unit === 'fraction') {
    return AMMUNITION.test(s.sentence) && RUSSIA.test(s.sentence) ? { measure: 'share_of_russian_ammo' } : null;
  }
  if (q.unit !== 'count') return money(s, after, before);
  const noun = nounAfter(after) ?? impliedNoun(s, after, before);
  if (!noun || noun.kind === 'none') return null;
  // Cargo counts only as arms cargo: tonnes must say so; containers and voyages may say Russia instead.
  const cargo = noun.kind === 'containers' || noun.kind === 'shipments';
  if ((noun.kind === 'tons' || cargo) && !MILITARY_CARGO.test(s.sentence) && !(cargo && RUSSIA.test(s.sentence))) return null;
  switch (noun.kind) {
    case 'personnel':
    case 'casualties':
      return people(s, noun, after, before);
    case 'shells':
    case 'missiles':
    case 'containers':
    case 'shipments':
    case 'tons': {
      // Russian ships carry North Korean cargo: for shipments and containers only a third party disqualifies.
      const owner = ownerOf(s, noun);
      const logistics = noun.kind === 'shipments' || noun.kind === 'containers';
      if (owner === 'other' || (owner === 'russia' && !logistics)) return null;
      const measure = { shells: 'artillery_shells', missiles: 'missiles_rockets', containers: 'containers', shipments: 'shipments', tons: 'equipment_tons' } as const;
      return { measure: measure[noun.kind] };
    }
  }
}

/**
 * A share of people in the sentence ("of whom one-third have been wounded or killed"):
 * the casualty scope of the share, or null where the share is not of people lost.
 */
export function casualtyShareScope(s: InSentence): Scope | null {
  const q = s.quantity;
  if (q.unit !== 'percent' && q.unit !== 'fraction') return null;
  const after = s.sentence.slice(q.end, Math.min(s.nextStart, q.end + AFTER_WINDOW));
  const noun = nounAfter(after.replace(/^ of (?:them|those|whom|the)\b/, ''));
  if (noun && noun.kind !== 'personnel' && noun.kind !== 'casualties') return null;
  return casualtyScope(after, '');
}
