/**
 * Whose the counted people or things are: North Korea's, Russia's or another
 * party's. Said by the noun phrase, a possessive, an origin, else the nearest
 * party in the number's clause.
 */
import { endsWithWords, type InSentence, lookBack } from './in-sentence';
import { alternation as any } from './lexicon/compile';
import {
  APPOSITIVE_OPENERS,
  CLAUSE_BREAKS_AFTER,
  CONJUNCTIONS,
  DEFINITE_ARTICLE,
  NEXT_CLAUSE_OPENERS,
  PERFECT_AUXILIARIES,
  RELATIVE_PRONOUNS,
  SECOND_NAME_WORDS,
  SHARE_OF,
} from './lexicon/en/clauses';
import {
  AVERAGE_ASIDE,
  HEALED_IN_NORTH_KOREA,
  KILLED_BY_DOER,
  LOSS_NOUNS,
  LOSS_SUBJECTS,
  LOSSES_AMONG,
  LOSSES_OF_A_COUNTRY,
  LOSSES_OF_A_PARTY,
  RETURNED_HOME,
  SUBORDINATORS,
  TAKEN_BY_UKRAINE,
} from './lexicon/en/losses';
import { MILITARY_UNITS, UNIT_MEMBERS, UNITS_OF_PEOPLE, WEAPON_BY_MAKER } from './lexicon/en/nouns';
import {
  CARGO_OF,
  CLAUSE_OPENERS_AFTER_COMMA,
  EITHER_MODEL,
  ENEMY_WORDS,
  LATTER,
  LISTED_MUNITIONS,
  LONE_NK_ADJECTIVES,
  MADE_IN,
  NORTH_KOREA_NAMES,
  OF_MODEL,
  ORIGIN_NAMES,
  PAIRED_FORCES,
  PARTY_ADJECTIVES,
  PEOPLES,
  RUSSIA_NAMES,
  RUSSIAN_SIDE_SPEAKER_NAMES,
  RUSSIAN_SIDE_SPEAKERS,
  WAR_SIDES_PAIRED,
} from './lexicon/en/parties';
import { ADDITIONAL_BEFORE, MODALS, SEND, SENDER_TO_TROOPS_WORDS, SENT_BY_SENDER as SENDERS_VERBS } from './lexicon/en/sending';
import {
  AGENT_BEFORE,
  AGENT_STRIKE,
  BOOSTED_BEFORE,
  COUNTED_OF,
  COUNTED_OF_LINKS,
  GIVEN_BY_A_PARTY,
  INSTITUTION_LOSS_VERBS,
  INSTITUTIONS,
  MAKER_BY_VERBS,
  MAKING_UP_FOR,
  MANY_ORIGINS,
  OFFICIAL_TITLES,
  OPENING_PARTICIPLES,
  PARTICIPLE_LINKS,
  PARTICIPLE_LIST,
  PARTICIPLE_OPENERS,
  PEOPLE_FROM,
  PLACE_PARTS,
  PLACES_OF_A_PARTY,
  POSSESSIVE_PRONOUNS,
  RECEIVED_JUST_BEFORE,
  RELATION_BETWEEN,
  SIDE_FOUGHT_ON,
  SOURCE_OF_ANOTHER,
  SPEECH_VERBS,
  STRUCK_WITH,
  SUPPLIER_WORDS,
  USING,
  WAR_NOUNS,
  WAR_WAGED_ON,
  WITH_SUBJECT,
} from './lexicon/en/speakers';
import type { NounKind } from './measures';
import { type Noun, nounAfter } from './noun-phrase';
import { meter } from './step-meter';
import {
  DESTINATION_BEFORE,
  ORIGIN_AFTER,
  OWNER_OF_NAME,
  OWNER_SCAN,
  OWNERS,
  type Owner,
  RECIPIENT_AFTER,
  SOURCE_BEFORE,
  SPEAKER_AFTER,
} from './topic-keywords';

export function ownerOfWords(words: string): Owner | null {
  for (const { owner, re } of OWNERS) {
    re.lastIndex = 0;
    if (re.test(words)) return owner;
  }
  return null;
}

/** A party named in a sentence: whose, and where its name starts and ends. */
interface Named {
  owner: Owner;
  at: number;
  end: number;
}

