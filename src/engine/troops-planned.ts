/**
 * Troops sent, or troops promised and to come: the cue nearest the number decides
 * ("Kim has promised…", "an additional 3,000", "…were being prepared to join").
 */

import { endsWithWords, type InSentence, lastIndex, lastMatch, lookBack, unquotedAfter } from './in-sentence';
import { alternation as any } from './lexicon/compile';
import { CONJUNCTIONS, FORCES_OF_PEOPLE, PART_INCLUDED, PERFECT_AUXILIARIES, RELATIVE_PRONOUNS } from './lexicon/en/clauses';
import { UNITS_OF_PEOPLE } from './lexicon/en/nouns';
import { NORTH_KOREA_NAMES } from './lexicon/en/parties';
import {
  ADDITIONAL_BEFORE as ADDITIONAL_BEFORE_WORDS,
  ADDITIONAL as ADDITIONAL_WORDS,
  ANNOUNCED,
  ARRIVAL_EXPECTED,
  DISCOURSE_OPENERS,
  EXCEED_LATER,
  FORESEEN_BEFORE,
  FORESEEN_TO_FIGHT_AFTER,
  HEADLINE_TAIL_WORDS,
  HEADLINE_VERBS_AFTER,
  JOINED_NOUN_PARTICIPLES,
  JOINED_THEN,
  JOINED_TO_SENT,
  LEFT_THE_WAR,
  MADE_OF_LATER,
  MODAL_COPULAS,
  MODALS,
  MORE_THERE,
  MOVED_MORE,
  NAMING_ASIDES,
  PLANNED_AFTER_COPULAS,
  PLANNED_RIGHT_BEFORE,
  QUESTION_MODALS,
  QUESTION_VERBS,
  REACHING_LATER,
  SEND,
  SENDING_EXPECTED,
  SENT_BEFORE_ANOTHER,
  SENT_SO_FAR,
  SOON_AFTER,
  SPEAKER_ASIDE,
  STAYING_AFTER,
  SUPPOSED,
  TO_BE_THERE_BY,
  UNDER_WAY_LATER,
  USED_IN_BATTLE,
} from './lexicon/en/sending';
import {
  ADDITIONAL,
  ADDITIONAL_BEFORE,
  DEPLOYED_VERBS,
  JOINED_FORCE,
  JOINED_FORCE_REACH,
  MORE_AFTER,
  PLANNED_AFTER,
  PLANNED_VERBS,
  SENDING_BEFORE,
  SENT_AFTER,
  SENT_VERBS,
  TO_COME_AFTER,
} from './measure-cues';
import { meter } from './step-meter';
import { valueBounds } from './value';

/** A sending said as a participle after a comma: "…, sending an additional 25,000". */
const PARTICIPLE_BEFORE = new RegExp(`, ${SENDING_BEFORE.source.replace(/^\\b/, '')}`);
// "about 10,000 soldiers of North Korea that they are preparing to send", with a comma before "that" as spoken.
const FROM_NORTH_KOREA = new RegExp(`^ (?:from|of) (?:the )?(?:${any(NORTH_KOREA_NAMES)})(?:,(?= that ))?(?= )`);
/**
 * The unit or force troops come from, passed over to their verb: "5,000 North Korean soldiers from an elite unit will
 * arrive", "10,000 troops from the North Korean Army are expected to be deployed".
 */
const FROM_UNIT = new RegExp(
  `^ (?:from|of) (?:an? |the )?(?:[a-z0-9'-]+ ){0,3}?(?:${any([...UNITS_OF_PEOPLE, ...FORCES_OF_PEOPLE])})(?= )`,
);

/** A second count joined after this one, passed over to the pair's verb: " and 1,000 sappers from North Korea". */
/** The longest modal and copula, with the space after them: "would be ". */
const MODAL_COPULA_REACH = 12;
/** "could be 100,000 North Korean troops sent": troops foreseen, where their verb of sending follows (isPlanned). */
const MODAL_COPULA_BEFORE = new RegExp(`\\b(?:${any(MODALS)}) (?:${any(MODAL_COPULAS)}) $`);
const JOINED_COUNT_AFTER = new RegExp(`^ (?:${any(CONJUNCTIONS)}) [\\d,.]+ (?:[a-z'-]+ ){1,5}?(?=(?:${any(MODALS)})\\b)`);

