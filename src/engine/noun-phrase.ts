/**
 * What a number counts: the noun after it ("64 separate shipments"), one
 * borrowed from before it ("the number of casualties at about 1,100"), or one
 * the words around it imply ("had sent about 3,000 more").
 */
import type { InSentence } from './in-sentence';
import { lastIndex } from './in-sentence';
import { alternation as any } from './lexicon/compile';
import {
  CONJUNCTIONS,
  COUNT_OF_WORDS,
  FUNCTION_WORDS_AFTER,
  HEDGED_PLACE_PREPOSITIONS,
  HEDGED_TO_BE,
  HEDGES,
  INCLUSIVE_ASIDES,
  NOUN_BEFORE_STOPS,
  POINTS_BACK,
  VAGUE_PEOPLE,
} from './lexicon/en/clauses';
import { LOSS_SUBJECTS, TOLL_OWNER_LINKS } from './lexicon/en/losses';
import {
  ADJECTIVE_AS_PEOPLE,
  CARGO_CARRIED,
  CIVILIAN_MEMBERS,
  KINDS_OF,
  NOUNS as NOUN_WORDS,
  ORDINAL_SUFFIXES,
  PEOPLE_AFTER_PEOPLE,
  PREDICATE_NOUN_COPULAS,
  UNIT_OF_COUNT,
  UNIT_SIZE_SAID,
  UNIT_SIZE_SPACED,
  UNIT_SIZE_SUFFIXES,
  UNITS_OF_PEOPLE,
} from './lexicon/en/nouns';
import {
  ADDITIONAL,
  ARMY_MODIFIERS,
  COMMITTED_TO_WAR,
  FIGHTING_FOR,
  MODALS,
  NUMBER_GROWS,
  NUMBERING,
  SENT_WHEN_AFTER,
  SOON_AFTER,
  THERE_ARE,
  TOTAL_BEFORE,
  TROOP_WORDS as TROOP_WORD_LIST,
  WILL_HAVE,
} from './lexicon/en/sending';
import { POSSESSIVE_PRONOUNS } from './lexicon/en/speakers';
import {
  ADDITIONAL_BEFORE,
  CASUALTY_PREDICATE,
  CASUALTY_SCOPES,
  casualtyCountBefore,
  FIGHTING_AFTER,
  FORESEEN_SENDING_AFTER,
  JOINED_FORCE,
  JOINED_FORCE_BARE_AFTER,
  JOINED_FORCE_REACH,
  LOSS_BEFORE,
  MORE_AFTER,
  NAMES_MISSILES,
  NAMES_OTHER_CARGO,
  NAMES_SHELLS,
  NK_PERSONNEL_WORDS,
  NOUN_MODIFIER,
  NOUNS,
  type NounKind,
  namesCargo,
  nkTroopsNamed,
  ON_THE_WAY_AFTER,
  PLANNED_AFTER,
  SENT_AFTER,
  SENT_BEFORE,
  THERE_ARE_BEFORE,
  THERE_NOW_AFTER,
  THERE_OPENER_BEFORE,
  THERE_PLACE_AFTER,
  TO_COME_AFTER,
  WITH_COUNT_BEFORE,
  WITH_COUNT_THERE_AFTER,
} from './measure-cues';
import { withVerbQualifier } from './qualifiers';
import { meter } from './step-meter';
import { NORTH_KOREA, namesAnotherSubject } from './topic-keywords';

export interface Noun {
  readonly kind: NounKind;
  readonly modifiers: string;
  readonly text: string;
  /** Where the noun phrase ends in the text after the number (0 where it was not read there). */
  readonly end: number;
  /** Read after the number, borrowed from before it, or implied by the words around it. */
  readonly from: 'after' | 'before' | 'implied';
  /** The number is a unit's size hyphened to it: "a 1,500-strong unit". */
  readonly size?: true;
}