/** Where a clause ends, for the owner search: a semicolon, a dash, a comparison, the end of a quotation, ", and". */
const BOOSTED_TAILS = BOOSTED_BEFORE.map((word) => `${word} `);
const CLAUSE_BREAK_AFTER = new RegExp(`[;:()\u2014]|[,.?!]"|, and\\b|\\s-|-\\s| (?:${any(CLAUSE_BREAKS_AFTER)})\\b`);
const SPACE = /\s/;
/** "South Korea's military": another country's institution speaks of a count, it does not own it. */
const INSTITUTION_AFTER = new RegExp(`^(?:'s)? (?:${any(INSTITUTIONS)})\\b`);
/** "The Ukrainian military had suffered…": the institution, the subject of a loss, is the army that lost. */
const INSTITUTION_LOST = new RegExp(
  `^(?:'s)? (?:${any(INSTITUTIONS)}) (?:(?:${any(PERFECT_AUXILIARIES)}) )?(?:${any(INSTITUTION_LOSS_VERBS)})\\b`,
);
/** What may stand before a party that is its clause's subject: "The Ukrainian military had suffered…". */
const SUBJECT_LEAD = new RegExp(`^\\s*(?:${DEFINITE_ARTICLE}\\s*)?$`);
/** How far after a party the war it names is read: "-russia conflict" in "the Ukraine-Russia conflict". */
const NAMES_A_WAR_REACH = 18;
/** "the Ukraine conflict": the party names the war. */
// Not "Russian war losses": the party's losses in its war.
// The second of a hyphened pair only a side's name: "the Ukraine-Russia conflict", not "the Russian-led offensive".
const NAMES_A_WAR = new RegExp(`^(?:[-/](?:${any(WAR_SIDES_PAIRED)}))? (?:${any(WAR_NOUNS)})\\b(?! (?:${any(LOSS_NOUNS)})\\b)`);
/** "war against Ukraine": the side a war is waged on. */
const WAR_AGAINST_BEFORE = new RegExp(`\\b(?:${any(WAR_NOUNS)}) (?:${any(WAR_WAGED_ON)}) $`);
/** "Russia's war against Ukraine": the war a party wages, no owner of a count; not "Russia's war losses". */
// Or one of the pair that names it: "entered the Russia-Ukraine war as thousands of its soldiers…".
const WAGES_A_WAR = new RegExp(`^(?:'s|-[a-z]+)? (?:${any(WAR_NOUNS)})\\b(?! (?:${any(LOSS_NOUNS)})\\b)`);
/** "Russia's leading weapons supplier": the party is served by another, it owns nothing here. */
const GIVEN_BY_AFTER = new RegExp(`^(?:'s)? (?:${any(GIVEN_BY_A_PARTY.words)})\\b(?! (?:${any(GIVEN_BY_A_PARTY.units)})\\b)`);
const SUPPLIER_AFTER = new RegExp(`^(?:'s)?(?: [a-z-]+){0,3}? (?:${any(SUPPLIER_WORDS)})\\b`);
/** "Russia's Kursk", "Russia's far east": the party's place. */
const PLACE_AFTER = new RegExp(`^(?:'s)? (?:(?:${any(PLACE_PARTS)}) )?(?:${any(PLACES_OF_A_PARTY)})\\b`);
const POSSESSIVE = new RegExp(`(?<![a-z.])([a-z.]+(?: (?:${any(SECOND_NAME_WORDS)}))?)'s? $`);
/** A party named after a count that uses it: "of the type Russia has used". */
const USER_AFTER = new RegExp(`^ (?:(?:${any(PERFECT_AUXILIARIES)}) )?(?:${any(USING)})\\b`);
const PARTY_WORD = /^[a-z.'-]+/;
/** The people a number is of, named right after it: "tens of thousands of Ukrainians". */
const PEOPLE_OWNERS = new Map<string, Owner>(
  (Object.entries(PEOPLES) as [Owner, readonly string[]][]).flatMap(([owner, names]) => names.map((n) => [n, owner] as const)),
);
const OF_WHOM_AFTER = new RegExp(`^ (?:${any(SHARE_OF)}) (${any([...PEOPLE_OWNERS.keys()])})\\b`);
const LOSSES_AMONG_BEFORE = new RegExp(`\\b(?:${any(LOSS_NOUNS)}) (?:${any(LOSSES_AMONG)}) ((?:the )?[a-z.'-]+(?: [a-z.'-]+)?)`, 'g');
/** How far before a count its losses' "among" is read. */
const LOSSES_AMONG_REACH = 120;
const LOSSES_AMONG_AFTER = new RegExp(`^ (?:${any(LOSSES_AMONG)}) ((?:the )?[a-z.'-]+(?: [a-z.'-]+)?)`);
const CARGO_OF_NK = new RegExp(`^ (?:${any(CARGO_OF)})(?![\\w-])`);
const CARGO_KINDS = new Set<NounKind>(['containers', 'shipments', 'tons', 'shells', 'missiles']);
/**
 * A unit of people counted by its size, whose people are named after it: "a 3,000-strong unit of North Korean soldiers";
 * or members of a force named after them: "600 members of Putin's forces".
 */
const UNIT_NOUNS = new Set<string>([...UNITS_OF_PEOPLE, ...MILITARY_UNITS, UNIT_MEMBERS]);
const MEMBERS_OF_AFTER = /^ of (?:the )?([a-z.'-]+(?: [a-z.'-]+)?)/;
const LONE_NK_FORCE = new RegExp(`^(?:${any(LONE_NK_ADJECTIVES.adjectives)}) $`);
const SOUTH_KOREA_NAMED = new RegExp(`\\b(?:${any(LONE_NK_ADJECTIVES.unless)})\\b`);
/** "…, with North Korea sending…": a clause of its own, opened by "with", whose subject is the party. */
const WITH_BEFORE = new RegExp(`(?:^|[,\u2014] )${WITH_SUBJECT.word} $`);
const DOING_AFTER = new RegExp(`^(?:'s)? (?:${any(WITH_SUBJECT.participles)})\\b`);
const SENDING_AFTER = new RegExp(`^ (?:${any(WITH_SUBJECT.sending)})\\b`);
const COUNTED_OF_BEFORE = new RegExp(
  `(?<!\\b(?:${any(MAKING_UP_FOR)}) (?:the )?(?:[a-z]+ )?)\\b(?:${any(COUNTED_OF)}) (?:${any(COUNTED_OF_LINKS)}) (?:the )?$`,
);
/** A party's own sending, named by its noun: "North Korea's deployment of", "Pyongyang's troop dispatch of". */
const SENDING_OF_AFTER = new RegExp(`^(?:'s)? (?:[a-z-]+ )?(?:${any(SEND.nouns)}) of\\b`);
/** "Russian Security Council Secretary Sergei Shoigu": an official of the party, who speaks of a count. */
const OFFICIAL_AFTER = new RegExp(`^(?:'s)?(?: [a-z.'-]+){0,2}? (?:${any(OFFICIAL_TITLES)})\\b`);
const AGENT = new RegExp(`\\b(?:${any(AGENT_BEFORE)}) $`);
const STRIKE_BEFORE = new RegExp(`\\b(?:${any(AGENT_STRIKE.before)}) $`);
/** The party's name, then up to two words, then the strike: "russian missile strike", "north korean drone attack". */
const STRIKE_AFTER = new RegExp(`^(?:'s)?(?: [a-z-]+){0,2}? (?:${any(AGENT_STRIKE.strikes)})\\b`);
const STRIKE_SUBJECT = new RegExp(`\\b(?:${any(AGENT_STRIKE.strikes)})(?: [a-z0-9,-]+){0,6}? (?:${any(AGENT_STRIKE.killing)}) $`);
const STRIKE_TARGETS = new RegExp(`\\b(?:${any(AGENT_STRIKE.targets)})\\b`);
/** North Korea named as a weapon's maker: "a suspected North Korean missile", "a missile manufactured in North Korea". */
export const NK_WEAPON = new RegExp(
  `\\b(?:(?:${any(NORTH_KOREA_NAMES)})(?:${WEAPON_BY_MAKER.made})? (?:[a-z-]+ )?(?:${any(WEAPON_BY_MAKER.weapons)})|(?:${any(WEAPON_BY_MAKER.weapons)}) (?:${any(MADE_IN)}) (?:${any(NORTH_KOREA_NAMES)}))\\b`,
);
/** …as a strike's weapon, it is no target: "North Korean missile used in Russian strike". */
const NORTH_KOREAN_WEAPON = new RegExp(NK_WEAPON.source, 'g');
const STRIKE_TARGET_AFTER = new RegExp(`^[^,;.]{0,30}\\b(?:at|on|near|in) (?:an? |the )?(?:${any(PARTY_ADJECTIVES.north_korea)})\\b`);
/** A struck party's verb just before it, and its "with" just after: "hit Ukraine with". */
const STRUCK_BEFORE = new RegExp(`\\b(?:${any(STRUCK_WITH.verbs)}) (?:the )?$`);
const STRUCK_WITH_AFTER = new RegExp(`^(?:'s [a-z]+)? ${STRUCK_WITH.link} (?:[a-z-]+ ){0,2}$`);
/** How far before a count a strike as the kill's subject is read. */
const STRIKE_SUBJECT_REACH = 70;
/** How far after a count the strike it was lost in is read. */
const STRIKE_REACH = 70;
const STRIKE_LOSS = new RegExp(`\\b(?:${any(AGENT_STRIKE.losses)})\\b`);
/** Whether the party named from `at` to `end`, after a count that ends at `countEnd`, did the strike the loss was in. */
function isStriker(sentence: string, { at, end }: Named, countEnd: number): boolean {
  return (
    STRIKE_BEFORE.test(sentence.slice(Math.max(countEnd, at - 12), at)) &&
    STRIKE_AFTER.test(sentence.slice(end, end + 50)) &&
    // The loss may be said before the count too: "Missile that killed 8 in Russian strike".
    STRIKE_LOSS.test(sentence.slice(Math.max(0, countEnd - 30), at))
  );
}
/** "support from Moscow": before a count, a party something else came from. */
const SOURCE_OF_ANOTHER_BEFORE = new RegExp(`(?<!\\b(?:${any(PEOPLE_FROM)}) )\\b(?:${any(SOURCE_OF_ANOTHER)}) (?:the )?$`);
/** "between Pyongyang and Moscow": either of the pair, before a count. */
const { word: BETWEEN, joiner: AND } = RELATION_BETWEEN;
const BETWEEN_FIRST = new RegExp(`\\b${BETWEEN} (?:${DEFINITE_ARTICLE} )?$`);
const BETWEEN_SECOND = new RegExp(`\\b${BETWEEN} (?:${DEFINITE_ARTICLE} )?[a-z.'-]+(?: [a-z.'-]+)? ${AND} (?:${DEFINITE_ARTICLE} )?$`);
const FIRST_TAILS = [`${BETWEEN} `, `${BETWEEN} ${DEFINITE_ARTICLE} `];
const SECOND_TAILS = [`${AND} `, `${AND} ${DEFINITE_ARTICLE} `];
const SECOND_OF_PAIR = new RegExp(`^[a-z.'-]+(?: [a-z.'-]+)? ${AND} [a-z.'-]+(?: [a-z.'-]+)?`);
/**
 * Whether the party at `at` is one of a pair a relation is between: "between Pyongyang and Moscow". `anyPair`: any
 * pair, not only one with North Korea in it.
 */
function inPairBetween(sentence: string, at: number, anyPair = false): boolean {
  const before = sentence.slice(Math.max(0, at - 40), at);
  const after = sentence.slice(at, at + 40);
  // The pattern only where the words before end as it does: most parties stand in no pair, and the scan is dear.
  const second = endsWithWords(before, SECOND_TAILS) ? BETWEEN_SECOND.exec(before) : null;
  const first = second || !endsWithWords(before, FIRST_TAILS) ? null : BETWEEN_FIRST.exec(before);
  const pair = second ? `${second[0]}${after.slice(0, 20)}` : first ? SECOND_OF_PAIR.exec(after)?.[0] : null;
  // Only a pair with North Korea in it, as its dealings with Russia are: "between Russian and Ukrainian troops" are
  // the two armies, whose count is theirs.
  return pair != null && (anyPair || owners(pair, 0, '').some(({ owner }) => owner === 'north_korea'));
}
/** ", with 3,000 troops…": a count that opens a clause of its own. */
const WITH_COUNT_BEFORE = new RegExp(`, ${WITH_SUBJECT.word} (?:[a-z]+ ){0,2}$`);
/**
 * ", sending thousands of troops", "— sending thousands of its soldiers", ", while also sending", "by deploying 18,000
 * troops": a participle whose subject is the sentence's.
 */
