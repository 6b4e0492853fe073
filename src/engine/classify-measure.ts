/**
 * Names the measure of one quantity from the words around it in its sentence:
 * the noun it counts, what happened to them (killed, promised…), whose they are,
 * and what money was paid for. All text here is folded (fold-text.ts).
 */
import {
  ADDITIONAL,
  AMMUNITION,
  CASUALTY_COUNT_BEFORE,
  CASUALTY_PREDICATE,
  CASUALTY_SCOPES,
  DEPLOYED_VERBS,
  LOSS_BEFORE,
  MILITARY_CARGO,
  MONEY_CUES,
  NOUN_MODIFIER,
  NOUNS,
  type NounKind,
  PLANNED_AFTER,
  PLANNED_VERBS,
  RUSSIA,
  SENT_AFTER,
  SENT_BEFORE,
} from './measure-cues';
import type { Measure, Scope } from './measures';
import type { Quantity } from './quantity';
import { meter } from './step-meter';
import { NORTH_KOREA, OWNERS, type Owner, RECIPIENT_AFTER, SOURCE_BEFORE, SPEAKER_AFTER } from './topic-keywords';

/** One quantity in its sentence: offsets relative to `sentence`, which is folded. */
export interface InSentence {
  readonly sentence: string;
  readonly quantity: Quantity;
  /** Where the neighbouring quantities end and begin, so cues are not borrowed from them. */
  readonly prevEnd: number;
  readonly nextStart: number;
  /** The quantity before this one in the sentence: "43,000 of its soldiers were killed and 370,000 wounded". */
  readonly previous?: Quantity;
  /** What the sentence says anywhere (see `sentenceSays`), shared by every quantity in it. */
  readonly says: Says;
  /** The reader says the text is about North Korea (a selection): owners default to it. */
  readonly assumeTopic?: boolean;
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
function lookBack(s: InSentence): { text: string; from: number } {
  const end = s.quantity.start;
  if (end <= REACH) return { text: s.sentence.slice(0, end), from: 0 };
  // Not from inside a word: "…prussian" cut short is "russian".
  const inWord = /[a-z0-9]/.test(s.sentence[end - REACH - 1]!);
  const from = end - REACH + (inWord ? s.sentence.slice(end - REACH, end).indexOf(' ') + 1 : 0);
  return { text: s.sentence.slice(from, end), from };
}

export interface Classified {
  readonly measure: Measure;
  readonly scope?: Scope;
  /** For money: what the cue said about the period ("per month"). */
  readonly per?: 'month' | 'year';
  /** Where the figure's unit is not the measure's own ("tonnes of rice" given as aid). */
  readonly unit?: string;
}

interface Noun {
  readonly kind: NounKind;
  readonly modifiers: string;
  readonly text: string;
  /** Where the noun phrase ends in the text after the number (0 where it was not read there). */
  readonly end: number;
  /** Read after the number, borrowed from before it, or implied by the words around it. */
  readonly from: 'after' | 'before' | 'implied';
}

const AFTER_WINDOW = 60;
const BEFORE_WINDOW = 90;
const QUOTES = /["'\u201C\u201D]/;

/** A party after these words receives or hosts the count; it does not own it ("provided Russia with…"). */
const DESTINATION_BEFORE =
  /(?:^|\s)(?:to|for|in|into|with|against|alongside|inside|toward|towards|on|at|of|provided|provides|providing|supplied|supplies|supplying|gave|gives|giving|sent|sends|sending|sold|sells|selling|delivered|delivering|shipped|shipping|offered|offering|handed|paid|pays|paying|help|helps|helping|helped|support|supports|supporting|supported|promised|promises|pledged|aid|aiding|aided|assist|assisting|assisted|bolster|bolstering) $/;

/** Words a noun may be borrowed across ("…casualties at about 1,100 at the time"). */
const FUNCTION_WORD_AFTER =
  /^(?:\s*$|\s*[,.;:)!?\u2014"'-]| (?:at|by|in|on|as|since|to|from|for|of|last|this|that|so|and|or|while|with|according|who|which|had|have|has|were|was|is|are|in total|altogether|so far)\b)/;

/** The noun the number counts, reading forward past quotes and modifiers ("64 separate shipments"). */
function nounAfter(after: string): Noun | null {
  let i = 0;
  let modifiers = '';
  for (let word = 0; word < 8; word++) {
    meter.steps++;
    while (after[i] === ' ' || QUOTES.test(after[i] ?? '')) {
      meter.steps++;
      i++;
    }
    const rest = after.slice(i);
    for (const noun of NOUNS) {
      const m = noun.re.exec(rest);
      if (m) return { kind: noun.kind, modifiers, text: m[0], end: i + m[0].length, from: 'after' };
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
    meter.steps++;
    const rest = words.slice(n).join('');
    if (/^[;:]/.test(rest.trimStart())) return null;
    for (const noun of NOUNS) {
      const m = noun.re.exec(rest);
      if (m && noun.kind !== 'none') return { kind: noun.kind, modifiers: '', text: m[0], end: 0, from: 'before' };
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

/** Where a clause ends, for the owner search: a semicolon, a dash, a comparison. */
const CLAUSE_BREAK_AFTER = /[;:(\u2014]|\s-|-\s| compared (?:to|with)\b| while\b| whereas\b| but\b/;
const SPACE = /\s/;

/**
 * Where the clause a position is in starts: just after the last semicolon,
 * colon, closing bracket, em dash or spaced hyphen before it (0 if none). A
 * backwards scan: the regex `.*(?:[;:)—]|\s-|-\s)` says the same, but retries
 * from every offset of a sentence without a break.
 */
export function clauseStart(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    meter.steps++;
    const ch = before[i]!;
    if (ch === ';' || ch === ':' || ch === ')' || ch === '\u2014') return i + 1;
    const next = before[i + 1];
    if (next !== undefined && ((next === '-' && SPACE.test(ch)) || (ch === '-' && SPACE.test(next)))) return i + 2;
  }
  return 0;
}
const ORIGIN_AFTER = /^[^;:]{0,40}?\bfrom (?:north korea|pyongyang|the dprk|the north)\b/;

/** Party mentions in `text` that can own a count: not a speaker ("Ukraine says"), not a recipient ("to Russia"). */
function owners(text: string, offset: number, sentence: string): { owner: Owner; at: number }[] {
  const found: { owner: Owner; at: number }[] = [];
  for (const { owner, re } of OWNERS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      meter.steps++;
      const at = offset + m.index;
      const end = at + m[0].length;
      if (sentence && (SPEAKER_AFTER.test(sentence.slice(end, end + 60)) || RECIPIENT_AFTER.test(sentence.slice(end, end + 30)))) continue;
      if (sentence && DESTINATION_BEFORE.test(sentence.slice(Math.max(0, at - 16), at))) continue;
      if (sentence && SOURCE_BEFORE.test(sentence.slice(Math.max(0, at - 30), at))) continue;
      found.push({ owner, at });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * Whose the counted people or things are: said by the noun phrase, a possessive,
 * an origin ("from North Korea"), else the nearest party before the number in its
 * clause, else just after it; null where nothing says.
 */
function namedOwner(s: InSentence, noun: Noun | null): Owner | null {
  const words = noun ? `${noun.modifiers}${noun.text}` : '';
  // "50,000 Russian and North Korean troops", "dozens of officers — both Russian and North Korean": neither alone.
  const described =
    noun?.from === 'after' ? `${words} ${s.sentence.slice(s.quantity.end + noun.end, s.quantity.end + noun.end + 40)}` : words;
  if (
    /\brussian and north korean\b|\bnorth korean and russian\b/.test(described) ||
    (/\bnorth korean\b/.test(words) && /\brussian\b/.test(words))
  )
    return 'other';
  const fromNoun = noun && ownerOfWords(words);
  if (fromNoun) return fromNoun;
  const q = s.quantity;
  const back = lookBack(s);
  // "43,000 of its soldiers": "its" is the party named last, speakers included.
  if (noun && /\b(?:its|their)(?: own)? $/.test(noun.modifiers)) {
    const named = owners(back.text, back.from, '');
    if (named.length > 0) return named[named.length - 1]!.owner;
  }
  const possessive = /(?<![a-z.])([a-z.]+(?: union)?)'s? $/.exec(s.sentence.slice(Math.max(0, q.start - 30), q.start));
  const owned = possessive && ownerOfWords(`${possessive[1]}'s`);
  if (owned) return owned;
  const afterText = s.sentence.slice(q.end);
  if (ORIGIN_AFTER.test(afterText)) return 'north_korea';
  const start = clauseStart(back.text);
  const before = owners(back.text.slice(start), back.from + start, s.sentence);
  const nearestBefore = before[before.length - 1];
  if (nearestBefore) return nearestBefore.owner;
  // Only a break within 40 characters counts; the longest ends 15 later.
  const breakAt = CLAUSE_BREAK_AFTER.exec(afterText.slice(0, 40 + 15))?.index ?? afterText.length;
  const after = owners(afterText.slice(0, Math.min(breakAt, 40)), q.end, s.sentence);
  return after[0]?.owner ?? null;
}

/** The owner, by default North Korea, which the passage is about. */
function ownerOf(s: InSentence, noun: Noun | null): Owner {
  return namedOwner(s, noun) ?? 'north_korea';
}

/** The first scope said in `text`; "killed or wounded" wins over the "killed" inside it. */
function scopeIn(text: string): Scope | null {
  let found: { scope: Scope; at: number } | null = null;
  for (const { scope, re } of CASUALTY_SCOPES) {
    const m = re.exec(text);
    if (m && (!found || m.index < found.at)) found = { scope, at: m.index };
  }
  return found?.scope ?? null;
}

/**
 * What happened to the counted people, where it is said of them: the noun itself
 * ("1,100 casualties"), a predicate right after ("…soldiers have been killed or
 * wounded"), a loss just before ("have lost about 4,000"), or the count named
 * first ("the number of killed and wounded… exceeds 3,000").
 */
function casualtyScope(noun: Noun | null, after: string, before: string): Scope | null {
  // "…troops, who were dispatched to Russia, have been killed": the relative clause is passed over.
  const rest = (noun?.from === 'after' ? after.slice(noun.end) : after).replace(/^, (?:who|which|that) [^,]{1,60},/, '');
  const count = CASUALTY_COUNT_BEFORE.exec(before);
  if (noun?.kind === 'casualties' && noun.from !== 'implied') {
    if (noun.from === 'after') return scopeIn(`${noun.text}${rest.slice(0, 30)}`);
    // A noun read before the number is read with the words before it ("killed or wounded: 3,000").
    return scopeIn(count ? before.slice(count.index) : before.slice(-40));
  }
  const predicate = CASUALTY_PREDICATE.exec(rest);
  if (predicate) return scopeIn(rest.slice(0, predicate[0].length + 24));
  if (LOSS_BEFORE.test(before)) return scopeIn(before.slice(-32));
  if (count) return scopeIn(before.slice(count.index));
  return null;
}

export const NK_LOSSES: Readonly<Record<Scope, Measure>> = {
  killed: 'nk_killed',
  wounded: 'nk_wounded',
  killed_and_wounded: 'nk_casualties',
  captured: 'nk_captured',
};

/** The second of a pair ("43,000 of its soldiers were killed and 370,000 wounded") belongs to the first's owner. */
function inheritedOwner(s: InSentence): Owner | null {
  const prev = s.previous;
  const between = s.sentence.slice(s.prevEnd, s.quantity.start);
  if (!prev || between.length > 60 || !/\b(?:and|or)\s*$/.test(between)) return null;
  const noun = nounAfter(s.sentence.slice(prev.end, s.quantity.start));
  if (!noun) return null;
  return ownerOf({ ...s, quantity: prev, previous: undefined }, noun);
}

function lastIndex(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let last = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    meter.steps++;
    last = m.index;
  }
  return last;
}

/** Promised or additional troops, against troops sent: the cue nearest the number decides. */
function isPlanned(s: InSentence, noun: Noun | null, after: string, before: string): boolean {
  if (noun && ADDITIONAL.test(noun.modifiers)) return true;
  if (/\b(?:an additional|another|a further|an extra|additionally|a new batch of|up to an additional) $/.test(before.slice(-24)))
    return true;
  if (PLANNED_AFTER.test(noun?.from === 'after' ? after.slice(noun.end) : after)) return true;
  const head = lookBack(s).text;
  return lastIndex(PLANNED_VERBS, head) > lastIndex(DEPLOYED_VERBS, head);
}

/** Fewer people than this are individuals in a story ("the two men in hospital beds"), not a deployment. */
const SMALLEST_DEPLOYMENT = 20;
const MILITARY_PEOPLE =
  /\b(?:north koreans?|soldiers|troops|forces?|contingent|units?|servicemen|personnel|casualties|army|corps|battalions?|brigades?)\b/;
const NK_PERSONNEL = /\bnorth korean (?:soldiers|troops|forces|servicemen|personnel)\b/;
/** The size of North Korea's own army, not a deployment: "armed forces, numbering 1.2 million". */
const ARMY_SIZE_BEFORE = /\b(?:armed forces|army|military|standing army)(?:,)? (?:numbering|of|totall?ing|totals?|with) $/;

function people(s: InSentence, noun: Noun | null, after: string, before: string): Classified | null {
  const scope = casualtyScope(noun, after, before);
  // "people" and "others" are soldiers only where the sentence says so ("…North Korean soldiers… exceeds 3,000 people").
  if ((noun?.text === 'people' || noun?.text === 'others') && !(scope && NK_PERSONNEL.test(lookBack(s).text))) return null;
  const named = inheritedOwner(s) ?? namedOwner(s, noun);
  // A bare toll with no owner in sight ("Ukraine reports two dead") is not North Korea's;
  // "of them" points back to the group just named.
  const pointsBack = /^of (?:them|whom|those)\b/.test(noun?.text ?? '');
  const inSight = s.assumeTopic || pointsBack || s.says(MILITARY_PEOPLE, true);
  if (scope && !named && !inSight) return null;
  const owner = named ?? 'north_korea';
  if (scope) {
    if (owner === 'north_korea') return { measure: NK_LOSSES[scope], scope };
    if (owner === 'russia' && scope !== 'captured') return { measure: 'russian_casualties', scope };
    return null;
  }
  if (noun?.kind !== 'personnel' || owner !== 'north_korea' || ARMY_SIZE_BEFORE.test(before)) return null;
  const { low } = typeof s.quantity.value === 'number' ? { low: s.quantity.value } : s.quantity.value;
  if (low < SMALLEST_DEPLOYMENT) return null;
  return { measure: isPlanned(s, noun, after, before) ? 'troops_planned' : 'troops_deployed' };
}

/** Money that is an economy's size, not a payment: "total trade with China was $2.3 billion" (arms exports are sales, not trade). */
const NOT_PAYMENT =
  /\b(?:trade|(?<!(?:arms|weapons|munitions|ammunition) )exports?|imports?|gdp|gni|per capita|budget|economy|turnover|revenue|income)\b|\b(?:would|could) be enough\b|\bshortage\b/;
/** Pay that is not a North Korean soldier's: workers, residents, Russian or foreign soldiers. */
const OTHER_PAY = /\b(?:workers|residents|labou?rers|russian soldiers|foreign (?:soldiers|mercenaries|fighters)|defectors|civilians)\b/;
const PAY_WORDS = /\b(?:soldiers?|troops|fighters|conscripts|wages?|salar(?:y|ies)|paid)\b/;

function money(s: InSentence, after: string, before: string): Classified | null {
  if (!s.says(NORTH_KOREA) && !s.says(RUSSIA) && !s.says(PAY_WORDS)) return null;
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
        meter.steps++;
        if (!best || m.index > best.at) best = { measure, at: m.index, cue: m[0] };
      }
    }
  }
  if (!best || NOT_PAYMENT.test(after.slice(0, 40))) return null;
  if (best.measure === 'soldier_pay' && s.says(OTHER_PAY)) return null;
  const per = /year/.test(best.cue) ? 'year' : /month/.test(best.cue) ? 'month' : undefined;
  return per ? { measure: best.measure, per } : { measure: best.measure };
}

const TROOP_WORDS = /\b(?:troops?|soldiers|reinforcements|personnel|forces)\b/;

/**
 * The noun a number counts when none follows it: what happened ("300 had been
 * killed"), a loss or count said before ("Russia has lost 30-35 thousand"), a noun
 * just before ("the number of casualties at about 1,100"), a verb of sending ("had
 * sent about 3,000 more"), or "more" in a sentence about troops.
 */
function impliedNoun(s: InSentence, after: string, before: string): Noun | null {
  const implied = (kind: NounKind, modifiers = ''): Noun => ({ kind, modifiers, text: '', end: 0, from: 'implied' });
  if (CASUALTY_PREDICATE.test(after)) return implied('casualties');
  const borrowed = FUNCTION_WORD_AFTER.test(after) ? nounBefore(before) : null;
  if (borrowed) return borrowed;
  if (FUNCTION_WORD_AFTER.test(after) && (LOSS_BEFORE.test(before) || CASUALTY_COUNT_BEFORE.test(before))) return implied('casualties');
  const bare = after.replace(/^ (?:more|additional)\b/, '');
  const troops = s.says(TROOP_WORDS);
  const sentWord = SENT_BEFORE.test(before) || SENT_AFTER.test(after);
  if ((sentWord && FUNCTION_WORD_AFTER.test(bare)) || SENT_AFTER.test(after) || (bare !== after && troops)) {
    return implied('personnel', bare !== after ? 'more ' : '');
  }
  return null;
}

const SUPPLIES = {
  shells: 'artillery_shells',
  missiles: 'missiles_rockets',
  containers: 'containers',
  shipments: 'shipments',
  tons: 'equipment_tons',
} as const;

/** The measure of a quantity, or null where it measures nothing Rangefinder tracks. */
export function classifyMeasure(s: InSentence): Classified | null {
  const q = s.quantity;
  const after = s.sentence.slice(q.end, Math.min(s.nextStart, q.end + AFTER_WINDOW));
  const before = s.sentence.slice(Math.max(s.prevEnd, q.start - BEFORE_WINDOW), q.start);
  if (q.unit === 'percent' || q.unit === 'fraction') {
    return s.says(AMMUNITION) && s.says(RUSSIA) ? { measure: 'share_of_russian_ammo' } : null;
  }
  // Money cues may name what follows a number: "$22 million for 11,000 troops".
  if (q.unit !== 'count') return money(s, s.sentence.slice(q.end, q.end + AFTER_WINDOW), before);
  const noun = nounAfter(after) ?? impliedNoun(s, after, before);
  if (!noun || noun.kind === 'none') return null;
  switch (noun.kind) {
    case 'personnel':
    case 'casualties':
      return people(s, noun, after, before);
    case 'goods':
      // Rice and oil given to North Korea: aid, in the goods' own unit.
      return s.says(RUSSIA) ? { measure: 'aid_to_nk', unit: noun.text.replace(/^(?:metric |short )?tons?\b/, 'tonnes') } : null;
    default: {
      // Cargo counts only as arms cargo: tonnes must say so; containers and voyages may say Russia instead.
      const cargo = noun.kind === 'containers' || noun.kind === 'shipments';
      if ((noun.kind === 'tons' || cargo) && !s.says(MILITARY_CARGO) && !(cargo && s.says(RUSSIA))) return null;
      // Russian ships carry North Korean cargo: for shipments and containers only a third party disqualifies.
      const owner = ownerOf(s, noun);
      if (owner === 'other' || (owner === 'russia' && !cargo)) return null;
      return { measure: SUPPLIES[noun.kind] };
    }
  }
}

/**
 * A share of people lost ("of whom one-third have been wounded or killed", "nearly
 * 40% casualties"): the casualty scope, or null where the share is of something else.
 */
export function casualtyShareScope(s: InSentence): Scope | null {
  const q = s.quantity;
  if (q.unit !== 'percent' && q.unit !== 'fraction') return null;
  const after = s.sentence.slice(q.end, Math.min(s.nextStart, q.end + AFTER_WINDOW));
  const rest = after.replace(/^ of (?:the |them\b|those\b|whom\b|its |their )?/, ' ').replace(/^ +/, ' ');
  const noun = nounAfter(rest);
  if (noun && noun.kind !== 'personnel' && noun.kind !== 'casualties') return null;
  // "60 percent of the losses suffered by Ukrainian units" is another army's share.
  const phrase = rest.slice(0, noun?.from === 'after' ? noun.end + 25 : 50).split(/ (?:in|at|near|during|on) /)[0]!;
  const whose = ownerOfWords(phrase);
  if (whose && whose !== 'north_korea') return null;
  return casualtyScope(noun, rest, '');
}