/** Passed over between a number and its noun: quotes, and brackets round a modifier ("over 10,000 (North Korean) soldiers"). */
const QUOTES = /["'\u201C\u201D(]/;

/** Words a noun may be borrowed across ("…casualties at about 1,100 at the time"). */
/** Others who fight for Russia, or a mixed force, named in the sentence. */
const OTHER_FIGHTERS = new RegExp(`\\b(?:${any(FIGHTING_FOR.others)})\\b`);

const SENT_WHEN = new RegExp(`^ (?:${any(SENT_WHEN_AFTER)})\\b`);
const HEDGED_PLACE = new RegExp(`^ (?:${any(HEDGED_TO_BE)})(?= (?:${any(HEDGED_PLACE_PREPOSITIONS)})\\b)`);
export const FUNCTION_WORD_AFTER = new RegExp(`^(?:\\s*$|\\s*[,.;:)!?\u2014"'-]| (?:${any(FUNCTION_WORDS_AFTER)})\\b)`);

const PEOPLE_HEAD_NEXT = new RegExp(` (${any(PEOPLE_AFTER_PEOPLE)})\\b`, 'y');
/** Only kinds pointed at: "several dozens of such types of", not "at least two of the types of" (kinds counted). */
const KIND_LINK_AFTER = new RegExp(`^${KINDS_OF.link} (?:${any(KINDS_OF.pointing)}) $`);
const KIND_LINK_BEFORE = ` ${KINDS_OF.link}`;
const KIND_WORD = new RegExp(`^(?:${any(KINDS_OF.words)})$`);
const POINTING_BACK = new RegExp(`^(?:${any(POINTS_BACK)})$`);

/** "-strong … unit": the unit's size, its words up to the unit named. */
const UNIT_SIZE = new RegExp(
  `^(?:-(?:${any(UNIT_SIZE_SUFFIXES)})| (?:${any(UNIT_SIZE_SPACED)}))((?: (?:[a-z.'-]+|\\d+(?:${any(ORDINAL_SUFFIXES)}))){0,4}?) (${any([...UNITS_OF_PEOPLE, ...UNITS_OF_PEOPLE.map((u) => `${u}s`)])})\\b(?! of (?:[a-z.'-]+ ){0,3}(?:${any(CIVILIAN_MEMBERS)})\\b)`,
);

/** A part of a whole opened on, said to be North Korean: ", at least 10,000 are North Korean soldiers". */
export const PART_IS_NORTH_KOREAN = new RegExp(
  `^, (?:[^,;]|,(?=\\d)){0,30}?\\b(?:${any(THERE_ARE.partIsNorthKorean.verbs)}) (?:${any(THERE_ARE.partIsNorthKorean.adjectives)})\\b`,
);

/** The noun the number counts, reading forward past quotes and modifiers ("64 separate shipments"). */
export function nounAfter(after: string): Noun | null {
  // "a 1,500-strong special operations unit": so many soldiers, of whoever the words before the unit name.
  const size = UNIT_SIZE.exec(after);
  if (size) return { kind: 'personnel', modifiers: `${size[1]!.trim()} `, text: size[2]!, end: size[0].length, from: 'after', size: true };
  // "hundreds, possibly thousands, of North Korean troops": the aside closed, the noun follows.
  let i = ASIDE_CLOSED.test(after) ? 1 : 0;
  let modifiers = '';
  for (let word = 0; word < 8; word++) {
    meter.steps++;
    // A closing bracket only where the phrase opened one: not "(several dozen) and launchers".
    while (after[i] === ' ' || QUOTES.test(after[i] ?? '') || (after[i] === ')' && after.lastIndexOf('(', i) >= 0)) {
      meter.steps++;
      i++;
    }
    // A name in brackets among the modifiers is passed over: "KN-23 (Hwasong-11Ga) model missiles"; so is an editor's
    // gloss in square brackets: "11,000 DPRK [Democratic People's Republic of Korea] troops".
    const aside = modifiers ? BRACKETED_NAME.exec(after.slice(i)) : null;
    if (aside) {
      i += aside[0].length;
      continue;
    }
    // The gloss's words are the noun's: "Over 10,000 [North Korean] soldiers" are North Korea's.
    const gloss = modifiers ? null : GLOSS.exec(after.slice(i));
    // A gloss that is the noun itself: "some 3,000 or more [North Korean troop] have been additionally dispatched".
    const glossed = gloss ? nounAfter(` ${gloss[1]}`) : null;
    if (gloss && glossed && glossed.end === gloss[1]!.length + 1) return { ...glossed, end: i + gloss[0].trimEnd().length, from: 'after' };
    if (gloss) {
      modifiers += `${gloss[1]} `;
      i += gloss[0].length;
      continue;
    }
    const rest = after.slice(i);
    for (const noun of NOUNS) {
      const m = noun.re.exec(rest);
      if (!m) continue;
      // "about 600 of those North Korean soldiers died": the people named after "of those" are the noun; so are the
      // things ("at least one of those North Korean ballistic missiles").
      // …and "24 of these drones were downed" counts drones, no people.
      const named = POINTING_BACK.test(m[0]) ? nounAfter(rest.slice(m[0].length)) : null;
      if (named) return { ...named, modifiers: `${modifiers}${m[0]} ${named.modifiers}`, end: i + m[0].length + named.end };
      // "several dozens of such types of North Korean ballistic missiles": the things of the kinds named are counted.
      const kinds = KIND_LINK_AFTER.test(modifiers) && KIND_WORD.test(m[0]) && rest.startsWith(KIND_LINK_BEFORE, m[0].length);
      const kindOf = kinds ? nounAfter(rest.slice(m[0].length + KIND_LINK_BEFORE.length)) : null;
      if (kindOf)
        return {
          ...kindOf,
          modifiers: `${modifiers}${m[0]}${KIND_LINK_BEFORE} ${kindOf.modifiers}`,
          end: i + m[0].length + KIND_LINK_BEFORE.length + kindOf.end,
        };
      // "1,500 special forces soldiers already sent": the second noun of people is the head of both.
      PEOPLE_HEAD_NEXT.lastIndex = m[0].length;
      const second = noun.kind === 'personnel' ? PEOPLE_HEAD_NEXT.exec(rest) : null;
      if (second)
        return {
          kind: noun.kind,
          modifiers: `${modifiers}${m[0]} `,
          text: second[1]!,
          end: i + m[0].length + second[0].length,
          from: 'after',
        };
      return { kind: noun.kind, modifiers, text: m[0], end: i + m[0].length, from: 'after' };
    }
    // "the number of North Korean military deployed": the army's word as its soldiers, a verb of theirs after it
    // (read before modifiers, as "deployed" may be one).
    if (PEOPLE_COLLECTIVE.test(modifiers) && (PEOPLE_ADJECTIVE_VERB.test(rest) || PEOPLE_COLLECTIVE_VERB.test(rest)))
      return {
        kind: 'personnel',
        modifiers: PEOPLE_ADJECTIVE,
        text: modifiers.slice(PEOPLE_ADJECTIVE.length).trim(),
        end: i - 1,
        from: 'after',
      };
    const mod = NOUN_MODIFIER.exec(rest);
    if (!mod) {
      // "3,000 North Korean are already fighting": the people's adjective standing for them, a verb after it.
      if (modifiers === PEOPLE_ADJECTIVE && PEOPLE_ADJECTIVE_VERB.test(rest))
        return { kind: 'personnel', modifiers: '', text: PEOPLE_NOUN, end: i - 1, from: 'after' };
      return null;
    }
    modifiers += `${mod[0]} `;
    i += mod[0].length;
  }
  return null;
}

const COPULA_BEFORE_NOUN = new RegExp(`^,? (?:${any(PREDICATE_NOUN_COPULAS)})(?= )`);
/**
 * People said to be what the noun after a copula names, where nothing else gives the count a noun: "the vast
 * majority, about 10,000, are combat units".
 */
export function nounAfterCopula(after: string): Noun | null {
  const copula = COPULA_BEFORE_NOUN.exec(after);
  if (!copula) return null;
  const named = nounAfter(after.slice(copula[0].length));
  return named?.kind === 'personnel' ? { ...named, end: copula[0].length + named.end } : null;
}

/**
 * A list item's label, all of it before the count: "ballistic missiles: dozens transferred to aid russia's war effort";
 * or before a list of counts, each after its maker's name: "north korean casualties: zelensky 4,000, nis 3,000, u.s.
 * department of defense 1,200".
 */
// A table's row too, its first cell the label: "| killed | 3,200+ |", read as "| killed: 3,200+".
const LABEL = /^(?:\| )?([a-z][a-z0-9' -]{1,40}): (?:(?:[a-z.'-]+ ){1,5}[\d.,]+, )*(?:[a-z.'-]+ ){0,5}$/;

/** The noun a list item's label names, where the label is that noun and nothing else and the count follows it. */
export function labelNoun(head: string): Noun | null {
  const label = LABEL.exec(head);
  if (!label) return null;
  const noun = nounAfter(` ${label[1]}`);
  // Read as the list's noun, said once for every count of the item, as a noun after a list is ("11,000 and 12,000 troops").
  return noun && noun.end === label[1]!.length + 1 ? { ...noun, end: 0 } : null;
}

/** A one-word name in brackets, "(Hwasong-11Ga)", or a gloss in square ones, "[Democratic People's Republic of Korea]". */
const BRACKETED_NAME = /^(?:\([a-z0-9.-]+\)|\[[^[\]]{1,60}\]) ?/;
/** An aside closed by a comma right before the noun's "of": "hundreds, possibly thousands, of troops". */
const ASIDE_CLOSED = /^, of /;
/** An editor's gloss in square brackets, first of the phrase: "Over 10,000 [North Korean] soldiers". */
const GLOSS = /^\[([^[\]]{1,60})\] ?/;
const NOUN_BEFORE_STOP = new RegExp(`(?:${any(NOUN_BEFORE_STOPS)}) `, 'g');
const HEDGE = new RegExp(` (?:${any(HEDGES)})(?= )`, 'g');
const INCLUSIVE_ASIDE = new RegExp(`, (?:${any(INCLUSIVE_ASIDES)})(?: [a-z'-]+){1,3},`, 'g');
const COUNT_OF = new RegExp(`\\b(?:${any(COUNT_OF_WORDS)}) `, 'g');
const COUNT_OF_DROPPED = new Set([...ARMY_MODIFIERS, ...ADDITIONAL]);
const COUNT_OF_AT = new RegExp(`^(?:${any(COUNT_OF_WORDS)})`);
/** How many words before a number its noun is looked for: "the total number of troops in the area is projected to reach". */
const NOUN_BEFORE_WORDS = 7;

/** Losses "among" or "of" the people named next: "casualties among these troops". */
const LOSSES_OF_BEFORE = new RegExp(`\\b(?:${any(LOSS_SUBJECTS)}) (?:${any(TOLL_OWNER_LINKS)}) (?:[a-z'.-]+ ){0,3}$`);
/** A force's own size after its noun: "its existing deployment of 11,000". */
const SIZE_OF_AT_END = / of $/;

/** The nearest noun before the number in its clause ("troop deployment of 3,000"). */
export function nounBefore(whole: string): Noun | null {
  const stop = lastIndex(NOUN_BEFORE_STOP, whole);
  const before = (stop < 0 ? whole : whole.slice(stop + 1)).replace(HEDGE, '').replace(INCLUSIVE_ASIDE, '');
  // "the number of artillery shells North Korea has sent to Russia could be as high as": the count named first is the
  // subject, however far back it stands and whatever nouns stand nearer.
  const counted = lastIndex(COUNT_OF, before);
  if (counted >= 0) {
    const named = nounAfter(before.slice(counted).replace(COUNT_OF_AT, ''));
    // Losses named first are read with their words ("the number of killed or wounded"), by casualtyCountBefore.
    // Its owner's words are kept ("the number of North Korean troops"); words that would say more of it or an
    // army's size ("the number of fresh troops arriving", "active-duty") are not the count's here.
    if (named && named.kind !== 'none' && named.kind !== 'casualties') {
      const modifiers = named.modifiers
        .split(' ')
        .filter((w) => !COUNT_OF_DROPPED.has(w))
        .join(' ');
      return { ...named, modifiers, end: 0, from: 'before' };
    }
  }
  const words = before.split(/(?<=[\s(])/);
  for (let n = words.length - 1, seen = 0; n >= 0 && seen < NOUN_BEFORE_WORDS; n--, seen++) {
    meter.steps++;
    const rest = words.slice(n).join('');
    if (/^[;:]/.test(rest.trimStart())) return null;
    for (const noun of NOUNS) {
      const m = noun.re.exec(rest);
      if (!m || noun.kind === 'none') continue;
      // "total casualties among these troops exceeding 3,000": the losses of the people named are counted.
      // Not the force's own size ("losses among its existing deployment of 11,000"), nor a count set apart after a
      // comma ("to make up for the losses of Russian forces, about 11,000 so far").
      if (
        noun.kind === 'personnel' &&
        !SIZE_OF_AT_END.test(rest) &&
        !rest.includes(',') &&
        LOSSES_OF_BEFORE.test(words.slice(0, n).join(''))
      ) {
        return { kind: 'casualties', modifiers: '', text: m[0], end: 0, from: 'before' };
      }
      return { kind: noun.kind, modifiers: '', text: m[0], end: 0, from: 'before' };
    }
  }
  return null;
}

/** How far after a number expected to come a loss foreseen is read: "3,000 expected to be killed". */
const FORESEEN_REACH = 30;
/** How far before a count "there are" is read, with an adverb between. */
const THERE_REACH = 32;
const TOTAL = new RegExp(
  `\\b(?:${any(TOTAL_BEFORE.verbs)}) (?:${any(TOTAL_BEFORE.totals)})(?: (?!${TOTAL_BEFORE.link}\\b)[a-z'-]+){0,${TOTAL_BEFORE.reach}} ${TOTAL_BEFORE.link} $`,
);
const NUMBER_GROWS_BEFORE = new RegExp(
  `\\b(?:${any(NUMBER_GROWS.nouns)})(?: (?:${any(NUMBER_GROWS.placedIn)})(?: [a-z'-]+){1,3})?(?: (?:${any(NUMBER_GROWS.between)})){0,4} (?:(?:${any(NUMBER_GROWS.verbs)})(?: (?:${any(NUMBER_GROWS.verbAdverbs)}))? to|${any(NUMBER_GROWS.reaching)})(?: ${NUMBER_GROWS.totalOf})? $`,
);
/** "3,000 North Korean are already fighting": the adjective as the people, where a verb or "to" follows. */
const PEOPLE_ADJECTIVE = `${ADJECTIVE_AS_PEOPLE.adjective} `;
const PEOPLE_NOUN = ADJECTIVE_AS_PEOPLE.people;
const PEOPLE_ADJECTIVE_VERB = new RegExp(`^(?:${any(ADJECTIVE_AS_PEOPLE.verbs)})\\b`);
/** "North Korean military deployed", "North Korean infantry were": the army's word as its soldiers. */
const PEOPLE_COLLECTIVE = new RegExp(`^${PEOPLE_ADJECTIVE}(?:${any(ADJECTIVE_AS_PEOPLE.collectives)}) $`);
const PEOPLE_COLLECTIVE_VERB = new RegExp(`^(?:${any(ADJECTIVE_AS_PEOPLE.collectiveVerbs)})\\b`);
/** A count "of its" things: weapons, vehicles, places; what no verb of loss makes people. */
const OF_THINGS_AFTER = new RegExp(
  `^ of (?:${any([...POSSESSIVE_PRONOUNS, 'the'])}) (?:[a-z0-9-]+ ){0,3}(?:${any(NOUN_WORDS.filter((n) => n.kind === 'none').flatMap((n) => n.heads))})\\b`,
);
/** How far before a count its growing number is read: the noun, four words between, the verb. */
const NUMBER_GROWS_REACH = 90;
const ABOUT_TROOPS = new RegExp(`\\b(?:${any(NUMBER_GROWS.about)})\\b`);

/** How far before a bare count the words that carry it are read: "they will soon have ". */
const VERB_REACH = 32;
const CARRIES_BARE_COUNTS = new RegExp(`\\b(?:${any([...CARGO_CARRIED.verbs, ...WILL_HAVE, ...COMMITTED_TO_WAR.verbs])})\\b`);
const CARGO_VERB_BEFORE = new RegExp(`\\b(?:${any(CARGO_CARRIED.verbs)}) $`);
/** A pronoun that will have a bare count: "they will have 12,000 soon". */
const WILL_HAVE_BEFORE = new RegExp(`\\b(?:${any(WILL_HAVE)}) $`);
/** A verb of committing right before a bare count, and the war right after it: "commit at least 11,000 to the war". */
const COMMITTED_BEFORE = new RegExp(`\\b(?:${any(COMMITTED_TO_WAR.verbs)}) $`);
const COMMITTED_TO_AFTER = new RegExp(`^ (?:${any(COMMITTED_TO_WAR.to)})\\b`);
/** "soon" right after a count, passed over: "they will have 12,000 soon". */
const SOON_NEXT = new RegExp(`^ ${SOON_AFTER.word}\\b`);
/** A count said by a verb of numbering: "which are thought to number 12,000", "troops numbering about 11,000". */
const NUMBERING_BEFORE = new RegExp(`\\b(?:${any(NUMBERING)}) $`);

/** "This unit is about 3,000 strong": a unit named before, its size said after the number, the clause ending there. */
const UNIT_STRONG_BEFORE = new RegExp(
  `\\b(?:${any([...UNITS_OF_PEOPLE, ...UNITS_OF_PEOPLE.map((u) => `${u}s`)])}) (?:${any(UNIT_SIZE_SAID.copulas)}) $`,
);
const STRONG_AFTER = new RegExp(`^ (?:${any(UNIT_SIZE_SPACED)})(?:$|[^ a-z-]| (?:${any(CONJUNCTIONS)})\\b)`);
const MILITARY_UNIT_OF_BEFORE = new RegExp(`\\b(?:${any(UNIT_OF_COUNT.military)}) ${UNIT_OF_COUNT.link} $`);
const GROUP_OF_BEFORE = new RegExp(`\\b(?:${any(UNIT_OF_COUNT.groups)}) ${UNIT_OF_COUNT.link} $`);
const UNIT_OF_REACH = 24;
const MODAL_NEXT = new RegExp(`^ (?:${any(MODALS)})\\b`);
/** How far after the count before a noun of its is read. */
const COUNTED_BEFORE_REACH = 40;
const VAGUE_PEOPLE_NOUNS = new Set(VAGUE_PEOPLE);
/** Whether the count before this one counts soldiers ("about 1,500 men"), not people at large ("killed three people"). */
function peopleCountedBefore(s: InSentence): boolean {
  const previous = s.previous;
  if (previous === undefined) return false;
  const noun = nounAfter(s.sentence.slice(previous.end, previous.end + COUNTED_BEFORE_REACH));
  return noun?.kind === 'personnel' && !VAGUE_PEOPLE_NOUNS.has(noun.text);
}

/** Words that say a sentence is about troops, for a bare "3,000 more". */
export const TROOP_WORDS = new RegExp(`\\b(?:${any(TROOP_WORD_LIST)})\\b`);

/**
 * The noun a number counts when none follows it: what happened ("300 had been
 * killed"), a loss or count said before ("Russia has lost 30-35 thousand"), a noun
 * just before ("the number of casualties at about 1,100"), a verb of sending ("had
 * sent about 3,000 more"), or "more" in a sentence about troops.
 */
export function impliedNoun(s: InSentence, after: string, before: string): Noun | null {
  const implied = (kind: NounKind, modifiers = ''): Noun => ({ kind, modifiers, text: '', end: 0, from: 'implied' });
  if (CASUALTY_PREDICATE.test(after.replace(MORE_AFTER, ''))) return implied('casualties');
  // "with 8,000 thought to be in Kursk": where they are, past the hedge.
  const borrowed = FUNCTION_WORD_AFTER.test(after.replace(HEDGED_PLACE, '')) ? nounBefore(before) : null;
  if (borrowed) return borrowed;
  // "Russia has lost over 400 of its multiple-launch rocket vehicles": things, no people lost.
  if (OF_THINGS_AFTER.test(after)) return null;
  // A qualifier that is the clause's verb is read with the words before it: "the death toll in the war exceeds 2,000".
  const withVerb = withVerbQualifier(before, s.quantity.qualifier);
  if (FUNCTION_WORD_AFTER.test(after) && (LOSS_BEFORE.test(before) || casualtyCountBefore(withVerb) !== null)) return implied('casualties');
  const more = MORE_AFTER.exec(after);
  const bare = more ? after.slice(more[0].length) : after;
  // Troops spoken of: in the sentence's own words, or North Korea's named in it or the one before ("3,000 North
  // Koreans have been sent, with a total of around 10,000 expected by December").
  // Or soldiers counted just before: "about 1,500 men are already in Vladivostok …, with an additional 10,500 set to follow".
  const named = s.says(TROOP_WORDS) || nkTroopsNamed(s.says);
  const troops = () => named || peopleCountedBefore(s);
  const sentWord = SENT_BEFORE.test(before) || SENT_AFTER.test(after);
  if (
    (sentWord && FUNCTION_WORD_AFTER.test(bare)) ||
    // "after sending over 1,000 earlier this year", of troops counted before it (not "50 howitzers").
    (sentWord && SENT_WHEN.test(bare) && nounBefore(before)?.kind === 'personnel') ||
    SENT_AFTER.test(after) ||
    // "A couple of thousand more were heading there".
    (more && SENT_AFTER.test(bare)) ||
    (ON_THE_WAY_AFTER.test(bare) && (more || troops())) ||
    (FIGHTING_AFTER.test(after) && !s.says(OTHER_FIGHTERS)) ||
    (more && troops())
  ) {
    return implied('personnel', more ? 'more ' : '');
  }
  if (STRONG_AFTER.test(after) && UNIT_STRONG_BEFORE.test(before.slice(-UNIT_SIZE_SAID.reach))) return implied('personnel');
  // "an advance party of 2,600 will go to Kursk": a unit numbered by the bare count, in a sentence about troops.
  const unitLead = before.slice(-UNIT_OF_REACH);
  if (
    (MILITARY_UNIT_OF_BEFORE.test(unitLead) || (GROUP_OF_BEFORE.test(unitLead) && troops())) &&
    (FUNCTION_WORD_AFTER.test(after) || MODAL_NEXT.test(after))
  )
    return implied('personnel');
  // "North Korean troops are in Russia. The US said only 3,000 were there": troops named in the sentence, or North
  // Korea's named in the one before, and the count said to be where they are.
  const thereBefore =
    THERE_ARE_BEFORE.test(before.slice(-THERE_REACH)) ||
    (THERE_OPENER_BEFORE.test(s.sentence.slice(0, s.quantity.start)) && !PART_IS_NORTH_KOREAN.test(after));
  // Or in a with-clause after the troops it is part of: "sent 11,000 soldiers, with 8,000 already in Kursk".
  // Not part of another side's force: "Russia has amassed about 50,000 soldiers, including North Korean troops, with
  // 30,000 already in Kursk".
  const withThere =
    WITH_COUNT_BEFORE.test(before) &&
    WITH_COUNT_THERE_AFTER.test(after) &&
    peopleCountedBefore(s) &&
    !namesAnotherSubject(s.sentence.slice(0, s.previous!.start));
  if ((THERE_NOW_AFTER.test(bare) || (THERE_PLACE_AFTER.test(after) && thereBefore) || withThere) && troops()) {
    return implied('personnel', more ? 'more ' : '');
  }
  // "to send 3,000 more soldiers to join the 11,000 already there": the force joined, in a sentence about troops.
  if (JOINED_FORCE.test(before.slice(-JOINED_FORCE_REACH)) && JOINED_FORCE_BARE_AFTER.test(after) && troops()) return implied('personnel');
  // Words that carry a bare count, looked for once in the sentence before any is read at the count.
  if (s.says(CARRIES_BARE_COUNTS)) {
    const verb = before.slice(-VERB_REACH);
    // "North Korea delivered 350,000 to Russia": munitions the sentence or the one before names, by a verb only cargo
    // takes.
    if (CARGO_VERB_BEFORE.test(verb) && FUNCTION_WORD_AFTER.test(bare) && NORTH_KOREA.test(before)) {
      const shells = s.says(NAMES_SHELLS, true);
      if (shells !== s.says(NAMES_MISSILES, true) && !s.says(NAMES_OTHER_CARGO, true)) return implied(shells ? 'shells' : 'missiles');
    }
    // "they will have 12,000 soon": North Korea's troops to come, named in the sentence or the one before, and no other
    // party the subject of a clause before the count ("Russia has massed 50,000 troops…, and by spring they will have
    // 70,000").
    if (
      WILL_HAVE_BEFORE.test(verb) &&
      FUNCTION_WORD_AFTER.test(after.replace(SOON_NEXT, '')) &&
      s.says(NK_PERSONNEL_WORDS, true) &&
      !namesAnotherSubject(s.sentence.slice(0, s.quantity.start))
    )
      return implied('personnel');
    // "has decided to commit at least 11,000 to the war": troops committed.
    if (COMMITTED_BEFORE.test(verb) && COMMITTED_TO_AFTER.test(bare)) return implied('personnel');
  }
  // "Pyongyang fighters, which are thought to number 12,000": the troops, counted by the verb.
  if (NUMBERING_BEFORE.test(before.slice(-VERB_REACH)) && FUNCTION_WORD_AFTER.test(after) && troops()) return implied('personnel');
  // "…troops have recently arrived in Russia, bringing the total to 3,000": all of them.
  if (TOTAL.test(before) && FUNCTION_WORD_AFTER.test(after) && troops()) return implied('personnel');
  // "the number could rise to 15,000, with troops possibly being exchanged": the troops' number.
  if (NUMBER_GROWS_BEFORE.test(before.slice(-NUMBER_GROWS_REACH)) && ABOUT_TROOPS.test(s.sentence)) return implied('personnel');
  // "with an estimated total of 12,000 to come": troops to come, where troops and no cargo are in sight.
  if (TO_COME_AFTER.test(after) && troops() && !namesCargo(s.says)) return implied('personnel');
  // "with a total of 10,000 expected to be deployed": troops to come, in a sentence about troops, or sent to the war
  // with no cargo in sight; not "3,000 expected to be killed or wounded", a loss foreseen.
  if (
    PLANNED_AFTER.test(after) &&
    (troops() || (FORESEEN_SENDING_AFTER.test(after) && !namesCargo(s.says))) &&
    !CASUALTY_SCOPES.some(({ re }) => re.test(after.slice(0, FORESEEN_REACH)))
  )
    return implied('personnel');
  // "another 9,000 expected", "and another 9,000." in a sentence about troops: more of them.
  if (ADDITIONAL_BEFORE.test(before.slice(-24)) && (FUNCTION_WORD_AFTER.test(after) || PLANNED_AFTER.test(after)) && troops()) {
    return implied('personnel', 'more ');
  }
  return null;
}