const PARTICIPLE_BEFORE = new RegExp(
  `(?:(?:,|\u2014) (?:(?:${any(PARTICIPLE_LINKS)}) )?|\\b(?:${any(PARTICIPLE_OPENERS)}) )(?:${any(WITH_SUBJECT.participles)}) (?:[a-z-]+(?: [a-z-]+){0,${PARTICIPLE_LIST.itemWords - 1}}(?:,|,? (?:${any(PARTICIPLE_LIST.joiners)})) ){0,${PARTICIPLE_LIST.items}}(?:(?:${any(ADDITIONAL_BEFORE)}) )?$`,
);
/** How far before the count a participle and the list it gives may start. */
const PARTICIPLE_REACH = 100;
const OPENING_PARTICIPLE = new RegExp(`^(?:${any(OPENING_PARTICIPLES)}) `);
/** How far into the clause after an opening participle's comma its subject may start: "…, the Kremlin has". */
const OPENED_SUBJECT_LEAD = 5;

/** The subject an opening participle's clause is said of, where the count stands in that clause; else null. */
function openedSubject(sentence: string, at: number): Owner | null {
  if (!OPENING_PARTICIPLE.test(sentence)) return null;
  const comma = sentence.indexOf(', ');
  if (comma < 0 || comma < at) return null;
  const from = comma + 2;
  const first = owners(sentence.slice(from, from + SUBJECT_REACH), from, sentence)[0];
  return first && first.at - from <= OPENED_SUBJECT_LEAD ? first.owner : null;
}

// Not a clause of its own after the verb ("had obtained intelligence that at least 10,000 troops"), nor a
// participle's ("obtained imagery showing some 13,000 containers"). The count may open a quote: "was supplied with
// “several dozen ballistic missiles”".
const RECEIVED_BEFORE_COUNT = new RegExp(
  `\\b(?:${any(RECEIVED_JUST_BEFORE.verbs)})(?: (?!(?:${any(RELATIVE_PRONOUNS)})\\b)(?![a-z'-]+ing\\b)[a-z.'-]+){0,${RECEIVED_JUST_BEFORE.words}} "?$`,
);
const OWN_SOURCE_AFTER = new RegExp(`^[^,;]{0,40}?\\b(?:${any(RECEIVED_JUST_BEFORE.ownSource)})\\b`);
/** How far before a count a verb of receiving is read, with its words. */
const RECEIVED_REACH = 60;
/** How far after a noun its sender's name is read (the longest name fits), and how far in it may start (" that Pyongyang"). */
const SENDER_REACH = 40;
const SENDER_LEAD = 7;
/** Between a noun and a name, the start of another clause: a comma, a semicolon, or a conjunction. */
const NEXT_CLAUSE = new RegExp(`[,;:]|\\b(?:${any(NEXT_CLAUSE_OPENERS)})\\b`);
/** The sender's verb right after its name: "… Pyongyang has reportedly sent". */
const SENT_BY_SENDER = new RegExp(
  `^(?:'s)? (?:(?:${any(PERFECT_AUXILIARIES)}) )?(?:[a-z]+ly )?(?:${any([...SEND.past, ...SEND.present, ...SENDERS_VERBS])})\\b`,
);
/** The words after a count up to an origin: "… pieces of artillery ammunition from ". */
const FROM_AFTER = new RegExp(`^(?: [a-z'-]+){0,5}? (?:${any(SOURCE_OF_ANOTHER)}) (?:${DEFINITE_ARTICLE} )?`);
const MANY_ORIGINS_AT = new RegExp(`^(?:${any(MANY_ORIGINS)})\\b`);
// Or restated after a dash: "Russia is suffering 1,200 casualties a day — more than 600,000 since February 2022".
const JOINED = new RegExp(`(?:\\b(?:${any(CONJUNCTIONS)})|\\s[\u2014\u2013])\\s*$`);

/** The longest aside in brackets passed over in a clause: one word ("(pictured)", "(file)"). */
const ASIDE_LENGTH = 16;

/**
 * Where the clause a position is in starts: just after the last semicolon,
 * colon, closing bracket (not one of a one-word aside), em dash or spaced hyphen before it (0 if none). A
 * backwards scan: the regex `.*(?:[;:)—]|\s-|-\s)` says the same, but retries
 * from every offset of a sentence without a break.
 */
export function clauseStart(before: string): number {
  for (let i = before.length - 1; i >= 0; i--) {
    meter.steps++;
    const ch = before[i]!;
    if (ch === ')') {
      // A short aside in brackets is passed over ("Vladimir Putin (pictured) has lost…"); any other bracket ends the clause.
      const open = before.lastIndexOf('(', i);
      if (open >= 0 && i - open <= ASIDE_LENGTH && !/[\s()]/.test(before.slice(open + 1, i))) {
        i = open;
        continue;
      }
      return i + 1;
    }
    if (ch === ';' || ch === ':' || ch === '\u2014') return i + 1;
    const next = before[i + 1];
    if (next !== undefined && ((next === '-' && SPACE.test(ch)) || (ch === '-' && SPACE.test(next)))) return i + 2;
  }
  return 0;
}

/** Losses named right before a dash that opens an aside about them. */
const LOSSES_BEFORE_DASH = new RegExp(`\\b(?:${any(LOSS_NOUNS)}) ?$`);
/** …or the aside gives them as a rate: "— a daily average of". */
const AVERAGE_AFTER_DASH = new RegExp(`^ ?(?:${any(AVERAGE_ASIDE)}) $`);
/** A dash, as pages write one: an em or en dash, or a hyphen with a space after it. */
const DASH_AT_END = /(?:\u2014|\u2013|-) ?$/;

/** How far before a party the words that make it a source are read: "confirmed by Russian President Vladimir ". */
const SOURCE_REACH = 48;
/** How far before a party the words that make it a destination are read: "temporarily occupied by ", "shipped Russian President Vladimir ". */
const DESTINATION_REACH = 40;

const LOSSES_OF_PARTY_BEFORE = new RegExp(
  `\\b(?:${any(LOSS_SUBJECTS)}) (?:${any(LOSSES_OF_A_PARTY.links)}) (?:(?:${any(LOSSES_OF_A_PARTY.institutions)}) )?$`,
);
/** A verb of saying or estimating and "by" right before a party: it made the figure, it owns nothing. */
const MAKER_BY_BEFORE = new RegExp(`\\b(?:${any(MAKER_BY_VERBS)}) by (?:the )?$`);
const MAKER_BY_REACH = 24;
/** A time said to be a party's worst for losses, before it: "October was the deadliest month overall for ". */
const WORST_FOR_BEFORE = new RegExp(
  `\\b(?:${any(LOSSES_OF_A_PARTY.worst)}) (?:${any(LOSSES_OF_A_PARTY.times)}) (?:${any(LOSSES_OF_A_PARTY.worstFor)}) (?:the )?$`,
);
/** How far before a party the losses it owns are read: "casualties among the armed forces of ". */
const LOSSES_OF_PARTY_REACH = 50;

/** Whether the party at `at` is its clause's subject: nothing but an article before it since the clause began. */
function isSubject(sentence: string, at: number): boolean {
  const lead = sentence.slice(0, at);
  return SUBJECT_LEAD.test(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1));
}

/**
 * What the sentence alone says of a party's name where it stands, worked out once per sentence and name rather than
 * once per count read back over it: each flag is one test of `owners` below, in its order.
 */
interface NameReading {
  /** A speaker ("Ukraine says") or a recipient ("to Russia"). */
  readonly speaksOrReceives: boolean;
  /** An official's title follows ("Russian officials"). */
  readonly official: boolean;
  /** Losses said of it right before ("casualties among the armed forces of Ukraine"). */
  readonly lossesOf: boolean;
  /** A time of losses said to be its worst right before ("the deadliest month for Russian troops"). */
  readonly worstFor: boolean;
  /** Passed over by the tests between those losses and a destination. */
  readonly passedOver: boolean;
  /** Named as where something went ("temporarily occupied by"). */
  readonly destination: boolean;
  /** Named as boosted by what is sent ("to boost Russian ranks"): passed over only after the count. */
  readonly boosted: boolean;
  /** …but the subject of the clause the count may be in, where nothing ends it before the count. */
  readonly subjectWords: boolean;
  /** Passed over by the tests after a destination: a source, a side fought on. */
  readonly passedOverLast: boolean;
}

/** The readings of the sentence last read, by where each name stands and its words. */
let readSentence = '';
const readings = new Map<string, NameReading>();