const JOINED_REACH = 100;
/** A second noun joined to the counted one, up to their verb: " and construction troops would be sent". */
const JOINED_NOUN_AFTER = new RegExp(
  `^ (?:${any(CONJUNCTIONS)}) (?:[a-z'-]+ ){1,3}?(?=(?:${any([...MODALS, ...PLANNED_AFTER_COPULAS, ...JOINED_NOUN_PARTICIPLES])}) )`,
);
/**
 * A relative clause saying the counted left the war, passed over to their own modal verb: "1,100 soldiers who returned
 * to North Korea from the front in December 2025 may be sent back to Russia"; not "3,000 soldiers who are now in Kursk
 * could be moved to the front", troops there.
 */
const RELATIVE_REACH = 80;
/** An aside naming the second of a pair: "5,000 construction workers and 1,000 combat engineers, known as sappers, will". */
const NAMING_ASIDE_LATER = new RegExp(`, (?:${any(NAMING_ASIDES)}) [^,;:()]{1,50},(?= )`);
const MADE_OF_BEFORE = new RegExp(`\\b(?:${any(MADE_OF_LATER.modals)}) (?:${any(MADE_OF_LATER.verbs)}) $`);
const MADE_OF_THERE = new RegExp(`\\b(?:${any(MADE_OF_LATER.there)})\\b`);
/** How far before the count its verb of make-up is read, and after it what says the force is there. */
const MADE_OF_REACH = 40;
const RELATIVE_BEFORE_MODAL = new RegExp(
  `^ (?:${any(RELATIVE_PRONOUNS)}) (?:(?:${any(PERFECT_AUXILIARIES)}) )?(?:${any(LEFT_THE_WAR)})\\b[^,;:()]{0,${RELATIVE_REACH}}? (?=(?:${any(MODALS)}) )`,
);
/** A total said to pass its number later, the verb being the number's qualifier: "could eventually exceed 100,000". */
const EXCEEDS_LATER = new RegExp(
  `\\b(?:will(?: (?:${any(EXCEED_LATER.later)}))?|(?:${any(EXCEED_LATER.modals)}) (?:${any(EXCEED_LATER.later)})) (?:${any(EXCEED_LATER.verbs)}) $`,
);
/** "soon" as the last word of the clause: "expects 12,000 North Korean soldiers in Russia soon", not "soon moved to Kursk". */
const SOON = new RegExp(`^[^,;.]{0,40}\\b${SOON_AFTER.word}['"\u2019]?\\s*(?:[,;.!?]|$)`);
const TO_BE_THERE_LATER = new RegExp(`^ (?:${any(TO_BE_THERE_BY.verbs)}) [^,;.]{1,40}? ${TO_BE_THERE_BY.by}\\b`);
const REACHING_BEFORE = new RegExp(`\\b(?:${any(REACHING_LATER.before)}) $`);
const LATER_IN_CLAUSE = new RegExp(`^[^,;.]{0,40}\\b(?:${any(REACHING_LATER.later)})\\b`);
const DISCOURSE_OPENER = new RegExp(`^(?:${any(DISCOURSE_OPENERS)}),`);
const DISCOURSE_OPENER_REACH = 16;
const ARRIVAL_EXPECTED_LATER = new RegExp(
  `, with (?:${any(ARRIVAL_EXPECTED.owners)}) (?:${any(ARRIVAL_EXPECTED.nouns)}) (?:${any(ARRIVAL_EXPECTED.verbs)})\\b`,
);
const UNDER_WAY_LATER_AFTER = new RegExp(
  `^ (?:${any(UNDER_WAY_LATER.participles)})\\b[^,;.]{0,24}?\\b(?:${any(UNDER_WAY_LATER.later)})\\b`,
);
const SENT_BEFORE_NOW = [...SENT_BEFORE_ANOTHER, ...SENT_SO_FAR].map((words) => `${words} `);
const STAYING = new RegExp(`^ (?:${any(STAYING_AFTER)})\\b`);
const FORESEEN_TO_FIGHT = new RegExp(`^ (?:${any(FORESEEN_TO_FIGHT_AFTER)})\\b`);

