/**
 * What happened to the counted people: killed, wounded, both, or captured,
 * where the sentence says it of them; and a share of a force lost.
 */

import { endsWithWords, type InSentence, ownClause } from './in-sentence';
import { alternation as any } from './lexicon/compile';
import {
  CONJUNCTIONS,
  COUNT_OF_WORDS,
  FORCE_WORDS,
  PART_OF,
  PLACE_PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SHARE_OF,
  SHARE_OF_BARE,
  SHARE_OF_FORCE,
} from './lexicon/en/clauses';
import * as losses from './lexicon/en/losses';
import { UNITS_OF_PEOPLE } from './lexicon/en/nouns';
import { NK_PERSONNEL } from './lexicon/en/sending';
import {
  CASUALTY_PREDICATE,
  CASUALTY_SCOPES,
  casualtyCountBefore,
  LOSS_BEFORE,
  MORE_AFTER,
  NK_PERSONNEL_WORDS,
  SENT_AFTER,
} from './measure-cues';
import type { Measure, Scope } from './measures';
import { type Noun, nounAfter } from './noun-phrase';
import { loserOwner, namedOwner, ownerOfWords } from './owner';
import { QUALIFIERS } from './qualifiers';
import { meter } from './step-meter';

export const NK_LOSSES: Readonly<Record<Scope, Measure>> = {
  killed: 'nk_killed',
  wounded: 'nk_wounded',
  killed_and_wounded: 'nk_casualties',
  captured: 'nk_captured',
};

/**
 * The first scope said in `text`; where two start at one place the longer words win: "killed or
 * wounded" over the "killed" inside it, "sustained injuries" over "sustained".
 */
function scopeIn(text: string): Scope | null {
  let found: { scope: Scope; at: number; length: number } | null = null;
  for (const { scope, re } of CASUALTY_SCOPES) {
    const m = re.exec(text);
    if (m && (!found || m.index < found.at || (m.index === found.at && m[0].length > found.length)))
      found = { scope, at: m.index, length: m[0].length };
  }
  return found?.scope ?? null;
}

const FILMED = new RegExp(
  `\\b(?:${any(losses.CAPTURED_ON_FILM.media)})(?: [a-z'-]+){0,${losses.CAPTURED_ON_FILM.between}} (?:${any(losses.CAPTURED_ON_FILM.verbs)}) $`,
);
/** How far before the count a picture that captured it is read. */
const FILMED_REACH = 80;

/** How far before the count Ukraine's side taking them is read: the doer, three words, the verb; and the verb alone. */
const TAKEN_REACH = 60;
const TAKEN_WORDS = losses.TAKEN_VERBS.map((verb) => `${verb} `);
/** Ukraine's side taking them, with a verb that tells a capture only so: "Ukraine had detained two soldiers". */
const TAKEN_BY_UKRAINE_BEFORE = new RegExp(
  `\\b(?:${any(losses.TAKEN_BY_UKRAINE.doers)})(?: [a-z'-]+){0,${losses.TAKEN_BY_UKRAINE.between}} (?:${any(losses.TAKEN_VERBS)}) $`,
);
const HELD_IN_PLACE_AFTER = new RegExp(`^ (?:${any(losses.HELD_IN_PLACE)})\\b`);
const CAPTURED = CASUALTY_SCOPES.find((s) => s.scope === 'captured')!.re;
/** How far after wounded soldiers their capture is read. */
const CAPTURED_REACH = 120;

/** How far before a noun read before the number the words that join it are read: "fatalities and injuries". */
const JOINED_REACH = 24;

/**
 * The scope a casualty noun before the number says, with the words it is joined to: "fatalities and
 * injuries … exceeded 3,000" is both, "at least 100 deaths and the injured are approaching 1,000" the
 * wounded only. The longest words that reach into the noun win.
 */
/** The scopes' patterns, each made once to find every match. */
const EVERY_SCOPE = CASUALTY_SCOPES.map(({ scope, re }) => ({ scope, all: new RegExp(re.source, 'g') }));

function scopeOfNounBefore(before: string, noun: string): Scope | null {
  const at = before.lastIndexOf(noun);
  if (at < 0) return scopeIn(before.slice(-40));
  const from = Math.max(0, at - JOINED_REACH);
  const window = before.slice(from, at + noun.length);
  let found: { scope: Scope; length: number } | null = null;
  for (const { scope, all } of EVERY_SCOPE) {
    all.lastIndex = 0;
    for (let m = all.exec(window); m; m = all.exec(window)) {
      if (from + m.index + m[0].length <= at) continue;
      if (!found || m[0].length > found.length) found = { scope, length: m[0].length };
      break;
    }
  }
  return found?.scope ?? null;
}