function readName(sentence: string, name: string, owner: Owner, at: number, end: number): NameReading {
  if (sentence !== readSentence) {
    readSentence = sentence;
    readings.clear();
  }
  const key = `${at}:${name}`;
  const known = readings.get(key);
  if (known) return known;
  meter.steps++;
  const possessive = name.endsWith("'s") || sentence.startsWith("'s", end);
  const destinationLead = sentence.slice(Math.max(0, at - DESTINATION_REACH), at);
  const reading: NameReading = {
    speaksOrReceives:
      SPEAKER_AFTER.test(sentence.slice(end, end + 60)) ||
      RECIPIENT_AFTER.test(sentence.slice(end, end + 30)) ||
      // The maker of a figure named by "by": "troops, said by Seoul to number 10,000".
      MAKER_BY_BEFORE.test(sentence.slice(Math.max(0, at - MAKER_BY_REACH), at)),
    official: OFFICIAL_AFTER.test(sentence.slice(end, end + 40)),
    lossesOf: LOSSES_OF_PARTY_BEFORE.test(sentence.slice(Math.max(0, at - LOSSES_OF_PARTY_REACH), at)),
    worstFor: WORST_FOR_BEFORE.test(sentence.slice(Math.max(0, at - LOSSES_OF_PARTY_REACH), at)),
    passedOver:
      // The subject ("The Ukrainian military had suffered") owns its losses.
      (owner === 'other' &&
        INSTITUTION_AFTER.test(sentence.slice(end, end + 30)) &&
        !((isSubject(sentence, at) || saidSubject(sentence, at)) && INSTITUTION_LOST.test(sentence.slice(end, end + 40)))) ||
      (!name.endsWith("'s") && NAMES_A_WAR.test(sentence.slice(end, end + NAMES_A_WAR_REACH))) ||
      (possessive && SUPPLIER_AFTER.test(sentence.slice(end, end + 40))) ||
      GIVEN_BY_AFTER.test(sentence.slice(end, end + 16)) ||
      (possessive && WAGES_A_WAR.test(sentence.slice(end, end + 40))) ||
      // "to recapture Russia's Kursk", "to demine Russian territory": a place named after a verb or preposition;
      // "Russia's Kursk governor said 400 soldiers died", the subject, still owns.
      (PLACE_AFTER.test(sentence.slice(end, end + 30)) && !isSubject(sentence, at)),
    boosted: endsWithWords(destinationLead, BOOSTED_TAILS),
    destination:
      DESTINATION_BEFORE.test(destinationLead) &&
      !COUNTED_OF_BEFORE.test(destinationLead) &&
      // "in response to North Korea's dispatch of thousands of troops": the sending is the party's own.
      !(possessive && SENDING_OF_AFTER.test(sentence.slice(end, end + 40))),
    // "…, with North Korea sending tens of thousands of troops": the subject of the clause the count is in. "the joint
    // response to North Korea sending 10,000 soldiers": North Korea does the sending it is followed by (another party
    // after "to" stays the one sent to).
    subjectWords:
      (owner === 'north_korea' && SENDING_AFTER.test(sentence.slice(end, end + 30))) ||
      (WITH_BEFORE.test(sentence.slice(Math.max(0, at - 8), at)) && DOING_AFTER.test(sentence.slice(end, end + 30))),
    passedOverLast:
      SOURCE_BEFORE.test(sentence.slice(Math.max(0, at - SOURCE_REACH), at)) ||
      // "the deployment of thousands of troops on the Russian side": the side fought on, not whose the troops are.
      (SIDE_ON_BEFORE.test(sentence.slice(Math.max(0, at - 10), at)) && SIDE_AFTER.test(sentence.slice(end, end + 8))),
  };
  readings.set(key, reading);
  return reading;
}

/**
 * Party mentions in `text` that can own a count: not a speaker ("Ukraine says"), not a recipient ("to Russia").
 * `countAfter`: the count stands right after `text`, so a clause opened by "with" may hold it.
 */
function owners(text: string, offset: number, sentence: string, countAfter = false, officialsSpeak = false): Named[] {
  const found: Named[] = [];
  // One scan for every party's name: the names come in the text's order.
  OWNER_SCAN.lastIndex = 0;
  for (let m = OWNER_SCAN.exec(text); m; m = OWNER_SCAN.exec(text)) {
    meter.steps++;
    const owner = OWNER_OF_NAME.get(m[0])!;
    const at = offset + m.index;
    const end = at + m[0].length;
    if (!sentence) {
      found.push({ owner, at, end });
      continue;
    }
    const reading = readName(sentence, m[0], owner, at, end);
    if (reading.speaksOrReceives || (officialsSpeak && reading.official)) continue;
    // "the total losses of the Armed Forces of Ukraine … exceeded 76,000": the party whose losses they are, in the
    // count's own clause (not "to make up for the losses of Russian forces, about 11,000 so far").
    if (reading.lossesOf && !CLAUSE_COMMA.test(text.slice(m.index + m[0].length))) {
      found.push({ owner, at, end });
      continue;
    }
    // "the deadliest month for Russian troops, Kyiv said, with 41,980 casualties": the party whose worst time of losses
    // it was, a clause before them; not where North Korea is named nearer ("…, with North Korean soldiers accounting
    // for 1,200 casualties").
    if (reading.worstFor && !NK_NAMED.test(text.slice(m.index + m[0].length))) {
      found.push({ owner, at, end });
      continue;
    }
    if (reading.passedOver) continue;
    if (reading.boosted && !countAfter) continue;
    if (reading.destination && !(countAfter && reading.subjectWords && !CLAUSE_COMMA.test(text.slice(m.index + m[0].length)))) continue;
    if (reading.passedOverLast) continue;
    found.push({ owner, at, end });
  }
  return found;
}

/** A side fought on: "on the Russian side", "on Russia's side". */
// After the words it is said of, not a clause's opening ("On the Ukrainian side, 60,435 soldiers have been killed").
const SIDE_ON_BEFORE = new RegExp(`[a-z] ${SIDE_FOUGHT_ON.before} (?:the )?$`);
const SIDE_AFTER = new RegExp(`^(?:'s)? ${SIDE_FOUGHT_ON.side}\\b`);
const POINTS_TO_LAST = new RegExp(`\\b(?:${any(POSSESSIVE_PRONOUNS)}) $`);
/**
 * An aside opened after a comma: a relative clause ("North Korea, which had supplied weapons to Moscow, …") or an
 * appositive ("North Korea, long a supplier to Syria and Libya, has shipped 5 million shells").
 */
const ASIDE_OPENS = `, (?:${any([...RELATIVE_PRONOUNS, ...APPOSITIVE_OPENERS])})\\b`;
/** Such an aside opened before a party and still open there. */
const RELATIVE_OPENED = new RegExp(`${ASIDE_OPENS}[^,;]*$`);
/** Whether a sentence opens such an aside anywhere: read once a sentence. */
const ASIDE_OPENED = new RegExp(ASIDE_OPENS);
/** Whether the party at `at`…`end` stands in a relative clause that closes before `before` (the count's start). */
function inClosedAside(sentence: string, at: number, end: number, before: number): boolean {
  return sentence.slice(end, before).includes(',') && RELATIVE_OPENED.test(sentence.slice(Math.max(0, at - 80), at));
}
const NK_ADJECTIVE = any(PARTY_ADJECTIVES.north_korea);
const RU_ADJECTIVE = any(PARTY_ADJECTIVES.russia);
/**
 * "Russian and North Korean troops"; joined by a hyphen or a slash, only before the forces they name ("joint
 * Russian-North Korean units"), not "the Russian-North Korean alliance has brought 11,000 troops".
 */
const PAIRED_FORCE = `(?= (?:[a-z-]+ )?(?:${any(PAIRED_FORCES)})\\b)`;
/**
 * Either side as a party of a pair joined by "and", or of a list of three or more closed by "and" or "or": its
 * adjective or its people ("the Russians and North Koreans", "among Russian, North Korean, and Ukrainian forces"; not
 * a fronted phrase, "Fighting alongside the Russians, North Korean troops have suffered…").
 */