/** …said of now: not "into battle next month". */
const USED_IN_BATTLE_AFTER = new RegExp(
  `^ (?:${any(USED_IN_BATTLE.links)}) (?:"?[a-z-]+"? ){0,2}(?:${any(USED_IN_BATTLE.battles)})\\b(?![^,;.]{0,40}\\b(?:${any(UNDER_WAY_LATER.later)})\\b)`,
);
const USED_IN_BATTLE_VERBS = USED_IN_BATTLE.verbs.map((verb) => `${verb} `);
const ANNOUNCED_SENDING = new RegExp(
  `\\b(?:${any([...ANNOUNCED, ...SENDING_EXPECTED, ...PLANNED_RIGHT_BEFORE])}) (?:(?:${any(ADDITIONAL_BEFORE_WORDS)}) )?$`,
);
/**
 * A headline's sending under way, its auxiliary left out, at its start or after its label: "Ukraine war briefing: North
 * Korea sending another 5,000 into Kursk", as "is sending" is. Not ", sending" after a clause, a sending done.
 */
const HEADLINE_SENDING = new RegExp(
  `^(?:[a-z' -]+: )?(?:${any(NORTH_KOREA_NAMES)}) (?:${any(SEND.ing)}) (?:(?:${any(ADDITIONAL_BEFORE_WORDS)}) )?$`,
);
/**
 * …where no verb of the gerund's own sentence follows, as one follows a gerund that is a subject ("North Korea sending
 * 12,000 troops to Russia marks a dangerous escalation"): a few words to the end, a dash, a colon or a speaker.
 */
const HEADLINE_SENDING_TAIL = new RegExp(
  `^(?: (?!(?:${any(HEADLINE_VERBS_AFTER)})\\b)[a-z0-9,'-]+){0,${HEADLINE_TAIL_WORDS}}?(?:[.!?"]?\\s*$| ?[\u2013\u2014-] |: |, [a-z.' -]+$)`,
);
/** The longest such headline's lead, to its count. */
const HEADLINE_SENDING_REACH = 80;
const PLANNED_FOR_PAIR = new RegExp(`\\b(?:${any(PLANNED_RIGHT_BEFORE)}) [\\d,.]+(?: [a-z-]+){1,2} (?:${any(CONJUNCTIONS)}) $`);
const JOINING_TAILS = CONJUNCTIONS.map((c) => `${c} `);
const MOVED_VERBS = new RegExp(`\\b(?:${any(MOVED_MORE)})\\b`, 'g');
const MORE_THERE_AFTER = new RegExp(`^ (?:(?:${any(['are', 'were', 'now', 'already'])}) )*(?:${any(MORE_THERE)})\\b`);
/** How far before an additional count its own verb of sending stands: "sent an additional", "have deployed 3,000 more". */
const ADDITIONAL_REACH = 50;

import type { Noun } from './noun-phrase';

/** How far apart two joined counts of troops may stand: "sent over 11,000 troops to Russia in 2024, and another 3,000". */
const JOINED_COUNTS_GAP = 70;
const JOINED_BY_AND = new RegExp(
  `,? (?:${any(CONJUNCTIONS)}|(?<!\\b(?:${any(JOINED_TO_SENT.notAfter)}) )(?:${any(JOINED_TO_SENT.links)}))(?: (?:an )?(?:${any(ADDITIONAL_WORDS)}))? $`,
);
/** What may follow troops joined that way: where, when, or the clause's end. */
const NO_VERB_AFTER = new RegExp(`^(?:$|[,.;:)]| (?:${any(JOINED_THEN)})\\b)`);

/**
 * More troops joined to a count sent just before, with no verb of their own to come: "North Korea sent over 11,000
 * troops to Russia in 2024, and another 3,000 in the early months of this year" were sent too.
 */
function joinedToSent(s: InSentence, rest: string): boolean {
  const prev = s.previous;
  if (!prev) return false;
  const between = s.sentence.slice(prev.end, s.quantity.start);
  // Joined by "and" with no verb of their own on either side: "…, and another 3,000 in the early months of this
  // year"; not "and another 3,000 are preparing to leave", "is mobilising another 25,000".
  if (between.length > JOINED_COUNTS_GAP || !JOINED_BY_AND.test(between) || !NO_VERB_AFTER.test(rest)) return false;
  const near = s.sentence.slice(Math.max(0, prev.start - ADDITIONAL_REACH), prev.start);
  return lastIndex(SENT_VERBS, near) > lastIndex(PLANNED_VERBS, near);
}