/** The people's place, before a headline's participle: " in Kursk Oblast". */
const PLACE_FIRST = new RegExp(`^ (?:${any([...PLACE_PREPOSITIONS, ...losses.SENT_TO_A_PLACE, ...losses.FROM_A_PLACE])}) `);
const PLACE_WORDS = 3;
/**
 * What the people belong to may be named at more length, a unit's name that is not Russia's or Ukraine's: "members of
 * the North Korean 11th Army Corps died"; not "soldiers of its 11th Corps, many of whom have died", "troops from the
 * Storm Corps to replace those killed", "servicemen of Russia's 810th Marine Brigade killed".
 */
const BELONGING_WORDS = 6;
const BELONGING_FIRST = new RegExp(`^ (?:${any(losses.FROM_A_PLACE)}) `);
const UNIT_NAMED = new RegExp(`^[ a-z0-9'.-]* (?:${any(UNITS_OF_PEOPLE)})$`);
/** Whether the words of a unit's name past a place's reach still name a North Korean unit, or a unit of no side. */
function namesUnit(words: string): boolean {
  if (!UNIT_NAMED.test(words)) return false;
  const whose = ownerOfWords(words);
  return whose === null || whose === 'north_korea';
}
const NOTHING = /^\s*$/;
/** After a headline's participle, what shows it is no active verb: the end, a joined participle, an agent. */
const PARTICIPLE_ENDS = new RegExp(`^(?:\\s*$|\\s*[,.;:!?]| (?:${any([...CONJUNCTIONS, ...losses.PARTICIPLE_FOLLOWERS])})\\b)`);

const DONE_VERB_AT_END = new RegExp(`\\b(?:${any(losses.DONE_BY_THE_COUNTED.verbs)})$`);
const PASSIVE_AUXILIARIES = new Set(losses.DONE_BY_THE_COUNTED.passive);
const BETWEEN_AUXILIARY_AND_VERB = new Set(losses.DONE_BY_THE_COUNTED.adverbs);
/** Whether the predicate's verb has an auxiliary of the passive right before it, adverbs passed over: "were reportedly killed", not "are said to have killed". */
function passiveVerb(predicate: string): boolean {
  const words = predicate.trim().split(' ');
  let at = words.length - 2;
  while (at >= 0 && (words[at]!.endsWith('ly') || BETWEEN_AUXILIARY_AND_VERB.has(words[at]!))) {
    meter.steps++;
    at--;
  }
  return at >= 0 && PASSIVE_AUXILIARIES.has(words[at]!);
}
const DONE_OBJECT = new RegExp(
  `^ (?:${any(losses.DONE_BY_THE_COUNTED.objects)})\\b(?! (?:${any(losses.DONE_BY_THE_COUNTED.notObjects)})\\b)`,
);

/** "…troops, who were dispatched to Russia, have been killed": the relative clause is passed over. */
/**
 * An aside between the people and what befell them: a relative clause ("troops, who were deployed to support Russia in
 * its war against Ukraine, might be injured or killed"), or their count set beside them ("a third of the soldiers in
 * Russia, roughly 4,700, have been injured").
 */
const RELATIVE_CLAUSE = new RegExp(
  `^, (?:(?:${any(RELATIVE_PRONOUNS)}) [^,]{1,80}|(?:(?:${any(QUALIFIERS.map(({ words }) => words))}) )?[0-9]{1,3}(?:,[0-9]{3})*),`,
);

/**
 * What happened to the counted people, where it is said of them: the noun itself
 * ("1,100 casualties"), a predicate right after ("…soldiers have been killed or
 * wounded"), a loss just before ("have lost about 4,000"), or the count named
 * first ("the number of killed and wounded… exceeds 3,000"). `cut` says `after`
 * ends where another number begins: a participle at its end has that number as its
 * object ("troops in Kursk killed 200 Ukrainians"), and is no headline's participle.
 */