const NK_PARTY = any([...PARTY_ADJECTIVES.north_korea, ...PEOPLES.north_korea]);
const RU_PARTY = any([...PARTY_ADJECTIVES.russia, ...PEOPLES.russia]);
const BOTH_JOINED = new RegExp(
  `\\b(?:(?:${RU_PARTY}) and (?:${NK_PARTY})|(?:${NK_PARTY}) and (?:${RU_PARTY})|(?:${RU_PARTY}), (?:${NK_PARTY}),? (?:and|or) [a-z]+|(?:${NK_PARTY}), (?:${RU_PARTY}),? (?:and|or) [a-z]+|(?:${RU_ADJECTIVE})[-/](?:${NK_ADJECTIVE})${PAIRED_FORCE}|(?:${NK_ADJECTIVE})[-/](?:${RU_ADJECTIVE})${PAIRED_FORCE})\\b`,
);
const RETURNED_HOME_AFTER = new RegExp(
  `^(?: [a-z]+){0,3}? (?:${any(RETURNED_HOME.verbs)})(?: [a-z]+){0,${RETURNED_HOME.between}}? ${RETURNED_HOME.link} ([a-z]+(?: [a-z]+)?)(?!['\u2019a-z])`,
);
const CAPTIVES = new RegExp(`\\b(?:${any(RETURNED_HOME.captives)})\\b`);
/** How far after the captives the verb that sends them home is read. */
const RETURNED_HOME_REACH = 80;
const HEALED_CARE = new RegExp(`\\b(?:${any(HEALED_IN_NORTH_KOREA.care)})\\b`);
const HEALED_THERE = new RegExp(`\\b(?:${any(HEALED_IN_NORTH_KOREA.places)})\\b`);
const SENT_HOME = new RegExp(`\\b(?:${any(HEALED_IN_NORTH_KOREA.notHome)}) (?:${any(HEALED_IN_NORTH_KOREA.places)})\\b`);
/** Munitions listed up to their origin: " ballistic missiles and millions of artillery shells from north korea". */
const LISTED_ITEM = `(?:(?:[\\d.,]+ (?:million |thousand )?|(?:${any(LISTED_MUNITIONS.amounts)}) ))?(?:${any(LISTED_MUNITIONS.words)})(?: (?:${any(LISTED_MUNITIONS.words)}))*`;
/** Items apart by a comma or a joiner, never by a space alone: one reading of each list. */
const LISTED_APART = `(?:, (?:(?:${any(LISTED_MUNITIONS.joiners)}) )?| (?:${any(LISTED_MUNITIONS.joiners)}) )`;
const LISTED_FROM_NORTH_KOREA = new RegExp(
  `^ ${LISTED_ITEM}(?:${LISTED_APART}${LISTED_ITEM}){0,${LISTED_MUNITIONS.items - 1}} ${LISTED_MUNITIONS.link} (?:${any(ORIGIN_NAMES)})\\b`,
);
const LISTED_REACH = 140;
/** How far after a count its origin is read (the longest reach of ORIGIN_AFTER's shapes). */
const ORIGIN_REACH = 200;
/** A clause of its own after a comma: ", while", ", but", ", which". */
const CLAUSE_OF_ITS_OWN = new RegExp(`, (?:${any([...SUBORDINATORS, ...CLAUSE_OPENERS_AFTER_COMMA])})\\b`);
/** How far before the count "the latter" and its verb may stand. */
const POINTER_REACH = 40;
const POINTER_SUBJECT = new RegExp(`\\b(${LATTER.latter}|${LATTER.former})(?: [a-z]+){1,${LATTER.verbWords}} $`);
const POINTER_NOT_VERB = new RegExp(`\\b(?:${any(LATTER.notVerbs)})\\b`);
/** "of the North Korean KN-23 type": North Korea's model, right after the noun. */
const NK_MODEL_AFTER = new RegExp(
  `^ (?:${any(OF_MODEL.links)}) (?:the )?(?:${NK_PARTY})(?: [a-z0-9-]+){0,${OF_MODEL.words}} (?:${any(OF_MODEL.nouns)})\\b`,
);
/** "of the Iskander-M or the North Korean KN-23 model": a model of either origin, right after the noun. */
const EITHER_MODEL_AFTER = new RegExp(
  `^ (?:${any(EITHER_MODEL.links)}) (?:the )?[a-z0-9-]+(?: [a-z0-9-]+){0,${EITHER_MODEL.words - 1}} (?:${any(EITHER_MODEL.joiners)}) (?:the )?(?:${NK_PARTY})\\b`,
);
const NK_WORD = new RegExp(`\\b(?:${NK_ADJECTIVE})\\b`);
const RU_WORD = new RegExp(`\\b(?:${RU_ADJECTIVE})\\b`);

const RU_COUNTRY = any(RUSSIA_NAMES.filter((n) => !n.endsWith("'s") && !PARTY_ADJECTIVES.russia.includes(n)));
const NK_COUNTRY = any(NORTH_KOREA_NAMES.filter((n) => !n.endsWith("'s") && !n.endsWith('korean') && !n.endsWith('koreans')));
/** The most words between the two countries and their verb of sending: "had agreed to". */
const JOINT_SENDER_WORDS = 4;
/** Both countries the subject of a sending: "North Korea and Russia had agreed to deploy a total of 12,000 troops". */
const BOTH_SENDING = new RegExp(
  `\\b(?:(?:${RU_COUNTRY}) and (?:${NK_COUNTRY})|(?:${NK_COUNTRY}) and (?:${RU_COUNTRY}))(?: [a-z']+){0,${JOINT_SENDER_WORDS}} (?:${any([...SEND.base, ...SEND.past, ...SEND.present, ...SEND.ing])})(?: [a-z']+){0,${SENDER_TO_TROOPS_WORDS}} $`,
);

/** Russia and North Korea named together as sending the troops counted next: they are North Korea's. */
export function sentJointly(s: InSentence): boolean {
  return BOTH_SENDING.test(lookBack(s).text);
}
const BOTH_LOST = new RegExp(
  `\\b(?:(?:${RU_COUNTRY}) and (?:${NK_COUNTRY})|(?:${NK_COUNTRY}) and (?:${RU_COUNTRY})) (?:(?:${any(MODALS)}) )?(?:(?:${any(PERFECT_AUXILIARIES)}) )?(?:${any(INSTITUTION_LOSS_VERBS)}) $`,
);
const BOTH_JOINED_ALL = new RegExp(BOTH_JOINED.source, 'g');
/** A pair of both sides owns a count only in its own clause: "After Russian and North Korean forces retook Sudzha, Pyongyang said…". */
const CLAUSE_COMMA = /[,;]/;
/** Whether the party named at `at` is one of a pair of both sides: "Russian and North Korean servicemen". */
function bothAt(sentence: string, at: number): boolean {
  const window = sentence.slice(Math.max(0, at - 20), at + 40);
  const offset = Math.max(0, at - 20);
  BOTH_JOINED_ALL.lastIndex = 0;
  for (let m = BOTH_JOINED_ALL.exec(window); m; m = BOTH_JOINED_ALL.exec(window)) {
    meter.steps++;
    if (offset + m.index <= at && at < offset + m.index + m[0].length) return true;
  }
  return false;
}

/** Whose the words say the counted are, where a pair of both sides ("Russian and North Korean troops") owns neither. */
export function ownerOfPhrase(words: string): Owner | null {
  if (BOTH_JOINED.test(words) || (NK_WORD.test(words) && RU_WORD.test(words))) return 'other';
  return ownerOfWords(words);
}

/**
 * Whose the counted people or things are: said by the noun phrase, a possessive,
 * an origin ("from North Korea"), else the nearest party before the number in its
 * clause, else just after it; null where nothing says.
 */
/** Russia's side as the speaker of "the enemy": "according to the Russian Defense Ministry", "TASS reported". */
const SPEAKER_NAME = `(?:${any(RUSSIAN_SIDE_SPEAKER_NAMES)})`;
const RUSSIAN_SIDE_SPEAKING = new RegExp(
  `\\b(?:(?:${any(RUSSIAN_SIDE_SPEAKERS.before)}) ${SPEAKER_NAME}|${SPEAKER_NAME} (?:${any(RUSSIAN_SIDE_SPEAKERS.after)}))\\b`,
);
const ENEMY_NAMED = new RegExp(`\\b(?:${any(ENEMY_WORDS)})\\b`);

/**
 * The party a count is named of. "The enemy" is Russia as Ukraine's side words it, but another party where Russia's side
 * is the speaker: "According to the Russian Defense Ministry, the enemy lost more than 76,500 servicemen".
 */
export function namedOwner(s: InSentence, noun: Noun | null, officialsSpeak = false): Owner | null {
  const owner = namedOwnerAsWorded(s, noun, officialsSpeak);
  return owner === 'russia' && s.says(ENEMY_NAMED) && s.says(RUSSIAN_SIDE_SPEAKING) ? 'other' : owner;
}