/** An aside between dashes right after the noun: " — including three generals and 500 officers — ". */
// Folded text writes an en dash as a hyphen. Or a part between commas: "Up to 12,000 troops, including 500 officers,
// will be sent".
const SPEAKER_ASIDE_AFTER = new RegExp(`^, (?:${any(SPEAKER_ASIDE.who)}) (?:${any(SPEAKER_ASIDE.verbs)}),(?= )`);
// A count's own comma within the aside is passed: ", including the initial 1,500 deployed in the first phase,".
const DASH_ASIDE = new RegExp(
  `^(?: [\u2014-] [^\u2014]{1,80}? [\u2014-]|, (?:${any([...PART_INCLUDED, ...NAMING_ASIDES])}) (?:[^,]|,(?=\\d)){1,80}?,) `,
);
/** The longest aside read, with its dashes. */
const ASIDE_REACH = 90;
/** How far past an aside its clause's verb is read. */
const AFTER_ASIDE_REACH = 60;

/** Whether a smaller count stands before this one in the sentence: the troops there before a total they may reach. */
function smallerCountBefore(s: InSentence): boolean {
  const before = s.previous;
  if (!before || before.unit !== 'count' || s.quantity.unit !== 'count') return false;
  return valueBounds(before.value).high < valueBounds(s.quantity.value).low;
}