export function casualtyScope(noun: Noun | null, after: string, before: string, cut = false): Scope | null {
  // "about 2,700 more have been wounded": what follows "more" says what happened.
  // A quote opened in the predicate is passed over: "of whom more than 4,000 \"had been lost.\"", "have been 'killed or
  // wounded'".
  const told = (noun?.from === 'after' ? after.slice(noun.end) : after.replace(MORE_AFTER, '')).replace(QUOTE_OPENS, ' ');
  const rest = told.replace(RELATIVE_CLAUSE, '');
  const count = casualtyCountBefore(before);
  if (noun?.kind === 'casualties' && noun.from !== 'implied') {
    if (noun.from === 'after') return scopeIn(`${noun.text}${rest.slice(0, 30)}`);
    // A noun read before the number is read with the words before it ("killed or wounded: 3,000").
    return scopeOfNounBefore(before, noun.text) ?? (count ? scopeIn(before.slice(count.index)) : null);
  }
  // "the other two have suffered losses": the force, not the lost.
  if (FORCE_SUFFERED.test(rest) || FORCE_THERE_SUFFERED.test(rest)) return null;
  const predicate = CASUALTY_PREDICATE.exec(rest);
  if (predicate) {
    // "Three North Koreans killed five Russian soldiers": the counted did it.
    if (DONE_VERB_AT_END.test(predicate[0]) && !passiveVerb(predicate[0])) {
      const following = rest.slice(predicate[0].length);
      if (DONE_OBJECT.test(following) || (cut && NOTHING.test(following))) return null;
    }
    return scopeIn(rest.slice(0, predicate[0].length + PREDICATE_TAIL));
  }
  // A headline's participle after the people's place: "One-Third of North Korean Troops in Kursk Oblast Killed or
  // Wounded"; not an active verb with an object ("troops in Kursk killed 300 Ukrainians").
  const placed = noun?.kind === 'personnel' ? PLACE_FIRST.exec(rest) : null;
  if (placed) {
    // The place is one to three words: "in Kursk", "in Kursk Oblast", "in Russia's Kursk region"; what they belong to up
    // to six.
    let at = placed[0].length - 1;
    const most = BELONGING_FIRST.test(placed[0]) ? BELONGING_WORDS : PLACE_WORDS;
    for (let words = 0; words < most; words++) {
      const next = rest.indexOf(' ', at + 1);
      if (next < 0) break;
      at = next;
      if (words >= PLACE_WORDS && !namesUnit(rest.slice(placed[0].length - 1, at))) continue;
      const said = rest.slice(at);
      const participle = CASUALTY_PREDICATE.exec(said);
      const following = said.slice(participle?.[0].length ?? 0);
      if (participle && PARTICIPLE_ENDS.test(following) && !(cut && NOTHING.test(following)))
        return scopeIn(said.slice(0, participle[0].length + 24));
    }
  }
  // What happened may be told in the clause passed over: "the two men, who were taken prisoner on 9 January, are…".
  const inClause = rest === told ? null : CASUALTY_PREDICATE.exec(told);
  if (inClause) return scopeIn(told.slice(0, inClause[0].length + 24));
  if (LOSS_BEFORE.test(before)) return FILMED.test(before.slice(-FILMED_REACH)) ? null : scopeIn(before.slice(-32));
  // The verb first, as the last word: most counts have none of these before them.
  // …of people its own words name North Korea's: "Ukraine had detained two North Korean soldiers", not "Ukrainian
  // police detained three men".
  if (
    noun?.from === 'after' &&
    ownerOfWords(noun.modifiers) === 'north_korea' &&
    endsWithWords(before, TAKEN_WORDS) &&
    TAKEN_BY_UKRAINE_BEFORE.test(before.slice(-TAKEN_REACH)) &&
    !HELD_IN_PLACE_AFTER.test(rest)
  )
    return 'captured';
  // "While North Korea hasn't confirmed the number of casualties, … over 10,000 soldiers were dispatched": the
  // people's own verb says they were sent, not lost.
  if (count && !(noun?.from === 'after' && SENT_AFTER.test(rest)))
    return listedScope(before.slice(count.index)) ?? scopeIn(before.slice(count.index));
  if (noun?.kind === 'personnel' && noun.from === 'after') {
    // "4,000 North Korean soldiers fighting on Russia's side have been killed": a predicate further on in the clause.
    const further = furtherPredicate(rest);
    if (further) return further;
  }
  // "two captured soldiers", "the 4,100 wounded soldiers": what happened is said by the noun's own words; the
  // wounded taken prisoner are prisoners ("two wounded soldiers … taken prisoner while fighting for Moscow").
  if (noun?.kind !== 'personnel' || noun.from !== 'after') return null;
  const described = scopeIn(noun.modifiers);
  return described === 'wounded' && CAPTURED.test(rest.slice(0, CAPTURED_REACH)) ? 'captured' : described;
}