function namedOwnerAsWorded(s: InSentence, noun: Noun | null, officialsSpeak: boolean): Owner | null {
  const words = noun ? `${noun.modifiers}${noun.text}` : '';
  // "50,000 Russian and North Korean troops", "dozens of officers — both Russian and North Korean": neither alone.
  const described =
    noun?.from === 'after' ? `${words} ${s.sentence.slice(s.quantity.end + noun.end, s.quantity.end + noun.end + 40)}` : words;
  if (BOTH_JOINED.test(described) || (NK_WORD.test(words) && RU_WORD.test(words))) return 'other';
  // "Russia and North Korea lost dozens of officers": both countries the subject of the loss, neither alone.
  if (BOTH_LOST.test(lookBack(s).text)) return 'other';
  const model = noun?.from === 'after' ? s.sentence.slice(s.quantity.end + noun.end, s.quantity.end + noun.end + 60) : '';
  if (EITHER_MODEL_AFTER.test(model)) return 'other';
  if (NK_MODEL_AFTER.test(model)) return 'north_korea';
  const fromNoun = noun && ownerOfWords(words);
  if (fromNoun) return fromNoun;
  // "the rehabilitation of hundreds of wounded soldiers in Korean sanatoriums": Russia's wounded, healed in North Korea.
  if (
    noun &&
    (noun.kind === 'personnel' || noun.kind === 'casualties') &&
    s.says(HEALED_CARE) &&
    s.says(HEALED_THERE) &&
    !s.says(SENT_HOME)
  )
    return 'russia';
  // "the 1,000 prisoners of war repatriated by Ukraine to Russia": captives sent home are their home's.
  if (noun?.from === 'after' && CAPTIVES.test(`${noun.modifiers}${noun.text}`)) {
    const at = s.quantity.end + noun.end;
    const home = RETURNED_HOME_AFTER.exec(s.sentence.slice(at, at + RETURNED_HOME_REACH));
    const whose = home ? ownerOfWords(home[1]!) : null;
    if (whose) return whose;
  }
  // "the movement of more than 1,000 containers of North Korean military equipment": the cargo named North Korea's.
  if (noun?.from === 'after' && CARGO_KINDS.has(noun.kind)) {
    const at = s.quantity.end + noun.end;
    if (CARGO_OF_NK.test(s.sentence.slice(at, at + 30))) return 'north_korea';
  }
  // "the Russian military has formed a 3,000-strong unit of North Korean soldiers": the unit's people named; "600
  // members of Putin's forces killed": the force's.
  if (noun?.from === 'after' && noun.kind === 'personnel' && UNIT_NOUNS.has(noun.text)) {
    const members = MEMBERS_OF_AFTER.exec(s.sentence.slice(s.quantity.end + noun.end, s.quantity.end + noun.end + 40));
    const whose = members ? ownerOfWords(members[1]!) : null;
    if (whose) return whose;
  }
  // "Ukrainian forces are responsible for over 3,000 casualties among North Korean troops": the force named.
  if (noun?.kind === 'casualties' && noun.from === 'after') {
    const among = LOSSES_AMONG_AFTER.exec(s.sentence.slice(s.quantity.end + noun.end, s.quantity.end + noun.end + 40));
    const whose = among ? ownerOfWords(among[1]!) : null;
    if (whose) return whose;
  }
  // "Losses among North Korean troops fighting for the Russian army … have reached several thousand": the losses'
  // noun borrowed from before the count, and the people it is said of.
  if (noun?.kind === 'casualties' && noun.from !== 'after') {
    const lead = s.sentence.slice(Math.max(0, s.quantity.start - LOSSES_AMONG_REACH), s.quantity.start);
    const among = [...lead.matchAll(LOSSES_AMONG_BEFORE)].at(-1);
    const whose = among ? ownerOfWords(among[1]!) : null;
    if (whose) return whose;
  }
  if (noun?.kind === 'personnel' && LONE_NK_FORCE.test(noun.modifiers) && !SOUTH_KOREA_NAMED.test(s.sentence)) return 'north_korea';
  const q = s.quantity;
  const back = lookBack(s);
  // "… with North Korea after the latter sent thousands of troops": the party "the latter" points back to.
  const pointerLead = back.text.slice(-POINTER_REACH);
  const pointer = POINTER_SUBJECT.exec(pointerLead);
  if (pointer && !POINTER_NOT_VERB.test(pointer[0])) {
    const named = owners(back.text.slice(0, back.text.length - pointerLead.length + pointer.index), back.from, '');
    const meant = pointer[1] === LATTER.latter ? named.at(-1) : named.at(-2);
    if (meant) return meant.owner;
  }
  // "43,000 of its soldiers": "its" is the party named last, speakers included.
  if (noun && POINTS_TO_LAST.test(noun.modifiers)) {
    // "North Korea has deepened its ties with Russia, sending thousands of its soldiers": a participle's "its" is
    // its subject's.
    const subject = PARTICIPLE_BEFORE.test(s.sentence.slice(Math.max(0, q.start - PARTICIPLE_REACH), q.start))
      ? sentenceSubject(s.sentence, q.start)
      : null;
    if (subject) return subject.owner;
    // A noun borrowed from before the count points back from where it stands: "North Korea has not confirmed the
    // number of its soldiers killed, though Seoul estimates around 600" (not to Seoul).
    const at = noun.from === 'before' ? back.text.lastIndexOf(`${noun.modifiers}${noun.text}`) : -1;
    const text = at >= 0 ? back.text.slice(0, at) : back.text;
    // Not a party something came from: "receive fighter jets from Moscow … for sending thousands of its troops".
    // Nor the parties of a war named ("on the front lines of Russia's war against Ukraine, with a thousand of their
    // troops killed").
    const named = owners(text, back.from, '').filter(
      ({ at, end }) =>
        !SOURCE_OF_ANOTHER_BEFORE.test(s.sentence.slice(Math.max(0, at - 40), at)) &&
        !WAGES_A_WAR.test(s.sentence.slice(end, end + 40)) &&
        !WAR_AGAINST_BEFORE.test(s.sentence.slice(Math.max(0, at - 30), at)) &&
        // Not a party named in an aside between commas: "North Korea, which had supplied weapons to Moscow, had
        // deployed 10,000 of its troops".
        !inClosedAside(s.sentence, at, end, q.start),
    );
    if (named.length > 0) return named[named.length - 1]!.owner;
  }
  // "the thousands of troops Pyongyang has reportedly sent": the sender named in a clause right after the noun.
  if (noun?.from === 'after') {
    // Only a name that starts right after the noun is read.
    const rest = s.sentence.slice(q.end + noun.end, q.end + noun.end + SENDER_REACH);
    const sender = owners(rest, q.end + noun.end, '').find(({ at }) => at - q.end - noun.end <= SENDER_LEAD);
    // Not the subject of the next clause: "Russia has suffered about 790,000 casualties, and North Korea sent troops".
    if (
      sender &&
      SENT_BY_SENDER.test(s.sentence.slice(sender.end, sender.end + 40)) &&
      !NEXT_CLAUSE.test(s.sentence.slice(q.end + noun.end, sender.at))
    )
      return sender.owner;
  }
  // "cost the lives of tens of thousands of Ukrainians": the people the number is of.
  const ofWhom = noun?.from === 'after' ? null : OF_WHOM_AFTER.exec(s.sentence.slice(q.end, q.end + 40));
  if (ofWhom) return PEOPLE_OWNERS.get(ofWhom[1]!)!;
  const possessive = POSSESSIVE.exec(s.sentence.slice(Math.max(0, q.start - 30), q.start));
  const owned = possessive && ownerOfWords(`${possessive[1]}'s`);
  if (owned) return owned;
  const afterText = s.sentence.slice(q.end);
  // Within the count's own clause: not "Russia lost 1,000 troops, while shells from North Korea kept coming".
  const ownClauseAfter = afterText.slice(0, ORIGIN_REACH).split(CLAUSE_OF_ITS_OWN)[0]!;
  if (ORIGIN_AFTER.test(ownClauseAfter) || LISTED_FROM_NORTH_KOREA.test(ownClauseAfter.slice(0, LISTED_REACH))) return 'north_korea';
  // "2 million pieces of artillery ammunition from Iran and Belarus": another party as the origin.
  const origin = FROM_AFTER.exec(afterText);
  // The origin's own words, up to a clause's punctuation: not "from the war, Kyiv said".
  const originWords = origin
    ? afterText
        .slice(origin[0].length)
        .split(/[,;:.]/, 1)[0]!
        .split(' ', 2)
        .join(' ')
    : '';
  if (origin && (ownerOfWords(originWords) === 'other' || MANY_ORIGINS_AT.test(afterText.slice(origin[0].length)))) return 'other';
  // ", with up to 5,000 troops expected to assemble": a clause of the count's own, said of the sentence's subject.
  // Not where a count stands before it, whose the with-count is a part of ("stationed 10,000 North Korean soldiers
  // within its borders, with 8,000 in Kursk"); only North Korea as the subject ("Putin thanked Kim for his support,
  // with about 14,000 troops having fought in Kursk" are still North Korea's).
  if (s.previous === undefined && WITH_COUNT_BEFORE.test(s.sentence.slice(Math.max(0, q.start - 30), q.start))) {
    const subject = sentenceSubject(s.sentence, q.start);
    if (subject?.owner === 'north_korea') return subject.owner;
  }
  // "Having already lost an estimated 350,000 troops …, Russia has made policy changes": the subject after the clause.
  const opened = openedSubject(s.sentence, q.start);
  if (opened) return opened;
  // "North Korea has become one of Russia's main allies since it invaded Ukraine, sending thousands of troops": the
  // sentence's subject sends them.
  if (PARTICIPLE_BEFORE.test(s.sentence.slice(Math.max(0, q.start - PARTICIPLE_REACH), q.start))) {
    const subject = sentenceSubject(s.sentence, q.start);
    if (subject) return subject.owner;
  }
  // Strikes say whose the dead are only of people lost: "missiles used in Russian missile attacks" are still North
  // Korea's.
  const people = !noun || noun.kind === 'personnel' || noun.kind === 'casualties';
  // "a devastating missile strike killed 12 in Kyiv": a strike as the kill's subject killed the other side, unless
  // North Korea's forces are named as its target, before the dead or just after them ("killed 20 at a North Korean
  // troop camp"), or the strike is Ukraine's.
  const lead = s.sentence.slice(Math.max(0, q.start - STRIKE_SUBJECT_REACH), q.start);
  // Read only where a strike is the kill's subject.
  const targeted = () =>
    STRIKE_TARGETS.test(lead.replace(NORTH_KOREAN_WEAPON, '')) || STRIKE_TARGET_AFTER.test(s.sentence.slice(q.end, q.end + STRIKE_REACH));
  if (people && STRIKE_SUBJECT.test(lead) && !targeted()) return 'other';
  const clauseOpened = clauseStart(back.text);
  // "Russia grapples with substantial losses—estimated at over 700,000 killed or wounded—…": an aside in dashes that
  // restates the losses before it is read with the clause they stand in.
  // So too an aside that gives them as a rate: "41,980 killed and wounded during October — a daily average of 1,354".
  const dash = DASH_AT_END.exec(back.text.slice(Math.max(0, clauseOpened - 2), clauseOpened));
  const beforeDash = dash ? back.text.slice(0, clauseOpened - dash[0].length).trimEnd() : '';
  const start =
    dash && (LOSSES_BEFORE_DASH.test(beforeDash) || AVERAGE_AFTER_DASH.test(back.text.slice(clauseOpened)))
      ? clauseStart(beforeDash)
      : clauseOpened;
  const before = owners(back.text.slice(start), back.from + start, s.sentence, true, officialsSpeak).filter(
    // "containers shipped from North Korea that could contain up to 4.8 million shells": its origin says North Korea's.
    ({ owner, at, end }) =>
      (owner === 'north_korea' || !SOURCE_OF_ANOTHER_BEFORE.test(s.sentence.slice(Math.max(0, at - 40), at))) &&
      !inPairBetween(s.sentence, at) &&
      // Not the party struck with what is counted, where North Korea is named here or just before: "Russia has fired
      // North Korean KN-23 missiles. … Russia hit Ukraine with at least six such missiles".
      !(
        STRUCK_WITH_AFTER.test(s.sentence.slice(end, q.start)) &&
        STRUCK_BEFORE.test(s.sentence.slice(Math.max(0, at - 16), at)) &&
        s.says(NK_NAMED, true)
      ),
  );
  // "North Korea, which has armed the Houthis, has sent about 11,000 troops": not the parties of a closed aside, read
  // back from the nearest only.
  // Not where the dash that would close it opens a restatement of the losses before it: "…, who told The Telegraph that
  // Russia suffered 41,980 killed and wounded during October- a daily average of 1,354".
  if (s.says(ASIDE_OPENED) && start === clauseOpened)
    while (before.length > 0 && inClosedAside(s.sentence, before.at(-1)!.at, before.at(-1)!.end, q.start)) before.pop();
  // "Russia has deepened ties with North Korea, securing more than 2 million artillery rounds": the parties before a
  // verb of receiving right before the count received it.
  // Read of things only: people received are read by their verbs of sending.
  const received =
    people || OWN_SOURCE_AFTER.test(afterText)
      ? null
      : RECEIVED_BEFORE_COUNT.exec(s.sentence.slice(Math.max(0, q.start - RECEIVED_REACH), q.start));
  const receivedAt = received ? Math.max(0, q.start - RECEIVED_REACH) + received.index : -1;
  // A third party that received them owns them: "Ukraine received 1 million shells".
  // Not a speaker: "the US said has received 7,400 shipments".
  const recipient = received
    ? owners(s.sentence.slice(back.from + start, receivedAt), back.from + start, '')
        .filter(({ end }) => !SPEAKER_AFTER.test(s.sentence.slice(end, end + 60)))
        .at(-1)
    : undefined;
  if (recipient?.owner === 'other') return 'other';
  const nearestBefore = receivedAt < 0 ? before.at(-1) : before.filter(({ end }) => end > receivedAt).at(-1);
  // "a contingent of Russian and North Korean servicemen … lost 200 personnel": the nearest party is one of both.
  if (nearestBefore && bothAt(s.sentence, nearestBefore.at) && !CLAUSE_COMMA.test(s.sentence.slice(nearestBefore.at, q.start)))
    return 'other';
  if (nearestBefore) return nearestBefore.owner;
  // Only a break within 40 characters counts; the longest ends 15 later.
  const breakAt = CLAUSE_BREAK_AFTER.exec(afterText.slice(0, 40 + 15))?.index ?? afterText.length;
  // Not a party that uses the count, nor one of a pair a relation is between ("troops between Russia and North Korea").
  const after = owners(afterText.slice(0, Math.min(breakAt, 40)), q.end, s.sentence).filter(
    ({ at }) => !USER_AFTER.test(s.sentence.slice(at).replace(PARTY_WORD, '')) && !inPairBetween(s.sentence, at),
  );
  // "5 killed, 55 injured in Russian missile strike": the striker is read before destinations are passed over.
  const striker = people
    ? owners(afterText.slice(0, STRIKE_REACH), q.end, '').find((named) => isStriker(s.sentence, named, q.end))
    : undefined;
  // Russia's or North Korea's strike killed the other side; another's strike says nothing new of whose the dead are.
  if (striker && striker.owner !== 'other') return 'other';
  const first = after[0];
  if (first && AGENT.test(s.sentence.slice(q.end, first.at))) {
    // The side that killed or captured them: "killed by Russian artillery" were the other side's; "killed by
    // Ukrainian drones" were of either side the sentence names otherwise.
    if (first.owner !== 'other') return 'other';
    return after.find(({ at }) => !AGENT.test(s.sentence.slice(q.end, at)))?.owner ?? null;
  }
  return first?.owner ?? null;
}