const FORESEEN_THERE = new RegExp(
  `\\b(?:${FORESEEN_BEFORE.there} (?:${any(FORESEEN_BEFORE.thereModals)}) ${FORESEEN_BEFORE.be}|(?:${any(FORESEEN_BEFORE.modals)}) (?:${any(FORESEEN_BEFORE.leading)})|(?:${any(FORESEEN_BEFORE.growthModals)}) (?:(?:${any(FORESEEN_BEFORE.growthAdverbs)}) )?(?:${any(FORESEEN_BEFORE.growing)})) $`,
);
const BRINGING = new RegExp(
  `\\b(?:${any(FORESEEN_BEFORE.bringingModals)}) (?:${any(FORESEEN_BEFORE.bringing)}) (?:${any(FORESEEN_BEFORE.bringingObjects.determiners)}) (?:${any(FORESEEN_BEFORE.bringingObjects.nouns)})\\b`,
  'g',
);
const BRINGING_TO = new RegExp(` ${FORESEEN_BEFORE.link} $`);
/** No other verb between the object and "to": not "…the number after his troop numbers in Russia rose to". */
const BETWEEN_OBJECT_AND_TO = /^(?: [a-z'-]+){0,10}?(?= to $)/;
const CLAUSE_MARK = /[,;.:]/;
const RESTATED_VERB = new RegExp(`\\b(?:${any(FORESEEN_BEFORE.changedBetween)})\\b`);
const LEAVING_AFTER = new RegExp(`^[^,;.]{0,40}\\b(?:${any(FORESEEN_BEFORE.leaving)})\\b`);
/** How far after the count its leaving is read: " North Korean troops being withdrawn". */
const LEAVING_REACH = 60;

/**
 * Troops foreseen by a modal right before the count ("there will be 12,000 more", "could lead to 100,000"), or a total a
 * modal verb brings to it, in the same clause ("will bring the total number of North Koreans … to 15,000").
 */
function foreseenBefore(s: InSentence): boolean {
  const lead = s.sentence.slice(Math.max(s.prevEnd, s.quantity.start - FORESEEN_BEFORE.reach), s.quantity.start);
  if (FORESEEN_THERE.test(lead)) return !LEAVING_AFTER.test(s.sentence.slice(s.quantity.end, s.quantity.end + LEAVING_REACH));
  if (!BRINGING_TO.test(lead)) return false;
  let last = -1;
  for (const m of lead.matchAll(BRINGING)) {
    meter.steps++;
    last = m.index + m[0].length;
  }
  if (last < 0) return false;
  const rest = lead.slice(last);
  return !CLAUSE_MARK.test(rest) && BETWEEN_OBJECT_AND_TO.test(rest) && !RESTATED_VERB.test(rest);
}

/** Where a question a modal opens starts: "Can North Korea provide …", "…: Will this expand into …". */
const MODAL_QUESTION_OPENS = new RegExp(`(?:^|[:"\u201c] ?)(?:${any(QUESTION_MODALS)}) `, 'g');
/** A sentence that asks, read once per sentence. */
const ASKED = /\?/;
/** How far before the count its question's modal is read. */
const QUESTION_REACH = 120;
/** What ends the question's clause before the count. */
const QUESTION_BREAK = /[?.!:"\u201c\u201d]/;
const QUESTION_VERB = new RegExp(`\\b(?:${any(QUESTION_VERBS)})\\b`);

/** A question a modal opens, running on to the count with a verb of giving or growing: "Will this expand into tens of thousands of troops?". */
function modalQuestion(s: InSentence): boolean {
  if (!s.says(ASKED)) return false;
  const text = s.sentence.slice(Math.max(0, s.quantity.start - QUESTION_REACH), s.quantity.start);
  const open = lastMatch(MODAL_QUESTION_OPENS, text);
  if (open.index < 0) return false;
  const asked = text.slice(open.end);
  return !QUESTION_BREAK.test(asked) && QUESTION_VERB.test(asked);
}

/** A number set as an example, or foreseen by a modal: "the deployment of, say, 100,000", "we could be looking at maybe". */
const SUPPOSED_BEFORE = new RegExp(
  `(?:, (?:${any(SUPPOSED.examples)}), |\\b(?:${any(MODALS)}) be (?:${any(SUPPOSED.foreseeing)})(?: (?:${any(SUPPOSED.hedges)}))? )$`,
);
/** Troops only supposed: a number set as an example, or foreseen. */
function supposed(s: InSentence): boolean {
  const lead = s.sentence.slice(Math.max(0, s.quantity.start - SUPPOSED_REACH), s.quantity.start);
  return SUPPOSED_BEFORE.test(lead);
}
const SUPPOSED_REACH = 80;

/** Promised or additional troops, against troops sent. */
export function isPlanned(s: InSentence, noun: Noun | null, after: string, before: string): boolean {
  if (modalQuestion(s) || supposed(s) || foreseenBefore(s)) return true;
  // "The first wave will consist of 1,000 North Korean sappers": a force to come, by what it will be made of.
  if (
    MADE_OF_BEFORE.test(s.sentence.slice(Math.max(0, s.quantity.start - MADE_OF_REACH), s.quantity.start)) &&
    !MADE_OF_THERE.test(s.sentence.slice(s.quantity.end, s.quantity.end + MADE_OF_REACH))
  )
    return true;
  // "3,000 more recently deployed": what follows "more" says whether they came.
  // "10,000 troops from North Korea are being readied": the origin is passed over.
  // "6,000 military engineers and construction troops would be sent": a second noun joined before the verb is passed.
  // "up to 12,000 troops — including three generals and 500 officers — will join": the verb after an aside between
  // dashes, past the numbers in it.
  const nounEnd = noun?.from === 'after' ? s.quantity.end + noun.end : -1;
  const aside = nounEnd >= 0 ? DASH_ASIDE.exec(s.sentence.slice(nounEnd, nounEnd + ASIDE_REACH)) : null;
  const past = aside ? nounEnd + aside[0].length - 1 : -1;
  const said = aside ? s.sentence.slice(past, past + AFTER_ASIDE_REACH) : null;
  const told = unquotedAfter(said ?? (noun?.from === 'after' ? after.slice(noun.end) : after.replace(MORE_AFTER, '')))
    .replace(FROM_UNIT, '')
    .replace(FROM_NORTH_KOREA, '')
    .replace(JOINED_NOUN_AFTER, ' ')
    .replace(RELATIVE_BEFORE_MODAL, ' ');
  // "A contingent of 2,600, he says, is due to be transferred": the speaker set between passed over.
  const rest = told.startsWith(', ') ? told.replace(SPEAKER_ASIDE_AFTER, '') : told;
  // There now, whatever is foreseen of them: "5,000 additional soldiers are in the region", "8,000 troops are expected
  // to soon enter combat"; not more of them foreseen to fight ("Another 6,000 … are expected to join the fight").
  if (STAYING.test(rest)) return false;
  // "could be making ready to deploy extra troops in July, after sending greater than 10,000 troopers": sent already.
  if (endsWithWords(before, SENT_BEFORE_NOW)) return false;
  const more = () => (noun !== null && ADDITIONAL.test(noun.modifiers)) || ADDITIONAL_BEFORE.test(before.slice(-24));
  if (FORESEEN_TO_FIGHT.test(rest) && !more()) return false;
  // "5,000 construction workers and 1,000 sappers may be sent": the pair's verb is said after the second.
  if (PLANNED_AFTER.test(rest) || TO_COME_AFTER.test(rest)) return true;
  // "This contingent comprises 1,000 deminers and 5,000 construction workers, with their arrival expected as early as
  // July": their arrival still to come, said later in the sentence.
  if (ARRIVAL_EXPECTED_LATER.test(s.sentence.slice(s.quantity.end, s.quantity.end + ARRIVAL_EXPECTED.reach))) return true;
  // The force those sent will join, unless its own words say it is to come: "to add to the 11,000 deployment", not "to
  // join the 3,000 expected to arrive".
  if (JOINED_FORCE.test(before.slice(-JOINED_FORCE_REACH))) return false;
  if (noun?.from === 'after' && lastIndex(DEPLOYED_VERBS, lookBack(s).text) < 0) {
    const further = s.sentence.slice(s.quantity.end + noun.end, s.quantity.end + noun.end + JOINED_REACH).replace(NAMING_ASIDE_LATER, '');
    const joined = JOINED_COUNT_AFTER.exec(further);
    if (joined && PLANNED_AFTER.test(` ${further.slice(joined[0].length)}`)) return true;
  }
  // A qualifier that is a verb belongs to the words before: "could eventually exceed 100,000".
  const qualified = s.sentence.slice(s.quantity.start, s.quantity.numberStart);
  // A sentence's opening adverb joins it to the one before, no plan: "Additionally, among the mercenaries are … about
  // 12,000 military personnel from North Korea".
  const back = lookBack(s).text;
  const opener = DISCOURSE_OPENER.exec(back.slice(0, DISCOURSE_OPENER_REACH));
  const head = `${opener ? back.slice(opener[0].length) : back}${qualified}`;
  if (qualified && EXCEEDS_LATER.test(head)) return true;
  const plannedAt = lastMatch(PLANNED_VERBS, head);
  const deployedAt = lastMatch(DEPLOYED_VERBS, head);
  const planned = plannedAt.index;
  const deployed = deployedAt.index;
  // "sent an additional 3,000", "3,000 more have been dispatched": more, but already there. The verb
  // must be the number's own, close before it or right after it: not a deployment named earlier.
  // "Kim Jong Un is sending another 6,000 people": a sending announced, still to come.
  // Not troops it puts into battle now: "is deploying approximately 11,000 North Korean soldiers in … assaults".
  if (
    ANNOUNCED_SENDING.test(before.slice(-ADDITIONAL_REACH)) ||
    (s.quantity.start <= HEADLINE_SENDING_REACH &&
      HEADLINE_SENDING.test(s.sentence.slice(0, s.quantity.start)) &&
      HEADLINE_SENDING_TAIL.test(s.sentence.slice(s.quantity.end)))
  )
    return more() || !endsWithWords(before, USED_IN_BATTLE_VERBS) || !USED_IN_BATTLE_AFTER.test(rest);
  // The second of a pair planned: "with plans for 1,000 deminers and 5,000 construction workers".
  // (Read only after a conjunction, which few counts stand after.)
  if (
    endsWithWords(before, JOINING_TAILS) &&
    PLANNED_FOR_PAIR.test(s.sentence.slice(Math.max(0, s.quantity.start - ADDITIONAL_REACH), s.quantity.start))
  )
    return true;
  if (more()) {
    const near = before.slice(-ADDITIONAL_REACH);
    const sentNear = Math.max(lastIndex(SENT_VERBS, near), lastIndex(MOVED_VERBS, near)) > lastIndex(PLANNED_VERBS, near);
    if (MORE_THERE_AFTER.test(rest)) return false;
    // "North Korea intends to triple its troops, sending an additional 25,000": the participle of the plan before it.
    const participle = PARTICIPLE_BEFORE.exec(before);
    const plan = participle ? before.slice(0, participle.index) : '';
    const sending = SENDING_BEFORE.test(before) && !(participle && lastIndex(PLANNED_VERBS, plan) > lastIndex(SENT_VERBS, plan));
    return !(sentNear || SENT_AFTER.test(rest) || sending || joinedToSent(s, rest));
  }
  if (MODAL_COPULA_BEFORE.test(before.slice(-MODAL_COPULA_REACH)) && SENT_AFTER.test(rest)) return true;
  if (SOON.test(rest) || UNDER_WAY_LATER_AFTER.test(rest)) return true;
  // "possibly reaching 12,000 soldiers in the coming months", or beyond a smaller count of those there before it: "has
  // sent about 11,000 troops, with the total possibly reaching 15,000".
  if (REACHING_BEFORE.test(before) && (LATER_IN_CLAUSE.test(rest) || smallerCountBefore(s))) return true;
  if (TO_BE_THERE_LATER.test(rest)) return true;
  // The number's own verb after it says they came: "…another 6,000, with about 1,000 already believed to have arrived".
  if (SENT_AFTER.test(rest)) return false;
  // A cue of troops there that takes in the plan's word wins: "rushed reinforcements" over "reinforcements".
  return planned > deployed && !(deployed >= 0 && deployedAt.end >= plannedAt.end);
}