/** A list of losses counted together: "the total number of wounded, killed, missing and captured". */
const WORD_OF_LOSS = `(?:${any([...losses.COUNTED_LOSSES, ...losses.LISTED_LOSSES_TOO])})`;
const LOSSES_LISTED = new RegExp(
  `^(?:${any(COUNT_OF_WORDS)}) (?:[a-z'-]+ ){0,2}?${WORD_OF_LOSS}(?:(?:,|,? (?:${any(CONJUNCTIONS)})) ${WORD_OF_LOSS}){1,5}\\b`,
);

/** Killed and wounded both, where a list of losses counted together names the dead and the wounded; else null. */
function listedScope(count: string): Scope | null {
  const list = LOSSES_LISTED.exec(count);
  if (!list) return null;
  const scopes = new Set(CASUALTY_SCOPES.filter(({ re }) => re.test(list[0])).map(({ scope }) => scope));
  return (scopes.has('killed') || scopes.has('killed_and_wounded')) && (scopes.has('wounded') || scopes.has('killed_and_wounded'))
    ? 'killed_and_wounded'
    : null;
}

const AUXILIARY = new RegExp(` (?:${any(losses.PREDICATE_AUXILIARIES)})\\b`);
const CLAUSE_END = new RegExp(`[;:.!?(\u2014]|, (?:${any(losses.CLAUSE_ENDS)})\\b| (?:${any(losses.SUBORDINATORS)})\\b`);
const FURTHER_REACH = 140;
const AUXILIARIES = new RegExp(AUXILIARY.source, 'g');
/** How many auxiliaries of a clause are tried for its predicate. */
const MOST_AUXILIARIES = 3;