/** A country's losses told in its relative clause, after a comma or a dash, up to the count: ", which has lost ". */
const COUNTRY_LOST = new RegExp(
  `(?:,| [-\u2014]) ${LOSSES_OF_A_COUNTRY.pronoun}(?: (?:${any(LOSSES_OF_A_COUNTRY.auxiliaries)}))?(?: (?:${any(LOSSES_OF_A_COUNTRY.adverbs)}))? (?:${any(LOSSES_OF_A_COUNTRY.verbs)}) $`,
);
/** How far before the clause its country is named, with the words it stands with ("the Russian army, which"). */
const COUNTRY_REACH = 60;
const HEAD_WORDS = /^(?: [a-z'-]+){0,2}$/;
const SIDE_BEFORE_HEAD = new RegExp(`\\b(?:${any(LOSSES_OF_A_COUNTRY.notAfter)}) (?:the )?$`);
/**
 * The country whose losses a relative clause right before the count tells, named just before it: "North Korea's shells
 * helped Russia, which has lost 45,000 troops in Kursk" are Russia's.
 */
export function relativeHead(s: InSentence): Owner | null {
  const q = s.quantity;
  const lead = s.sentence.slice(Math.max(0, q.start - COUNTRY_REACH * 2), q.start);
  const open = COUNTRY_LOST.exec(lead);
  if (!open) return null;
  const at = q.start - lead.length + open.index;
  const from = Math.max(0, at - COUNTRY_REACH);
  const head = owners(s.sentence.slice(from, at), from, '').at(-1);
  if (!head || !HEAD_WORDS.test(s.sentence.slice(head.end, at))) return null;
  return SIDE_BEFORE_HEAD.test(s.sentence.slice(Math.max(0, head.at - 16), head.at)) ? null : head.owner;
}

/** The owner, by default North Korea, which the passage is about. */
export function ownerOf(s: InSentence, noun: Noun | null): Owner {
  return namedOwner(s, noun) ?? 'north_korea';
}

/** The second of a pair ("43,000 of its soldiers were killed and 370,000 wounded") belongs to the first's owner. */
/** How far apart a pair may stand: "300 North Korean soldiers fighting in the Russian army were killed and 2,700". */
const INHERIT_REACH = 90;

export function inheritedOwner(s: InSentence): Owner | null {
  const prev = s.previous;
  const between = s.sentence.slice(s.prevEnd, s.quantity.start);
  if (!prev || between.length > INHERIT_REACH || !JOINED.test(between)) return null;
  const noun = nounAfter(s.sentence.slice(prev.end, s.quantity.start));
  if (!noun) return null;
  return ownerOf({ ...s, quantity: prev, previous: undefined }, noun);
}

const KILLED_JUST_BEFORE = new RegExp(`\\b(?:${any(KILLED_BY_DOER.verbs)}) $`);
const KILLING_PARTICIPLE = new RegExp(`, (?:(?:${any(KILLED_BY_DOER.adverbs)}) )?$`);
/** The doer's own words before its verb of killing: its noun, an auxiliary, an adverb. */
const DOER_WORDS = new RegExp(`^(?:'s)?(?: (?!(?:${any(CONJUNCTIONS)})\\b)[a-z-]+){0,3} (?:(?:${any(PERFECT_AUXILIARIES)}) )?$`);
const RUSSIAS_SIDE = new RegExp(`\\b(?:${RU_ADJECTIVE}|${any(KILLED_BY_DOER.allies)})\\b`);
/** How far before a count its verb of killing is read. */
const VERB_REACH = 24;
/** How far after the dead their words are read ("eight of their Russian partners"). */
const VICTIMS_REACH = 40;
const OWN_AFTER = new RegExp(`^ (?:${any(KILLED_BY_DOER.own)})\\b`);
/** How far before a verb of killing its doer is read. */
const DOER_REACH = 50;

/** The party named as the doer of the verb that stands right before the count, matched by `verbJustBefore`. */
function doerOf(s: InSentence, verbJustBefore: RegExp): Named | null {
  // Only the words just before the count are read, so a sentence of many counts is read once over.
  const q = s.quantity;
  const from = Math.max(0, q.start - VERB_REACH);
  const verb = verbJustBefore.exec(s.sentence.slice(from, q.start));
  if (!verb) return null;
  const beforeVerb = s.sentence.slice(0, from + verb.index);
  // ", killing eight": the sentence's subject did it.
  if (KILLING_PARTICIPLE.test(beforeVerb)) return sentenceSubject(s.sentence, beforeVerb.length);
  const start = Math.max(0, beforeVerb.length - DOER_REACH);
  // Not a party the strike fell on ("HIMARS strikes on North Korean troops killed 100"), a destination, nor one of a
  // pair ("clashes between Russian and Ukrainian troops killed 300").
  const named = owners(beforeVerb.slice(start), start, s.sentence)
    .filter(({ at }) => !inPairBetween(s.sentence, at, true))
    .at(-1);
  return named && DOER_WORDS.test(beforeVerb.slice(named.end)) ? named : null;
}

/**
 * Whose the dead are, where North Korea's forces did the killing: Russia's where the sentence names Russia's side
 * among them ("opened fire on the Chechen detachment, killing eight servicemen"), else the other side's. Null where
 * no kill by North Korea stands right before the count.
 */
export function victimsOfNorthKorea(s: InSentence): Owner | null {
  const q = s.quantity;
  const doer = doerOf(s, KILLED_JUST_BEFORE);
  if (doer?.owner !== 'north_korea') return null;
  const after = s.sentence.slice(q.end, q.end + VICTIMS_REACH);
  // "killed 40 of its own soldiers": the doer's own.
  if (OWN_AFTER.test(after)) return 'north_korea';
  // Russia's side named between the doer and the dead, or of the dead: "opened fire on Russian forces, killing eight
  // soldiers", "killed eight of their Russian partners"; not "Fighting alongside Russian forces, North Korean troops
  // killed 200 soldiers".
  const told = s.sentence.slice(Math.max(doer.at, q.start - VICTIMS_REACH * 3), q.start) + after;
  return RUSSIAS_SIDE.test(told) ? 'russia' : 'other';
}

/** How far into a sentence its subject is looked for: "North Korea has become…", "The North Korean troops…". */
const SUBJECT_REACH = 40;

/** The party that is the sentence's subject, named at its start before `end`; null where none is. */
function sentenceSubject(sentence: string, end: number): Named | null {
  const first = owners(sentence.slice(0, Math.min(end, SUBJECT_REACH)), 0, sentence)[0];
  return first && isSubject(sentence, first.at) ? first : null;
}

/** Marks a clause may open with before its subject: a quote, a bracket. */
const OPENING_MARKS = /^[\s"'\u201c\u2018(]+/;

/** The party that opens `sentence` from `from` (a quote, a bracket or an article before it), before `to`; else null. */
function openingParty(sentence: string, from: number, to: number): Owner | null {
  const start = from + (OPENING_MARKS.exec(sentence.slice(from, to))?.[0].length ?? 0);
  const first = owners(sentence.slice(start, Math.min(to, start + SUBJECT_REACH + SAID_LEAD_REACH)), start, sentence)[0];
  if (!first) return null;
  const lead = sentence.slice(start, first.at);
  // "Zelensky said North Korean soldiers had lost…": what is said opens after its speaker.
  return SUBJECT_LEAD.test(lead) || SAID_LEAD.test(lead) ? first.owner : null;
}
/**
 * Whether the party at `at` opens what a speaker says, in the speaker's clause: "Zelensky said Ukraine's military had
 * lost 45,100 troops".
 */
function saidSubject(sentence: string, at: number): boolean {
  const lead = sentence.slice(Math.max(0, at - SAID_LEAD_REACH - 8), at);
  return SAID_LEAD.test(lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1));
}
/** A speaker and a verb of saying before what is said, at most this long. */
const SAID_LEAD_REACH = 60;
const SAID_LEAD = new RegExp(`^[^,;:]{0,${SAID_LEAD_REACH}}? (?:${any(SPEECH_VERBS)})(?: that)? $`);

/**
 * Whose own men a count lost of its own ("lost 4% of its strength") are: the party that opens the count's clause (from
 * `clauseFrom`: "North Korean troops arrived, and Russian units there have since lost 30 percent of their men" are
 * Russia's), else the one that opens the sentence; null where neither opens with one ("his battalion, which faced
 * North Korean troops, lost 30%").
 */
export function loserOwner(s: InSentence, clauseFrom: number): Owner | null {
  return openingParty(s.sentence, clauseFrom, s.quantity.start) ?? openingParty(s.sentence, 0, s.quantity.start);
}

const TAKEN_JUST_BEFORE = new RegExp(`\\b(?:${any(TAKEN_BY_UKRAINE.verbs)}) $`);
const UKRAINE_DOER = new RegExp(`^(?:${any(TAKEN_BY_UKRAINE.doers)})\\b`);
const NK_NAMED = new RegExp(`\\b(?:${any(NORTH_KOREA_NAMES)})\\b`);
/** Where the clause of the dead or captured ends after them. */
const VICTIMS_CLAUSE_END = /[,;:()\u2013\u2014]|\s-\s/;

/**
 * Whose the dead or captured are, where Ukraine's side did the killing or capturing right before the count: North
 * Korea's where North Korea is named between the doer and the count or in the count's own clause ("attacked a column
 * of North Korean soldiers, killing 21", "captured two soldiers in Kursk who are thought to be North Korean"),
 * Russia's where Russia's side is named there. Null where no such deed stands before the count, or where neither is
 * named so ("Ukrainian drones killed 300 soldiers near Kupiansk, days after North Korea sent more troops").
 */
export function victimsOfUkraine(s: InSentence): Owner | null {
  const doer = doerOf(s, TAKEN_JUST_BEFORE);
  if (doer?.owner !== 'other' || !UKRAINE_DOER.test(s.sentence.slice(doer.at, doer.end))) return null;
  const after = s.sentence.slice(s.quantity.end, s.quantity.end + VICTIMS_REACH * 2);
  const told = s.sentence.slice(doer.end, s.quantity.start) + after.split(VICTIMS_CLAUSE_END)[0];
  if (NK_NAMED.test(told)) return 'north_korea';
  return RUSSIAS_SIDE.test(told) ? 'russia' : null;
}