const QUOTE_OPENS = / ["'\u201c\u2018](?=[a-z])/g;
/** The force itself said to have suffered losses: "…had already sustained \"losses\"". */
const FORCE_SUFFERED = new RegExp(
  `^ (?:[a-z]+ ){0,2}?(?:${any(losses.FORCE_SUFFERED.verbs)}) ["'\u201c]?(?:(?:${any(losses.FORCE_SUFFERED.adjectives)}) (?:${losses.FORCE_SUFFERED.losses}|${losses.FORCE_SUFFERED.casualties})|${losses.FORCE_SUFFERED.losses})\\b`,
);
const FORCE_THERE_SUFFERED = new RegExp(
  `^ (?:${any(losses.FORCE_SUFFERED.there.copulas)}) (?:${any(losses.FORCE_SUFFERED.there.states)})\\b[^,.;]{0,${losses.FORCE_SUFFERED.there.reach}}? and (?:[a-z]+ ){0,2}?(?:${any(losses.FORCE_SUFFERED.verbs)}) (?:${losses.FORCE_SUFFERED.losses}|${losses.FORCE_SUFFERED.casualties})\\b`,
);
/** A predicate within the clause, past a participle phrase: the scope it says, or null. */
function furtherPredicate(rest: string): Scope | null {
  const window = rest.slice(0, FURTHER_REACH);
  // Each auxiliary in turn: "troops who have been fighting in the Kursk region have been killed" says it at the second.
  AUXILIARIES.lastIndex = 0;
  let passed = -1;
  for (let aux = AUXILIARIES.exec(window), tried = 0; aux && tried < MOST_AUXILIARIES; aux = AUXILIARIES.exec(window), tried++) {
    meter.steps++;
    if (CLAUSE_END.test(window.slice(0, aux.index))) return null;
    // An auxiliary after a relative pronoun past the clause's own verb is another's: "…are replacements for soldiers
    // that have been killed".
    if (passed >= 0 && RELATIVE_OPENED.test(window.slice(passed, aux.index))) return null;
    passed = aux.index + aux[0].length;
    if (FORCE_SUFFERED.test(window.slice(aux.index))) return null;
    // The losses they make up for: "won't come close to replacing the numbers Moscow has lost".
    if (REPLACING.test(window.slice(0, aux.index))) return null;
    const predicate = CASUALTY_PREDICATE.exec(window.slice(aux.index));
    if (predicate) return scopeIn(window.slice(aux.index, aux.index + predicate[0].length + PREDICATE_TAIL));
  }
  return null;
}

const RELATIVE_OPENED = new RegExp(` (?:${any(RELATIVE_PRONOUNS)})\\b`);
const REPLACING = new RegExp(`\\b(?:${any(losses.REPLACING_LOSSES)})\\b`);

/** How far past a predicate's first verb its other loss is read: "have either been killed or sustained injuries". */
const PREDICATE_TAIL = 24;

/** "of the", "of them": what a share is of, read past. */
const OF_WHAT = new RegExp(`^ (?:${any(SHARE_OF)})\\b`);
const PLACE = new RegExp(` (?:${any(PLACE_PREPOSITIONS)}) `);
const CAUSED_BY = new RegExp(`\\b(?:${any(losses.CAUSED_BY)})\\b`);
const AFTER_WINDOW = 100;
/**
 * How far after a share of people what befell them is read: the force, its verb of sending and the words after it, and
 * the predicate ("up to 50 percent of North Korean troops deployed to support Russia in its ongoing war against Ukraine
 * may have been injured or killed").
 */
const SHARE_FATE_WINDOW = 180;

/** How far after the losses a share is of what is said of the share is read: "…have been killed in action". */
const SHARE_PREDICATE_REACH = 40;
const PART_OF_NEXT = new RegExp(`^ (?:${any([...PART_OF, ...SHARE_OF_BARE])}) (?:[a-z]+ )?$`);

/**
 * A share of a force named right after it, lost: "more than half of the 11,000 North Korean troops
 * deployed … have become casualties", "The total casualties amount to more than half of the 11,000
 * DPRK troops". What happened is said after the force, else before the share in the sentence, else
 * in the sentence before; the force must be North Korea's.
 */
export function shareOfNextScope(s: InSentence): Scope | null {
  const q = s.quantity;
  const next = s.next;
  if ((q.unit !== 'percent' && q.unit !== 'fraction') || !next || next.unit !== 'count') return null;
  if (!PART_OF_NEXT.test(s.sentence.slice(q.end, next.start))) return null;
  const later = s.sentence.slice(next.end, next.end + 160);
  // "of the original 11,000 sent to Russia": a force named by its sending.
  const noun = nounAfter(later.slice(0, 60));
  if (noun ? noun.kind !== 'personnel' : !SENT_AFTER.test(later)) return null;
  const whose = noun && ownerOfWords(`${noun.modifiers}${noun.text}`);
  if (whose && whose !== 'north_korea') return null;
  const said = casualtyScope(noun, later, '') ?? scopeIn(s.sentence.slice(Math.max(0, q.start - 80), q.start));
  if (said) return said;
  const passage = CASUALTY_SCOPES.find(({ re }) => s.says(re, true))?.scope;
  if (passage) return passage;
  return POINTED_SHARE.test(s.sentence.slice(Math.max(0, q.start - POINTED_SHARE_REACH), q.start)) ? 'killed_and_wounded' : null;
}

const POINTED_SHARE = new RegExp(`\\b(?:${any(losses.POINTED_SHARE_OF_FORCE.pointers)}) (?:${any(losses.POINTED_SHARE_OF_FORCE.verbs)}) $`);
/** How far before a share the words that point back to the losses it is are read. */
const POINTED_SHARE_REACH = 40;

/**
 * A share of people lost ("of whom one-third have been wounded or killed", "nearly
 * 40% casualties"): the casualty scope, or null where the share is of something else.
 */
export function casualtyShareScope(s: InSentence): Scope | null {
  const q = s.quantity;
  if (q.unit !== 'percent' && q.unit !== 'fraction') return null;
  // "North Korean forces … vanished due to a casualty rate of about 30%": the rate's own words, whose by the count's
  // owner, or where none is named, North Korea's people named in the sentence or the one before.
  const lead = s.sentence.slice(Math.max(s.prevEnd, q.start - LOSS_RATE_REACH), q.start);
  if (LOSS_RATE_BEFORE.test(lead)) {
    const whose = namedOwner(s, null);
    return whose === 'north_korea' || (whose === null && s.says(NK_PERSONNEL_WORDS, true)) ? 'killed_and_wounded' : null;
  }
  // The people's count set beside them is read past: "about a third of the soldiers in Russia, roughly 4,700, have
  // either been injured or killed".
  const next = s.next;
  const apposed = next !== undefined && APPOSED_NEXT.test(s.sentence.slice(q.end, next.start)) && s.sentence[next.end] === ',';
  const after = s.sentence.slice(q.end, Math.min(apposed ? s.sentence.length : s.nextStart, q.end + SHARE_FATE_WINDOW));
  const rest = after.replace(OF_WHAT, ' ').replace(/^ +/, ' ');
  const noun = nounAfter(rest);
  if (noun && noun.kind !== 'personnel' && noun.kind !== 'casualties') return null;
  // "60 percent of the losses suffered by Ukrainian units" is another army's share.
  const phrase = rest.slice(0, noun?.from === 'after' ? noun.end + 25 : 50).split(PLACE)[0]!;
  const whose = ownerOfWords(phrase);
  if (whose && whose !== 'north_korea') return null;
  // "60% of the losses in military intelligence units … were caused by North Korean artillery": the other side's.
  if (CAUSED_BY.test(rest)) return null;
  // "A third of the casualties are reported fatalities": what is said of the share, after the losses it is of.
  if (noun?.kind === 'casualties' && noun.from === 'after') {
    const bare = BARE_LOSS_PARTICIPLES.has(noun.text) && !noun.modifiers;
    const said = scopeIn(rest.slice(bare ? 0 : noun.end, noun.end + SHARE_PREDICATE_REACH));
    if (said) return said;
  }
  // The force's verb of sending and when, before what befell them: "nearly half of the North Korean troops deployed
  // since November had been killed or injured".
  const sent = noun?.kind === 'personnel' && noun.from === 'after' ? SENT_WHEN.exec(rest.slice(noun.end)) : null;
  return casualtyScope(noun, sent ? `${rest.slice(0, noun!.end)}${rest.slice(noun!.end + sent[0].length)}` : rest, '');
}
const SENT_WHEN = new RegExp(
  `^ (?:${any(losses.SENT_WHEN.verbs)})(?: (?:${any(losses.SENT_WHEN.links)})(?: [a-z0-9'-]+){1,${losses.SENT_WHEN.words}})?(?= (?:${any(losses.PREDICATE_AUXILIARIES)})\\b)`,
);

/** A count set in commas after a share's people, with at most a place between: "of the soldiers in Russia, roughly ". */
const APPOSED_NEXT = /^[^,]{1,80}, (?:[a-z]+ ){0,2}$/;
/** How far before a share its rate of losses is read. */
const LOSS_RATE_REACH = 40;
const LOSS_RATE_BEFORE = new RegExp(`\\b(?:${any(losses.LOSS_RATE.nouns)})(?: (?:${any(losses.LOSS_RATE.links)}))? $`);

// "of the country's deployed forces", "of North Korea's total deployment".
const FORCE = new RegExp(`^ (?:${any(SHARE_OF_FORCE)}) (?:[a-z'-]+ ){0,3}(?:${any(FORCE_WORDS)})\\b`);
const LOSSES_REACH = new RegExp(
  `\\b(?:${any(losses.LOSSES_REACH_SHARE.nouns)})(?: [a-z0-9'.,\u2014-]+){0,${losses.LOSSES_REACH_SHARE.between}} (?:${any(losses.LOSSES_REACH_SHARE.verbs)}) $`,
);
/** How far before a share its losses and their verb are read, and how far before the losses their side. */
const LOSSES_REACH_WINDOW = 120;
const LOSER_REACH = 20;

/**
 * A share of the force that losses are said to reach: "casualties among North Korean troops could reach up to 50% of
 * the total deployed forces". The force must be North Korea's, or no one's named.
 */
export function lossesReachShareScope(s: InSentence): Scope | null {
  const q = s.quantity;
  if (q.unit !== 'percent' && q.unit !== 'fraction') return null;
  const force = FORCE.exec(s.sentence.slice(q.end, q.end + AFTER_WINDOW));
  if (!force) return null;
  const whose = ownerOfWords(force[0]);
  if (whose && whose !== 'north_korea') return null;
  // The words before the share and its qualifier: "could reach up to 50%".
  const lead = s.sentence.slice(Math.max(0, q.start - LOSSES_REACH_WINDOW), q.start);
  let m = LOSSES_REACH.exec(lead);
  if (!m) return null;
  // The losses named nearest the verb are the ones said to reach the share: "devastating losses in Ukraine, with the
  // White House claiming casualties amount to".
  let at = m.index;
  for (let inner = LOSSES_REACH.exec(lead.slice(at + 1)); inner; inner = LOSSES_REACH.exec(lead.slice(at + 1))) {
    meter.steps++;
    at += 1 + inner.index;
    m = inner;
  }
  // Whose the losses are, where the words name a side: not "Russian losses have reached 40% of the forces".
  const lost = ownerOfWords(lead.slice(Math.max(0, at - LOSER_REACH)));
  if (lost && lost !== 'north_korea') return null;
  return scopeIn(m[0]) ?? 'killed_and_wounded';
}

const LOST_SHARE_VERB = new RegExp(
  `\\b(?:${any(losses.LOST_SHARE_OF_OWN.verbs)}|(?<!\\b(?:${any(losses.LOST_SHARE_OF_OWN.foreseen)}) )${losses.LOST_SHARE_OF_OWN.base}) $`,
);
const OF_OWN_MEN = new RegExp(`^ (?:${any(losses.LOST_SHARE_OF_OWN.of)}) (?:[a-z'-]+ )?(?:${any(losses.LOST_SHARE_OF_OWN.wholes)})\\b`);
/** How far before a share its verb of losing is read. */
const LOST_SHARE_REACH = 24;

/**
 * A share of its own men a force of North Korea's lost: "may have lost 4% of its strength", "losing around 30 percent
 * of their men". The loser opens the count's clause or the sentence, and must be North Korea; a loss foreseen is none.
 */
export function lostShareOfOwnScope(s: InSentence): Scope | null {
  const q = s.quantity;
  if (q.unit !== 'percent' && q.unit !== 'fraction') return null;
  if (!LOST_SHARE_VERB.test(s.sentence.slice(Math.max(s.prevEnd, q.start - LOST_SHARE_REACH), q.start))) return null;
  if (!OF_OWN_MEN.test(s.sentence.slice(q.end, q.end + AFTER_WINDOW))) return null;
  const before = s.sentence.slice(0, q.start);
  return loserOwner(s, q.start - ownClause(before, '').before.length) === 'north_korea' ? 'killed_and_wounded' : null;
}

const BARE_LOSS_PARTICIPLES = new Set(losses.BARE_LOSS_PARTICIPLES);
const SENT_TO = new RegExp(` (?:${any(losses.FORCE_SENT_TO)}) `);
/** A share set beside the count before it, after a comma or a dash (folded text writes an en dash as a hyphen). */
const APPOSED = /(?:, | ?[\u2014-] ?)$/;

/**
 * A share set beside a loss just counted, after a comma or a dash: "sustained more than 6,000 casualties …,
 * more than half of the troops Pyongyang initially deployed". The share is of the force, lost as
 * the count before it was; `lost` is that count's scope.
 */
export function apposedShareScope(s: InSentence, lost: Scope | undefined): Scope | null {
  const q = s.quantity;
  if ((q.unit !== 'percent' && q.unit !== 'fraction') || !lost || !s.previous) return null;
  if (!APPOSED.test(s.sentence.slice(s.prevEnd, q.start))) return null;
  // The force must be North Korea's: not "half of the troops Russia lost in a week"; a place it was sent to is no owner
  // ("almost 10% of its deployment to Russia").
  const after = s.sentence.slice(q.end, q.end + AFTER_WINDOW);
  const whose = ownerOfWords(after.split(SENT_TO)[0]!);
  return FORCE.test(after) && (!whose || whose === 'north_korea') ? lost : null;
}

/** The force itself said to shrink: "the number of North Korean forces diminished by", not "attacks by North Korean forces declined by". */
const SHRUNK = new RegExp(
  `\\b(?:${any(losses.SHRUNK_COUNTS)}) (?:${any([...NK_PERSONNEL, ...losses.SHRUNK_FORCES])})(?: [a-z]+){0,3} (?:${any(losses.SHRINK_VERBS)}) ${losses.SHRINK_LINK} $`,
);
/** How far before a share the force said to shrink by it is named. */
const SHRUNK_REACH = 80;

/**
 * A share a force of North Korea's shrank by, lost: "the number of North Korean forces diminished by half".
 */
export function shrunkShareScope(s: InSentence): Scope | null {
  const q = s.quantity;
  if (q.unit !== 'percent' && q.unit !== 'fraction') return null;
  const before = s.sentence.slice(Math.max(s.prevEnd, q.start - SHRUNK_REACH), q.start);
  return SHRUNK.test(before) ? 'killed_and_wounded' : null;
}
