/**
 * Names the measure of one quantity from the words around it in its sentence.
 * Each question has its own module: what the number counts (noun-phrase.ts),
 * whose they are (owner.ts), what happened to them (casualty-scope.ts), sent or
 * to come (troops-planned.ts), what money paid for (money-purpose.ts). All text
 * here is folded (fold-text.ts).
 */
import { casualtyScope, NK_LOSSES } from './casualty-scope';
import type { Classified, InSentence } from './in-sentence';
import { lastIndex, lookBack, ownClause, unquoted, unquotedAfter } from './in-sentence';
import { alternation as any } from './lexicon/compile';
import {
  CHANGED_TO,
  CONJUNCTIONS,
  DEMINING_WORDS,
  DEPLOYMENT_WORDS,
  FORCE_AMONG,
  FORCE_NUMBERED,
  FORCE_SENT_BY,
  FORCES_OF_PEOPLE,
  JOINED_BY_WITH,
  JOINED_COUNT_ENDS,
  JOINING_PHRASES,
  LIST_HEDGES,
  LOSSES_OF_THE_FORCE,
  MORE_OF_THE_SAME,
  ONE_OF_A_GROUP,
  PART_DETERMINERS,
  PART_INCLUDED,
  PART_OF,
  PART_OF_LOSSES,
  PEOPLE_SENT_TO,
  PEOPLE_SENT_TO_EARN,
  PERFECT_AUXILIARIES,
  POINTS_BACK,
  REBUILDERS,
  RELATIVE_PRONOUNS,
  RUNS_ON_FROM,
  SENT_AS_TROOPS,
  SENT_WITH_SOLDIERS,
  VAGUE_PEOPLE,
  WHOLE_ADJECTIVES,
} from './lexicon/en/clauses';
import { RATES, RATES_AFTER } from './lexicon/en/counts';
import * as losses from './lexicon/en/losses';
import * as money from './lexicon/en/money';
import {
  AIR_DEFENCE_TALLY,
  ARMS_PORTS,
  ARMS_RAIL_STATIONS,
  CALLING_VERBS,
  CARGO_SENT_BY_NK,
  CONTAINERS_OF_GOODS,
  DONE_TO_THINGS,
  FEW_POINTED_BACK,
  FIGHTER_JETS,
  GIFTED_ONLY,
  HORSES_BY_SEX,
  MILITARY_UNITS,
  MISSILES_LAUNCHED,
  NAMED_OWNER_ONLY_NOUNS,
  NAMED_UNITS,
  NOT_SUPPLIED_BEFORE,
  NOUNS as NOUN_WORDS,
  OIL_CARGO,
  PROJECTILES,
  RATE_OF_FIRE,
  SHELLS_NEEDED_AFTER,
  SUPPLIED_TO_UKRAINE,
  THINGS_POINTED_BACK,
  TIMES,
  TONNE_UNIT,
  UNIT_MEMBERS,
  UNITS_OF_PEOPLE,
  VESSELS,
  VOYAGE_WORDS,
  VOYAGES_CARRYING,
} from './lexicon/en/nouns';
import {
  MISSILE_REMNANTS,
  MISSILES_IN_THE_WAR,
  MISSILES_LAUNCHED_BY_NK,
  MISSILES_TESTED_AFTER,
  MISSILES_TESTED_BEFORE,
  MISSILES_USED,
  NORTH_KOREA_NAMES,
  OWNER_NAMES,
  PARTY_ADJECTIVES,
  PENINSULA_BORDER,
  PENINSULA_CLASHES,
  RECRUITING_COUNTRIES,
  RUSSIA_NAMES,
  SUPPLYING,
  WAR_NAMES,
} from './lexicon/en/parties';
import * as sending from './lexicon/en/sending';
import { INSTITUTION_LOSS_VERBS, SPEECH_VERBS, WAR_NOUNS } from './lexicon/en/speakers';
import {
  AMMUNITION,
  AMONG_THE_AFTER,
  AMONG_THE_BEFORE,
  AMONG_THE_PART_AFTER,
  CASUALTY_PREDICATE,
  CASUALTY_SCOPES,
  MILITARY_CARGO,
  MONEY_SENT_AS_MEANS,
  NK_PERSONNEL_WORDS,
  NOUNS,
  RUSSIA,
  SENDING_SAID,
  SENT_AFTER,
  SENT_BEFORE,
} from './measure-cues';
import { MEASURE_IDS, MEASURES, type MeasureInfo, type NounKind, type Scope } from './measures';
import { moneyPurpose } from './money-purpose';
import { COUNTED_NOT_YEARS, YEARS_NOT_DATING } from './not-quantities';
import { impliedNoun, labelNoun, type Noun, nounAfter, nounAfterCopula, PART_IS_NORTH_KOREAN } from './noun-phrase';
import { TENS_WORDS, UNIT_WORDS } from './number-words';
import {
  inheritedOwner,
  NK_WEAPON,
  namedOwner,
  ownerOf,
  ownerOfPhrase,
  ownerOfWords,
  relativeHead,
  sentJointly,
  victimsOfNorthKorea,
  victimsOfUkraine,
} from './owner';
import { changedFrom } from './parse-quantity';
import { withVerbQualifier } from './qualifiers';
import type { Quantity } from './quantity';
import { meter } from './step-meter';
import { ORIGIN_AFTER, type Owner } from './topic-keywords';
import { isPlanned } from './troops-planned';
import { valueBounds } from './value';

export {
  apposedShareScope,
  casualtyShareScope,
  lossesReachShareScope,
  lostShareOfOwnScope,
  NK_LOSSES,
  shareOfNextScope,
  shrunkShareScope,
} from './casualty-scope';
export type { Classified, InSentence, Says } from './in-sentence';
export { sentenceSays } from './in-sentence';

/** How far after a number its noun phrase is read: "6,000 North Korean engineering and military construction personnel". */
const AFTER_WINDOW = 80;
/** How far after an amount of money what it pays for is read. */
const MONEY_WINDOW = 60;
/** A supplier named with its share: "followed by Iran with 20%"; its name is read in the two words before. */
const SUPPLIER_WITH_BEFORE = new RegExp(` (?:${any(money.SHARE_WITH)}) $`);
const SUPPLIER_WORDS = 2;
/** How far after it a sending said as the means or condition of an amount is read. */
const MEANS_WINDOW = 120;
/** What ends the sum's clause before such a sending: ", and Putin…", ", which…", "after…". */
const MEANS_CLAUSE_BREAK = new RegExp(`[;:]|, (?:${any(money.MEANS_CLAUSE_OPENERS)})\\b| (?:${any(money.MEANS_CLAUSE_JOINERS)}) `);
/** North Korea said to receive or earn the sum, right before it: "North Korea could receive up to". */
const RECEIVED_BEFORE_SUM = new RegExp(
  `\\b(?:${any(money.RECEIVERS)}) (?:(?:${any(money.RECEIVING_AUXILIARIES)}) )*(?:${any([...money.RECEIVING, ...money.EARNINGS])})(?: [a-z]+){0,2} $`,
);
/** A vague amount this large, said "in" sales or revenue, is money: "billions in weapons sales". */
const LEAST_UNSAID_MONEY = 1_000_000;
const MONEY_UNSAID_AFTER = new RegExp(`^ in (?:[a-z-]+ ){0,2}?(?:${any(money.MONEY_UNSAID)})\\b`);
/** The currency such money is read in: the reporting counts it in dollars. */
const UNSAID_CURRENCY = 'USD';
const VALUED_UNSAID_BEFORE = new RegExp(`\\b(?:${any(money.VALUE_LINKS)}) $`);
/** A scale word in the amount: "5.5 billion", not "5,500,000". */
const SCALED = new RegExp(`\\b(?:${any(money.UNSAID_VALUE_SCALES)})\\b`);
const BEFORE_WINDOW = 130;
/** The whole a part was counted of, right after the part and its noun: "4,000 (North Korean soldiers) out of 12,000". */
const PART_OF_BEFORE = new RegExp(`^(?: [a-z'-]+){0,4} (?:${any(PART_OF)}) (?:[a-z]+ )?$`);
const PART_OF_AFTER = new RegExp(`^ (?:${any(PART_OF)})(?: (?:${any(WHOLE_ADJECTIVES)}))? $`);
/** …with the part's own noun before it: " casualties out of the ". */
/** The longest gap between a part and its whole: " military casualties out of a total of ". */
const PART_GAP = 48;
const PART_NOUN_OF_AFTER = new RegExp(`^(?: [a-z'-]+){0,2} (?:${any(PART_OF)})(?: (?:${any(WHOLE_ADJECTIVES)}))? $`);
const PREDICATE_WINDOW = 160;

/**
 * More people than this are no count of North Korea's losses or troops sent unless a party is named: every estimate
 * on record of them is far below it.
 */
const UNNAMED_OWNER_CEILING = 100_000;
/**
 * The most ballistic missiles North Korea could have sent where their own words name no party: the counts reported run
 * to a few hundred, so "the more than 10,000 missiles Russia has launched" are Russia's own.
 */
const UNNAMED_MISSILES_CEILING = 1_000;
const lowOf = (q: Quantity) => valueBounds(q.value).low;
/** More troops than this are North Korea's army, not a sending: reports of troops sent or to come stay far below. */
export const LARGEST_SENDING = 500_000;
/** Fewer people than this are individuals in a story ("the two men in hospital beds"), not a deployment. */
const SMALLEST_DEPLOYMENT = 20;
const words = (list: readonly string[]) => new RegExp(`\\b(?:${any(list)})\\b`);
const MILITARY_PEOPLE = words(sending.MILITARY_PEOPLE);
const VOYAGE = new Set(VOYAGE_WORDS);
const VOYAGE_CARRYING_AFTER = new RegExp(
  `^ (?:(?:${any(VOYAGES_CARRYING.auxiliaries)}) )?(?:${any(VOYAGES_CARRYING.verbs)}) (?:the )?(?:${any(VOYAGES_CARRYING.cargo)})\\b`,
);
const CARRYING_VOYAGES = new Set(VOYAGES_CARRYING.voyages);
const VESSEL = words([...VESSELS, ...ARMS_PORTS]);
const SHIPS = words(VESSELS);
/** Where arms voyages and trains go: North Korea, its ports and the rail stations at its border with Russia. */
const ARMS_ROUTE = words([...NORTH_KOREA_NAMES, ...ARMS_PORTS, ...ARMS_RAIL_STATIONS]);
const OTHER_CARGO = words(OIL_CARGO);
/** "called at Rason at least three times a month": a rate of a port's traffic, not voyages counted. */
const RATE_NEXT = new RegExp(`^(?: [a-z-]+){0,2} (?:${any([...Object.values(RATES), ...Object.values(RATES_AFTER)].flat())})\\b`);
const LAUNCHED_BEFORE = new RegExp(
  `\\b(?:${any(MISSILES_LAUNCHED.verbs)})(?: [a-z'-]+){0,${MISSILES_LAUNCHED.reach}}? (?:${any(MISSILES_LAUNCHED.missiles)})\\b(?: [a-z'-]+){0,${MISSILES_LAUNCHED.reach}} $`,
);
/** The strike first and its North Korean missiles after the times: "attacked Ukraine at least nine times with ballistic missiles supplied by North Korea". */
const STRUCK_BEFORE = new RegExp(`\\b(?:${any(MISSILES_LAUNCHED.strikes)})(?: [a-z'-]+){0,3} $`);
const STRUCK_WITH_AFTER = new RegExp(
  `^ (?:${any(MISSILES_LAUNCHED.withAfter)})(?: [a-z'-]+){0,3}? (?:${any(MISSILES_LAUNCHED.missiles)})\\b(?: [a-z'-]+){0,4}`,
);
const CALLING_BEFORE = new RegExp(`\\b(?:${any(CALLING_VERBS)})\\b(?: [a-z.'-]+){0,3} $`);
const NK_PERSONNEL = words(sending.NK_PERSONNEL);
const POINTS_BACK_AT_START = new RegExp(`^(?:${any(POINTS_BACK)})\\b`);
const VAGUE_PEOPLE_NOUNS = new Set(VAGUE_PEOPLE);
const CAPTIVITY_TOLD = words([...losses.CAPTURE_STORY.verbs, ...losses.CAPTURE_STORY.words]);
/** A toll in a city Ukraine holds, said right after the count, no speaker's place between. */
function tollInACity(after: string): boolean {
  const toll = TOLL_IN_A_CITY.exec(after);
  return toll !== null && !TOLL_SAID_ELSEWHERE.test(toll[0]);
}
/** The toll word right after the count, then the city in its clause: "13 killed in Zaporizhzhia". */
const TOLL_IN_A_CITY = new RegExp(
  `^(?: [a-z]+){0,${losses.TOLL_IN_A_CITY.lead}}? (?:${any(losses.TOLL_IN_A_CITY.tolls)})\\b[^,;:.]{0,${losses.TOLL_IN_A_CITY.between}}?\\b(?:${any(losses.TOLL_IN_A_CITY.links)}) (?:(?:${any(losses.TOLL_IN_A_CITY.before)}) (?:of )?)?(?:${any(losses.TOLL_IN_A_CITY.cities)})\\b`,
);
const TOLL_SAID_ELSEWHERE = words(losses.TOLL_IN_A_CITY.notBetween);
/** How far after a count its toll's clause is read, past a second count ("13 were killed and 30 wounded in Kyiv"). */
const TOLL_CLAUSE_REACH = 200;
const SENT_AS_TROOPS_NOUNS = new Set(SENT_AS_TROOPS);
const DEPLOYMENT = words(DEPLOYMENT_WORDS);
const PEOPLE_SENT_THERE = words(PEOPLE_SENT_TO);
const PEOPLE_SENT_TO_WORK = words(PEOPLE_SENT_TO_EARN);
const DEMINING = words(DEMINING_WORDS);
const JOIN = words([...CONJUNCTIONS, ...JOINING_PHRASES]);
/** The losses of the force counted just before, in its clause's tail: ", with approximately 4,000 casualties". */
const LOSSES_OF_THE_FORCE_GAP = new RegExp(`^[^,;]{0,80}, (?:${any(LOSSES_OF_THE_FORCE)}) $`);
const FORCE_AMONG_BEFORE = new RegExp(`\\b(?:${any(FORCE_AMONG)}) $`);
const AMONG_GAP = /^[^,;]{0,80}, $/;
const SENT_BY_NORTH_KOREA = new RegExp(`^ (?:${any(FORCE_SENT_BY)}) (?:${any(NORTH_KOREA_NAMES)})\\b`);
/**
 * North Korea, where losses with no owner of their own follow a count of its troops, joined as that force's: "Russia has
 * dispatched over 10,000 North Korean soldiers to the Ukraine warfront, with approximately 4,000 casualties reported".
 */
function lossesOfTheForce(s: InSentence, between: string, noun: Noun | null): Owner | null {
  const prev = s.previous;
  if (!prev || (noun?.from === 'after' && ownerOfWords(`${noun.modifiers}${noun.text}`))) return null;
  // Or the force opens the sentence, the losses its part: "among more than 10,000 soldiers sent by North Korea …, about
  // 4,000 have died or been injured".
  const among = FORCE_AMONG_BEFORE.test(s.sentence.slice(Math.max(0, prev.start - 12), prev.start)) && AMONG_GAP.test(between);
  if (!among && !LOSSES_OF_THE_FORCE_GAP.test(between)) return null;
  const force = nounAfter(between);
  if (force?.kind !== 'personnel') return null;
  const whose = ownerOfWords(`${force.modifiers}${force.text}`);
  // "soldiers sent by North Korea": the sender named right after the force.
  const sentBy = whose === null && SENT_BY_NORTH_KOREA.test(between.slice(force.end));
  return whose === 'north_korea' || sentBy ? 'north_korea' : null;
}
/** "killed, with some 2,700 others wounded": more of the people just counted, joined by "with" after a comma. */
const JOINED_WITH = new RegExp(`, (?:${any(JOINED_BY_WITH)}) $`);
const LIVES_LOST_BEFORE = new RegExp(`\\b(?:${any(losses.LIVES_LOST_BEFORE)})(?: [a-z]+)? $`);
const LIVES_LOST_IN_WAR_BEFORE = new RegExp(`\\b(?:${any(losses.LIVES_LOST_IN_THE_WAR.verbs)})(?: [a-z]+)? $`);
const OTHER_TOLLS = new RegExp(`\\b(?:${any(losses.LIVES_LOST_IN_THE_WAR.otherTolls)})\\b`);
const ON_THIS_WAR = words([...WAR_NAMES, ...SUPPLYING, ...losses.LIVES_LOST_IN_THE_WAR.war]);
/**
 * Lives counted as lost: "the loss of nine lives"; or lost in this war, by a side named, with no other toll in their
 * own clause ("Moscow lost 15,000 lives in its war in Afghanistan", "civilians lost 35 lives").
 */
function livesLost(s: InSentence, noun: Noun, before: string): boolean {
  if (LIVES_LOST_BEFORE.test(before)) return true;
  if (!LIVES_LOST_IN_WAR_BEFORE.test(before) || !s.says(ON_THIS_WAR)) return false;
  const q = s.quantity;
  const own = ownClause(before, s.sentence.slice(q.end + noun.end, q.end + noun.end + LIVES_TAIL));
  return !OTHER_TOLLS.test(`${own.before} ${s.sentence.slice(q.start, q.end + noun.end)}${own.after}`);
}
/** How far after the lives their own clause is read: " in its decade-long war in Afghanistan". */
const LIVES_TAIL = 60;
const CHANGED_BY = new RegExp(`\\b${losses.SHRINK_LINK} $`);
/** People lost to a disaster, not a war: "lost 300 people in the floods". */
const DISASTERS = words(losses.LOSSES_OF_PEOPLE.disasters);
/** An army named as the one whose losses a count of people gives: "The losses of the Russian army … reached". */
const ARMY_LOST = new RegExp(`\\b(?:${any(losses.LOSS_NOUNS)}) of (?:the )?(?:[a-z'-]+ )?(?:${any(sending.ARMIES)})\\b`);
const LIMIT_BEFORE = new RegExp(`\\b(?:${any(money.LIMIT_OF)}) $`);
const ASKED_FOR_BEFORE = new RegExp(
  `\\b(?:${any(money.ASKED_FOR.verbs)})(?: [a-z'-]+){1,${money.ASKED_FOR.reach}} to (?:${any(money.ASKED_FOR.giving)})(?: [a-z'-]+){0,${money.ASKED_FOR.reach}} $`,
);
const ONE_WEIGHT_BEFORE = new RegExp(`\\b(?:${any(money.WEIGHT_OF_ONE)})\\b(?: [a-z]+){0,4} $`);
const ONE_WEIGHT_AFTER = new RegExp(
  `^(?: [a-z"\u201c\u201d'-]+){0,${money.WEIGHED_AFTER.words}} (?:${any(money.WEIGHED_AFTER.things)})\\b`,
);
/**
 * North Korea or Russia named as the one that lost: "North Korea … had lost four-thousand people", "Russia lost on
 * average over 1,500 people either killed or wounded every single day".
 */
const NK_LOST = new RegExp(
  `\\b(?:${any([...NORTH_KOREA_NAMES, ...RUSSIA_NAMES])})\\b[^,;:.]{0,60} (?:(?:${any(PERFECT_AUXILIARIES)}) )?(?:${any(INSTITUTION_LOSS_VERBS)}) ["\u201C]?(?:(?:${any(losses.ON_AVERAGE)}) )?$`,
);
/** "they have lost 4,000 people", where North Korea's soldiers were just named. */
const PRONOUN_LOST = new RegExp(
  `\\b(?:${any(losses.PRONOUN_LOSERS.pronouns)}) (?:(?:${any(losses.PRONOUN_LOSERS.auxiliaries)}) )?(?:${any(INSTITUTION_LOSS_VERBS)})(?: (?:${any(losses.PRONOUN_LOSERS.fillers)}))?(?: -)? $`,
);
const SENT_WITH_SOLDIERS_NOUNS = new Set(SENT_WITH_SOLDIERS);
/** Between an amount and the same given again in brackets: "barrels (". */
/** Goods given again in another unit: "over one million barrels (56,000 tons)", "1 million barrels, or roughly 56,000 tons". */
const BRACKET_OPEN = new RegExp(`^ [a-z]+(?: \\(|, or(?: (?:${any(money.RESTATED_AMOUNT_HEDGES)}))? )$`);
const LOSSES_OF_PEOPLE_BEFORE = new RegExp(
  `\\b(?:${any(losses.LOSSES_OF_PEOPLE.nouns)})(?: [a-z'-]+){0,${losses.LOSSES_OF_PEOPLE.reach}} $`,
);
const STRIKES = words(losses.STRIKES);
const TOLL_ELSEWHERE = words(losses.TOLL_ELSEWHERE);
/** Between the two counts of a toll's pair: "Five Killed, 22 Injured". */
const TOLL_PAIR_GAP = new RegExp(`^ (?:${any(losses.TOLL_IN_A_CITY.tolls)})(?:,| and|, and) $`);
const MEN_COUNTED = new Set(losses.MEN_WITH_FAMILIES.men);
const FAMILIES_REACH = 30;
const FAMILIES_LISTED = new RegExp(`^,? (?:and )?[\\d,]+ (?:${any(losses.MEN_WITH_FAMILIES.with)})\\b`);
const CIVILIAN_TOLL = words(losses.CIVILIAN_TOLL);
const PART_OF_THE_LOST_BEFORE = new RegExp(`(?:^|[.;:] )${losses.PART_OF_THE_LOST.lead} (${any(losses.PART_OF_THE_LOST.groups)}), $`);
const THINGS_DOWNED = new RegExp(`^(?: [a-z]+){0,2} (?:${any(losses.THINGS_DOWNED)})\\b`);
const PEOPLE_LOST_ELSEWHERE = words(losses.PEOPLE_LOST_ELSEWHERE);
const PRISONERS_FREED = words(losses.PRISONERS_FREED);
const PUTIN_GIVEN = new RegExp(`\\b(?:${any(money.GIVEN_TO_PUTIN)}) (?:[a-z]+ ){0,2}putin\\b`);
const NAMED_OWNER_ONLY = new Set(NAMED_OWNER_ONLY_NOUNS);
/**
 * An amount quoted alone, its noun left out: "a “couple thousand” are already there" is read on past the quote's
 * close for what is said of it.
 */
const QUOTE_OPENED_BEFORE = /"$/;
const TAKEN_BY_RUSSIA = new RegExp(`\\bby (?:the )?(?:${any(RUSSIA_NAMES)})\\b`);
/** How far after the captives their taking by Russia's side is read. */
const TAKEN_BY_OWN_SIDE_REACH = 160;
// The captives' own predicate, passive, in their clause: not "…for Ukrainians captured by Russia", "…, a town seized by
// Russian forces".
const TAKEN_BY_OWN_SIDE_AFTER = new RegExp(
  `^[^,;:]*?\\b(?:${any(losses.TAKEN_BY_OWN_SIDE.passives)}) (?:${any(losses.TAKEN_BY_OWN_SIDE.verbs)})(?: and (?:${any(losses.TAKEN_BY_OWN_SIDE.verbs)}))? ${losses.TAKEN_BY_OWN_SIDE.link} (?:the )?(?:${any(RUSSIA_NAMES)})\\b`,
);
/** Russia as the giver of goods, or its leader: "Putin keeps Kim Jong-un sweet by giving him 24 purebred horses". */
const RUSSIA_GIVING = words([...RUSSIA_NAMES, ...money.RUSSIAN_GIVERS]);
/** How far before troops "in exchange for" is read, with two words between. */
const EXCHANGE_REACH = 40;
const IN_EXCHANGE_BEFORE = new RegExp(`\\b(?:${any(sending.IN_EXCHANGE_FOR)}) (?:[a-z]+ ){0,2}$`);
/** The fewest people said lost that a page about North Korea's soldiers counts as theirs with no soldiers named. */
const PEOPLE_LOST_LEAST = 100;
/** A toll named before its count: "the death toll climbs to 16". */
const TOLL_NAMED_BEFORE = new RegExp(`\\b(?:${any(losses.TOLLS)})\\b[^.;]{0,40}$`);
const CIVILIANS = words([...losses.LOSSES_OF_PEOPLE.civilians, ...losses.LOSSES_OF_PEOPLE.disasters]);
/** How far before a count its losses are read: the noun and the words allowed between. */
const LOSSES_OF_PEOPLE_REACH = 120;
const OTHER_SIDES = words([...RUSSIA_NAMES, ...losses.PRONOUN_LOSERS.otherSides]);
const NK_NAMED = words(NORTH_KOREA_NAMES);
const CARGO_SENT_BY_NK_BEFORE = new RegExp(
  `\\b(?:${any(NORTH_KOREA_NAMES)}) (?:(?:${any(CARGO_SENT_BY_NK.auxiliaries)}) )?(?:[a-z]+ly )?(?:${any(CARGO_SENT_BY_NK.verbs)})(?: [a-z]+){0,${CARGO_SENT_BY_NK.reach}} $`,
);
/** The words after "to" where cargo went, up to three: "to the Middle East", "to Russia's Far East". */
const CARGO_DESTINATION = /^[^,;.]{0,40}?\bto ((?:the )?[a-z.'-]+(?: [a-z.'-]+){0,2})/;
/** Traded goods the containers are said to hold, right after them: "containers of wigs and false eyelashes". */
const TRADED_AFTER = new RegExp(`^ (?:${any(CONTAINERS_OF_GOODS.links)}) (?:[a-z-]+ ){0,3}?(?:${any(CARGO_SENT_BY_NK.traded)})\\b`);
const TRADED_REACH = 60;
/** Whether the words after cargo send it to another party than Russia: "… to China". */
function sentToAnother(after: string): boolean {
  const to = CARGO_DESTINATION.exec(after);
  return to !== null && ownerOfWords(to[1]!) === 'other';
}
/** How far before containers their sender and its verb are read. */
const CARGO_SENDER_REACH = 80;
const MISSILE_NOUN = words(MISSILES_LAUNCHED.missiles);
/** A clause's end, not a digit group's comma ("1,000"). */
const CLAUSE_PUNCTUATION = /[;:(]|,(?!\d)/;
/** How far after a count a Russian official speaks of, North Korea is read. */
const OFFICIAL_NK_REACH = 80;
const MORE_OF_THE_SAME_NOUNS = new Set(MORE_OF_THE_SAME);
/** How far after the next number its deminers are read: "and 1,000 mine clearance specialists". */
const DEMINERS_REACH = 40;
/** Whether this count and the one before or after it are joined and the other counts deminers. */
function joinedToDeminers(s: InSentence): boolean {
  const q = s.quantity;
  const prev = s.previous;
  if (prev && JOIN.test(s.sentence.slice(prev.end, q.start)) && DEMINING.test(s.sentence.slice(prev.end, q.start))) return true;
  const next = s.next;
  return (
    next !== undefined &&
    JOIN.test(s.sentence.slice(q.end, next.start)) &&
    DEMINING.test(s.sentence.slice(next.end, next.end + DEMINERS_REACH))
  );
}
/** A cue read past a count before an amount stays in the amount's clause: not across ", and", ", which" or ";". */
const MONEY_CLAUSE_STOP = new RegExp(`[;]|,(?= (?:${any([...CONJUNCTIONS, 'which', 'but', 'while'])})\\b)`, 'g');
/** A second count joined to the one before: "killed 62,400 Russian troops and 4,500 North Korean soldiers". */
const CONJUNCT_GAP = new RegExp(`^ (?:[a-z'-]+ ){1,4}(?:${any(CONJUNCTIONS)}) $`);
const LOSS_NOUN_WORDS = new Set(losses.LOSS_NOUNS);
/** Russia's losses named in a label, and no North Korean name beside them. */
const RUSSIA_LOSSES_LABEL = new RegExp(
  `\\b(?:${any(losses.RUSSIA_LOSSES_NAMED.owners)}) (?:${any(losses.RUSSIA_LOSSES_NAMED.nouns.filter((n) => LOSS_NOUN_WORDS.has(n)))})\\b`,
);
/** Whose losses a label before the count's colon names: Russia's only. */
function labelledLosses(s: InSentence): Owner | null {
  const from = Math.max(0, s.quantity.start - LABEL_REACH);
  const colon = s.sentence.slice(from, s.quantity.start).lastIndexOf(': ');
  if (colon < 0) return null;
  const label = s.sentence.slice(Math.max(0, from + colon - LABEL_REACH), from + colon);
  return RUSSIA_LOSSES_LABEL.test(label) && !NK_NAMED.test(label) ? 'russia' : null;
}
/** How far before a count its label's colon is read, and the label before the colon. */
const LABEL_REACH = 80;
/** How far before a pair its speaker and verb of saying or finding may stand: "CSIS found nearly 1.2 million…". */
const PAIR_SPEAKER_REACH = 60;
/** How far before the first of a pair its clause's opening is read. */
const PAIR_LEAD_REACH = PAIR_SPEAKER_REACH + 20;
/** Where the pair's clause ends: a semicolon, or a comma not within a list of losses ("killed, wounded, or missing"). */
const PAIR_CLAUSE_END = new RegExp(`;|,(?! (?:(?:${any(CONJUNCTIONS)}) )?(?:${any(losses.TOLLS_LISTED)})\\b)`);
/** A key fact's number first, its label after a colon: "• 11,000: North Korean troops sent to Russia". */
const KEY_FACT_OPENS = /^\s*(?:[\u2022\u25AA\u25CF*\u2013\u2014-]\s*)?$/;
const KEY_FACT_COLON = /^: (?=[a-z])/;
/** The noun of a key fact whose number comes first, read as if the colon were not there. */
function keyFactNoun(s: InSentence, after: string): Noun | null {
  if (!KEY_FACT_COLON.test(after) || s.quantity.start > KEY_FACT_LEAD || !KEY_FACT_OPENS.test(s.sentence.slice(0, s.quantity.start)))
    return null;
  const noun = nounAfter(after.slice(1));
  // Not a label that names another party or a plan: "• 12,000: troops Russia says it lost", "• 20,000: the number of
  // North Korean troops Kim could send next".
  const label = after.slice(0, KEY_FACT_LABEL_REACH);
  if (!noun || KEY_FACT_NOT.test(label) || OTHER_OR_RUSSIA.test(label)) return null;
  return { ...noun, end: noun.end + 1 };
}
const KEY_FACT_LABEL_REACH = 80;
/** Another party in the label, or Russia as its subject ("troops Russia says it lost"), not as where they went. */
/** Another side as the label's loser: "troops Russia says it lost" (not a source: "according to Ukraine", "Seoul says"). */
const OTHER_OR_RUSSIA = new RegExp(
  `\\b(?:${any([...OWNER_NAMES.other, ...OWNER_NAMES.russia])}) (?:(?:${any(SPEECH_VERBS)}) (?:it|they) )?(?:${any(sending.KEY_FACT_RUSSIA_VERBS)})\\b`,
);
/** A modal in the label: a sending to come, "• 20,000: the number of … Kim could send next". */
const KEY_FACT_NOT = words(sending.MODALS);
/** The most a key fact's bullet takes before its number. */
const KEY_FACT_LEAD = 4;
/** Whether the count before this one in the sentence has a noun of its own that is no people: "330 balloons". */
function countsThingsBefore(s: InSentence): boolean {
  const previous = s.previous;
  if (!previous) return false;
  // A part is no more than its whole: not "11,000 troops and 200 howitzers, with about 3,000 of them in Kursk".
  if (lowOf(s.quantity) > valueBounds(previous.value).high) return false;
  const noun = nounAfter(s.sentence.slice(previous.end, Math.min(s.quantity.start, previous.end + AFTER_WINDOW)));
  return noun !== null && noun.kind !== 'personnel' && noun.kind !== 'casualties';
}
/** How far after a whole its part said North Korean is read. */
const NK_PART_REACH = 80;
/** Only a conjunction between a count's noun and the next count: " and ". */
const PAIRED_NEXT = new RegExp(`^ (?:${any(CONJUNCTIONS)}) $`);
/** How far after the second of a pair of counts their predicate is read. */
const PAIR_PREDICATE_REACH = 80;
/** What happened to a pair of counts of people, said after the second and its noun of people. */
function pairScope(s: InSentence, next: Quantity): Scope | null {
  // The first count opens its clause, the pair its subject: not "North Korea has sent 11,000 troops and nearly 4,000
  // of them have been killed", nor "has 1.2 million soldiers and 4,000 troops were killed".
  const lead = s.sentence.slice(Math.max(0, s.quantity.start - PAIR_LEAD_REACH), s.quantity.start);
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
  // A clause longer than the window opened further back, with words of its own before the pair.
  if (clause.length === lead.length && s.quantity.start > PAIR_LEAD_REACH) return null;
  if (!PAIR_OPENS.test(clause)) return null;
  // Read up to the next comma: not "Of the 11,000 troops and 3,000 engineers sent, about 4,000 soldiers were killed".
  const rest = s.sentence.slice(next.end, next.end + PAIR_PREDICATE_REACH).split(PAIR_CLAUSE_END)[0]!;
  const second = nounAfter(rest);
  if (second?.kind !== 'personnel' || POINTS_BACK_AT_START.test(second.text)) return null;
  return casualtyScope({ ...second, end: 0 }, rest.slice(second.end), '');
}
/** What may open a clause before the first of a pair: nothing, or a word that joins the clause on. */
const PAIR_OPENS = new RegExp(
  `^\\s*["'\u201C\u2018]?(?:(?:${any(losses.PAIR_OPENS.openers)}) )?$|^[^,;:]{0,${PAIR_SPEAKER_REACH}}? (?:${any([...SPEECH_VERBS, ...losses.PAIR_OPENS.finding])})(?: that)? $`,
);
/** Where a joined count's words end, with no verb of their own: "…and 4,500 North Korean soldiers in Kursk". */
const JOINED_COUNT_END = new RegExp(`^(?:[,;.:)]|$| (?:${any(JOINED_COUNT_ENDS)})\\b)`);
/** How far before the first of two joined counts their verb is read. */
const CONJUNCT_VERB_REACH = 40;
const WAR = words([...WAR_NAMES, ...SUPPLYING]);
const MISSILES_IN_WAR = words([...WAR_NAMES, ...SUPPLYING, ...MISSILES_IN_THE_WAR]);
/** A launch of North Korea's own, said within this many characters after its missiles. */
const TESTED_REACH = 50;
const MISSILES_TESTED = words(MISSILES_TESTED_AFTER);
const MISSILES_USED_AFTER = new RegExp(`^ (?:${any(MISSILES_USED.after)})\\b`);
const MISSILES_USED_NOT_WITH = words(MISSILES_USED.notWith);
const REMNANTS_OF_BEFORE = new RegExp(`\\b(?:${any(MISSILE_REMNANTS.words)}) $`);
const REMNANTS_NOT_WITH = words(MISSILE_REMNANTS.notWith);
const TESTED_BEFORE = new RegExp(`\\b(?:${any(MISSILES_TESTED_BEFORE)}) $`);
/** North Korea named as the launcher, not with Russia: its own launch, unless the missiles are said to strike Ukraine. */
const LAUNCHED_BY_NK_BEFORE = new RegExp(
  `(?<!\\b(?:${any(MISSILES_LAUNCHED_BY_NK.notWith)}) )\\b(?:${any(OWNER_NAMES.north_korea)}) (?:${any([...MISSILES_LAUNCHED_BY_NK.verbs, ...MISSILES_LAUNCHED_BY_NK.headlineVerbs])}) $`,
);
const AT_UKRAINE = new RegExp(`\\b(?:${any(MISSILES_LAUNCHED_BY_NK.targets)})\\b`);
const LAUNCHED_BY_NK_AFTER = new RegExp(`^ (?:${any(MISSILES_LAUNCHED_BY_NK.passive)}) (?:the )?(?:${any(OWNER_NAMES.north_korea)})\\b`);
/**
 * North Korea's own launch of the missiles or shells counted, not aimed at Ukraine: named as the launcher right before
 * them ("North Korea fired 200 artillery shells"), or right after them as the agent in a sentence that does not itself
 * name the war, though the sentence before may ("two projectiles fired by North Korea on Thursday morning"; not "Two
 * missiles fired by North Korea hit Kyiv").
 */
function launchedByNorthKorea(s: InSentence, before: string, afterNoun: string): boolean {
  const named =
    LAUNCHED_BY_NK_BEFORE.test(before.slice(-TESTED_REACH)) || (LAUNCHED_BY_NK_AFTER.test(afterNoun) && !s.says(MISSILES_IN_WAR));
  return named && !AT_UKRAINE.test(afterNoun);
}
/** "only 4% are in working condition", "at 30 percent capacity": a share of something else. */
const COPULA = `(?:${any(sending.PLANNED_AFTER_COPULAS)})`;
const NOT_A_SUPPLY_SHARE = new RegExp(`^(?: (?:${any(POINTS_BACK)}))?(?: ${COPULA})? (?:${any(money.NOT_A_SUPPLY_SHARE)})\\b`);
/** How far after a share what its shells are said to be is read. */
const SHARE_SAID_REACH = 120;
const OTHER_GOODS_SHARED = words(money.OTHER_GOODS_SHARED);
/** A rate of work said of the share in its clause: "the operating rate of … munitions factories was only 30%". */
const RATE_OF_WORK = new RegExp(
  `\\b(?:${any(money.RATES_OF_WORK)})\\b[^,;]{0,${money.RATE_OF_WORK_SAID.reach}}\\b(?:${any(money.RATE_OF_WORK_SAID.links)})(?: (?:${any(money.RATE_OF_WORK_SAID.hedges)}))? $`,
);
const RATE_OF_WORK_REACH = 120;
/** An aside after the counted, between dashes or opened by a comma and "or" or "including", closed before their verb. */
const COUNT_ASIDE = new RegExp(
  `^(?: ?\u2014[^\u2014]{1,80}?\u2014 ?| [\u2014-] [^\u2014]{1,80}? [\u2014-] |, (?:${any(losses.ASIDE_OPENERS)}) [^,]{1,80}, )(?=[a-z])`,
);
const ASIDE_REACH = 100;
const RELATIVE_AFTER_ASIDE = new RegExp(`^(?:${any(losses.RELATIVES_AFTER_ASIDE)})\\b`);
const PRICE_PER_UNIT_AFTER = new RegExp(`^ (?:${any(money.PRICE_PER_UNIT)})\\b`);
const SHARE_SAID_NOT_SUPPLY = new RegExp(`\\b(?:${any(money.SHARE_SAID_TO_BE)}) (?:${any(money.NOT_WORKING)})\\b`);
const SHARE_CLAUSE_END = new RegExp(`${CLAUSE_PUNCTUATION.source}| (?:${any([...CONJUNCTIONS, ...losses.SUBORDINATORS])}) `);
const AT_WORK_AFTER = new RegExp(`^ (?:${COPULA} )?(?:(?:${any(sending.AT_WORK_ADVERBS)}) )?(?:${any(sending.AT_WORK)})\\b`);
/** Not a force sent: "North Korea could deploy a military force of 100,000 troops". */
const ARMY_SENT = `(?<!\\b(?:${any(sending.SENT_BEFORE)}) (?:${any(sending.SENT_BEFORE_ARTICLES)}) )`;
/** The size of North Korea's own army, not a deployment: "armed forces, numbering 1.2 million". */
const ARMY_SIZE_BEFORE = new RegExp(
  `\\b(?:${ARMY_SENT}(?:${any([...sending.WORLD_ARMIES, ...sending.ARMIES])})(?:,)? (?:${any(sending.ARMY_SIZE_LINKS)})|${any(sending.ARMY_SIZE_VERBS)}) $`,
);
const ARMY_MODIFIER = words(sending.ARMY_MODIFIERS);
const STORY_CLAUSE_END = new RegExp(`[,;:()\u2014]| (?:${any(losses.CAPTURE_STORY.clauseEnds)}) `);
const STORY_CLAUSE_ENDS = new RegExp(STORY_CLAUSE_END.source, 'g');
export const POINTING_BEFORE = new RegExp(`\\b(?:${any(losses.CAPTURE_STORY.pointing)}) $`);
/** How far around a count its clause is read for the story. */
const STORY_REACH = 200;

/**
 * Whether a count of a few soldiers (`noun`) is told in a story of prisoners: soldiers who survived, in a sentence
 * naming the service that holds them; else in its own clause, or pointed back at.
 */
function inCaptureStory(s: InSentence, noun: Noun): boolean {
  const q = s.quantity;
  if (HELD_SOLDIERS.has(noun.text) && s.says(CAPTIVES_HELD_BY) && s.says(SURVIVED)) return true;
  if (POINTING_BEFORE.test(s.sentence.slice(Math.max(0, q.start - 8), q.start)))
    return s.says(CAPTURE_STORY) || s.says(ASKED_OF_CAPTIVES) || pointedPair(s, noun);
  // "a video of … two North Korean soldiers, one lying on a bed, with another sitting down, with a bandaged face": the
  // pair named North Korea's, in a sentence of their story.
  if (NK_NAMED.test(noun.modifiers) && s.says(PAIR_CAPTIVITY) && pointedPair(s, noun)) return true;
  const before = s.sentence.slice(Math.max(0, q.start - STORY_REACH), q.start);
  const after = s.sentence.slice(q.end, q.end + STORY_REACH);
  // Where the count's clause starts: just after the last clause end before it.
  let start = 0;
  STORY_CLAUSE_ENDS.lastIndex = 0;
  for (let m = STORY_CLAUSE_ENDS.exec(before); m; m = STORY_CLAUSE_ENDS.exec(before)) {
    meter.steps++;
    start = m.index + m[0].length;
  }
  const end = STORY_CLAUSE_END.exec(after);
  const counted = s.sentence.slice(q.start, q.end);
  return CAPTURE_STORY.test(`${before.slice(start)}${counted}${end ? after.slice(0, end.index) : after}`);
}

export const PAIR_NOUNS = new Set(losses.CAPTURE_STORY.pointedPair.nouns);
export const NOT_OF_THE_PAIR = words(losses.CAPTURE_STORY.pointedPair.notOf);
const PAIR_STORY = words(losses.CAPTURE_STORY.pointedPair.story);
export const PAIR_CAPTIVITY = words(losses.CAPTURE_STORY.pointedPair.captivity);
/**
 * "the two soldiers", "these two men": the two captives of the war, in a sentence that tells of them (or after one that
 * tells of capture), not of leaders, talks or the dead.
 */
function pointedPair(s: InSentence, noun: Noun): boolean {
  return (
    s.quantity.value === losses.CAPTURE_STORY.pointedPair.count &&
    PAIR_NOUNS.has(noun.text) &&
    !s.says(NOT_OF_THE_PAIR) &&
    (s.says(PAIR_STORY) || s.says(CAPTURE_STORY, true)) &&
    (s.assumeTopic || s.says(NK_NAMED, true))
  );
}

// "…who captured these two people".
const CAPTURED_JUST_BEFORE = new RegExp(`\\b(?:${any(losses.CAPTURE_STORY.verbs)}) (?:(?:${any(losses.CAPTURE_STORY.pointing)}) )?$`);
/**
 * Wounds said of captives leave them captives: "Ukraine announced it had captured two North Korean soldiers wounded
 * fighting", "The two wounded soldiers were transferred to Kyiv, where they are now speaking with the Security Service".
 */
function wornByCaptives(s: InSentence, noun: Noun | null, scope: Scope | null): Scope | null {
  if (scope !== 'wounded' || noun?.kind !== 'personnel') return scope;
  const lead = s.sentence.slice(Math.max(0, s.quantity.start - 16), s.quantity.start);
  if (CAPTURED_JUST_BEFORE.test(lead)) return 'captured';
  if (s.quantity.value === losses.CAPTURE_STORY.pointedPair.count && s.says(WOUNDED_PAIR_HELD)) return 'captured';
  return POINTING_BEFORE.test(lead.slice(-8)) && pointedPair(s, noun) ? 'captured' : scope;
}

/** A verb or a clause's end right after pointed-at captives: "The two said", "the two —". */
export const CAPTIVES_VERB = new RegExp(`^(?:\\s*[,;:.\u2014\u2013)]|\\s*$| (?:${any(losses.CAPTURE_STORY.pointedBack.verbs)})\\b)`);

/** A few captives pointed at with no noun ("the two"), in a sentence telling of prisoners, and no other side's. */
function pointedCaptives(s: InSentence, after: string): boolean {
  const q = s.quantity;
  if (q.unit !== 'count' || lowOf(q) > losses.CAPTURE_STORY.most || !CAPTIVES_VERB.test(after)) return false;
  if (!POINTING_BEFORE.test(s.sentence.slice(Math.max(0, q.start - 8), q.start))) return false;
  return s.says(CAPTURE_STORY) && (s.assumeTopic || s.says(NK_NAMED, true));
}

const CAPTURE_STORY = new RegExp(
  `\\b(?:${any(losses.CAPTURE_STORY.words)}|(?:${any(losses.CAPTURE_STORY.verbs)})(?: [a-z-]+){0,3}? (?:${any(losses.CAPTURE_STORY.people)}))\\b`,
);
const ASKED_OF_CAPTIVES = words(losses.CAPTURE_STORY.askedOfCaptives);
const WOUNDED_PAIR_HELD = words(losses.CAPTURE_STORY.woundedPair);
const CAPTIVES_HELD_BY = words(losses.CAPTURE_STORY.holders);
const HELD_SOLDIERS = new Set<string>(losses.CAPTURE_STORY.heldSoldiers);
const SURVIVED = words(losses.CAPTURE_STORY.survived);
const ONE_OF_BEFORE = new RegExp(`\\b(?:${any(ONE_OF_A_GROUP.before)}) $`);
/** The singular verb of the one: ", was heavily injured". */
const SINGULAR_VERB = new RegExp(` (?:${any(ONE_OF_A_GROUP.singular)})\\b`);
/** Whether the loss in a clause is said with a singular verb: of the one, not of the group counted. */
function saidOfTheOne(clause: string): boolean {
  const verb = SINGULAR_VERB.exec(clause);
  return verb !== null && CASUALTY_PREDICATE.test(clause.slice(verb.index));
}
const SENT_FORCE_BEFORE = new RegExp(
  `\\b(?:(?:${any(sending.SENT_FORCE_OF.adjectives)}) )?(?:${any(sending.SENT_FORCE_OF.nouns)}) of (?:(?:the|a|an|some|about|around|nearly|roughly) )?$`,
);
const WORKERS = words(sending.WORKERS);
const AT_WORK_NOUNS = new Set(sending.AT_WORK_NOUNS);
const MIGRANT_NOUNS = new Set(sending.MIGRANT_NOUNS);
const NOT_DEPLOYED_AFTER = new RegExp(
  `^ (?:(?:${any(sending.NOT_DEPLOYED.auxiliaries)}) ){0,3}(?:${any(sending.NOT_DEPLOYED.after)}|(?:${any(sending.NOT_DEPLOYED.backVerbs)}) (?:[a-z-]+ ){0,2}?(?:${any(sending.NOT_DEPLOYED.homes)}))\\b`,
);
/** How far before troops the words that make them no deployment are read. */
const NOT_DEPLOYED_REACH = 60;
// "in groups of 20, 40 or even 60 men": each count of a list.
const NOT_DEPLOYED_BEFORE = new RegExp(`\\b(?:${any(sending.NOT_DEPLOYED.before)})(?: [a-z0-9,]+){0,5} $`);
/** How far before troops a verb of recruiting or welcoming home is read, with the words after it ("recruit an additional"). */
const VERB_LEAD_REACH = 48;
const RECRUITED_BEFORE = new RegExp(`\\b(?:${any(sending.NOT_DEPLOYED.recruited)})(?: [a-z0-9,]+){0,3} $`);
const WELCOMED_HOME_BEFORE = new RegExp(`\\b(?:${any(sending.NOT_DEPLOYED.welcomed)})(?: [a-z0-9,]+){0,5} $`);
const RUSSIA_NAMED = words(RUSSIA_NAMES);
const UNIT_SIZE_IN_GENERAL = new RegExp(
  `\\b(?:size of an? (?:[a-z-]+ ){0,2}?(?:${any(sending.NOT_DEPLOYED.units)})|(?:${any(sending.NOT_DEPLOYED.units)})s?(?: [a-z]+){0,${sending.NOT_DEPLOYED.reach}}? (?:${any(sending.NOT_DEPLOYED.sizeVerbs)}))\\b`,
);
const IN_GENERAL = words(sending.NOT_DEPLOYED.general);
const PARADE = words(sending.NOT_DEPLOYED.parade);
const AT_HOME = words(sending.NOT_DEPLOYED.atHome);
const A_CROWD = words(sending.NOT_DEPLOYED.crowd);
const ARMY_AT_HOME = words(sending.NOT_DEPLOYED.armyAtHome);
const SENT_ELSEWHERE = words(sending.NOT_DEPLOYED.sentElsewhere);
/** Members of a military unit named in the sentence are its soldiers. */
const NAMED_UNIT = words(NAMED_UNITS);
const IN_DRILLS = words(sending.NOT_DEPLOYED.inDrills);
/** A sending said, which drills do not undo: "11,000 North Korean soldiers deployed to Russia trained in drills". */
/** A sending of the count itself, by its infinitive right before it: "Kim pledged to send another 6,000 soldiers" at a mass rally. */
const TO_SEND_BEFORE = new RegExp(`\\bto (?:${any(sending.SEND.base)})(?: [a-z]+){0,2} $`);
/** Troops named as the count before it, its people after: "the number of North Korean soldiers in Russia to be about". */
const TROOPS_NAMED_FIRST = new RegExp(
  `\\b(?:${any(sending.TROOPS_NAMED_FIRST.counts)}) (?:[a-z'.-]+ ){0,3}?(?:${any(sending.TROOP_WORDS)})\\b[^.;:]{0,${sending.TROOPS_NAMED_FIRST.reach}}$`,
);
/** North Korea's troops, named right before people set beside them after a dash ("North Korean military personnel – "). */
const TROOPS_APPOSED = new RegExp(
  `\\b(?:${any(PARTY_ADJECTIVES.north_korea)})(?: [a-z'-]+){0,2} (?:${any(sending.TROOP_WORDS)}) [\u2013\u2014-] $`,
);
const SUCH = words(THINGS_POINTED_BACK);
const FEW_POINTED_BACK_BEFORE = new RegExp(`^(?:${any(FEW_POINTED_BACK.words)}) `);
const SHELLS_NEEDED = new RegExp(`^ (?:${any(SHELLS_NEEDED_AFTER)})\\b`);
// Not a lead-in to a maker: "…, according to Kyiv".
const TO_UKRAINE = new RegExp(
  `\\b(?<!\\b(?:${any(SUPPLIED_TO_UKRAINE.notLeadIns)}) )(?:${any(SUPPLIED_TO_UKRAINE.links)}) (?:${any(SUPPLIED_TO_UKRAINE.names)})\\b`,
);
const UKRAINE_SUPPLIED_BEFORE = new RegExp(
  `\\b(?:(?:${any(SUPPLIED_TO_UKRAINE.names)}) (?:${any(SUPPLIED_TO_UKRAINE.before)})|(?:${any(SUPPLIED_TO_UKRAINE.suppliedWith)}) (?:${any(SUPPLIED_TO_UKRAINE.names)}) with) $`,
);
const NORTH_KOREA_A_PART_AFTER = new RegExp(
  `^(?: of (?:[a-z-]+ )?[a-z-]+)?,? (?:${any(PART_INCLUDED)}) (?:(?:[a-z]+ )?[\\d.,]+ )?(?:[a-z-]+ ){0,2}?from (?:${any(NORTH_KOREA_NAMES.filter((name) => !name.endsWith("'s")))})(?![\\w'])`,
);
/** How far after a whole's noun its part is read. */
const PART_REACH = 120;
/** "over 20 military personnel, including the North Korean officers": a part named North Korea's by its adjective. */
const NORTH_KOREAN_PART_AFTER = new RegExp(
  `^(?:,?|(?: [a-z]+){1,2},) (?:${any(PART_INCLUDED)}) (?:(?:${any(PART_DETERMINERS)}|[\\d.,]+) )?(?:${any(PARTY_ADJECTIVES.north_korea)}) [a-z]`,
);
/** Russia's forces, a part of them North Korea's, a verb between: "20 occupiers died, including six officers from North Korea". */
const NORTH_KOREAN_ORIGIN_PART_AFTER = new RegExp(
  `^(?: [a-z]+){0,2}, (?:${any(PART_INCLUDED)}) [a-z0-9.,]+ [a-z]+ from (?:the )?(?:${any(NORTH_KOREA_NAMES)})\\b`,
);
const PRISONER_SWAP = words(losses.PRISONER_SWAP);
const GONE_MISSING_AFTER = new RegExp(`^ (?:${any(losses.GONE_MISSING)})\\b`);
const PARADE_OF_THE_SENT = words(sending.NOT_DEPLOYED.paradeOfTheSent);
const FIGHTER_JET_NOUNS = new Set(FIGHTER_JETS.nouns);
const AIRCRAFT = words(FIGHTER_JETS.aircraft);
const MIGRATION = words(sending.MIGRATION);
const ARRIVAL_STATISTICS = words(sending.ARRIVAL_STATISTICS);
const EVACUATION = words(sending.EVACUATION);
const DEFECTOR_NOUNS = new Set(sending.DEFECTOR_NOUNS);
const DEFECTED_AFTER = new RegExp(`^[^,;.]{0,40}\\b(?:${any(sending.DEFECTION.after)})\\b`);
const DEFECTORS_BEFORE = words(sending.DEFECTION.whole);
const SENT_BACK_BEFORE = new RegExp(`\\b(?:${any(sending.DEFECTION.before)})(?: [a-z]+){0,2} $`);
/** How far before a count the defectors it is part of are named. */
const DEFECTORS_REACH = 120;
/** A force fought, the verb right before it, an ellipsis or a qualifier between: "holding back… 50,000 of the occupier's". */
const FOUGHT_BEFORE = new RegExp(`\\b(?:${any(sending.FOUGHT_BY_UKRAINE)})(?:\u2026|\\.\\.\\.)? (?:[a-z]+ ){0,2}$`);
const FOUGHT_REACH = 40;
const SAYS_TROOPS = words([...sending.TROOP_WORDS, ...sending.MILITARY_TOO, ...sending.MIGRANTS_AS_TROOPS]);
/** Words that say a sentence with workers in it is about troops too: "sent 10,000 to Russia to fight, and workers". */
const MILITARY_TOO = words([...sending.TROOP_WORDS, ...DEPLOYMENT_WORDS, ...sending.MILITARY_TOO]);
const NOT_SUPPLIED = new RegExp(`\\b(?:${any(NOT_SUPPLIED_BEFORE)})(?: (?:${any(sending.SENT_BEFORE_ARTICLES)}))? $`);
const RATE_OF_FIRE_AFTER = new RegExp(
  `^ (?:(?:${any(RATE_OF_FIRE.every)}) (?:[a-z0-9-]+ )?(?:${any(RATE_OF_FIRE.spans)})|(?:${any(RATE_OF_FIRE.every)}) (?:${any(RATE_OF_FIRE.guns)}))\\b`,
);
/** Goods inside the containers, not arms: not "7,000 containers of military aid". */
const GOODS_INSIDE = new RegExp(
  `^,? (?:(?:${any(CONTAINERS_OF_GOODS.adverbs)}) )?(?:${any(CONTAINERS_OF_GOODS.links)}) (?!(?:[a-z]+ ){0,2}?(?:${any(money.MILITARY_CARGO)}) )(?:[a-z]+ ){0,2}?(?:${any(CONTAINERS_OF_GOODS.goods)})\\b`,
);
const AID = words(money.AID_WORDS);
const GIVEN_IN_RETURN = words(money.IN_RETURN);
/** Goods said to go to North Korea: "has been supplied to North Korea". */
const GIVEN_TO_NORTH_KOREA = new RegExp(`\\b(?:${any(money.GIVEN_TO)}) (?:the )?(?:${any(NORTH_KOREA_NAMES)})\\b`);
/** Goods to North Korea that are no gift of Russia's: the sanctions' cap, or aid of others. */
const NOT_RUSSIA_GIVING = words(money.NOT_RUSSIA_GIVING);
/** Russia and another as the givers, a verb of supplying right after the pair. */
const GIVEN_WITH_ANOTHER = new RegExp(
  `\\b(?:${any(money.GIVEN_WITH_ANOTHER.givers)})(?:(?: [a-z]+)? (?:${any(money.GIVEN_WITH_ANOTHER.verbs)})|(?: [a-z]+){0,${money.GIVEN_WITH_ANOTHER.reach}} (?:${any(money.GIVEN_WITH_ANOTHER.reported)})(?: [a-z]+)? (?:${any(money.GIVEN_WITH_ANOTHER.nouns)}))\\b`,
);
/** Sent to North Korea, after what was sent: "9,000 containers back to North Korea". */
/** Goods sent there, past an aside on them: "the export of 24 Orlov Trotter horses, known for their speed, to North Korea". */
const SENT_TO_NORTH_KOREA = new RegExp(`^(?:, [^,]{1,60},)? (?:back )?to (?:the )?(?:${any(NORTH_KOREA_NAMES)})\\b`);
const REBUILDER_NOUNS = new Set(REBUILDERS.nouns);
const REBUILDING = words(REBUILDERS.rebuilding);
const REBUILDING_PLACE = words(REBUILDERS.places);
/** How far after the workers counted the place they go to rebuild is read. */
const REBUILDING_PLACE_REACH = 60;
const NOT_TO_REBUILD = words(REBUILDERS.notToPlaces);
/**
 * Workers counted are builders sent to rebuild: the sentence says so, or a verb of sending them names the place right
 * after them ("plans to send 6,000 workers to assist Russia in the Kursk region"), and no rebuilding elsewhere or
 * other work.
 */
function sentToRebuild(s: InSentence, noun: Noun | null, after: string): boolean {
  if (s.says(REBUILDING_ELSEWHERE)) return false;
  if (s.says(REBUILDING)) return true;
  const told = (noun?.from === 'after' ? after.slice(noun.end) : after).slice(0, REBUILDING_PLACE_REACH);
  const place = REBUILDING_PLACE.exec(told);
  const lead = s.sentence.slice(Math.max(0, s.quantity.start - VERB_LEAD_REACH), s.quantity.start);
  return place !== null && !NOT_TO_REBUILD.test(told) && SENT_BEFORE.test(lead);
}
const REBUILDING_ELSEWHERE = words([...REBUILDERS.elsewhere, ...REBUILDERS.otherWork]);
/** Military units whose people are counted next: "two brigades of 6,000 people each". */
// Or set beside them: "two military brigades — 5,000 people", "two military brigades [of] 5,000 people".
// A unit named with its own name in quotes: "a “special Buryat battalion” of up to 3,000 North Korean citizens".
const UNITS_OF_BEFORE = new RegExp(`\\b(?:${any([...MILITARY_UNITS, ...NAMED_UNITS])})"?(?: of| \\[of\\]| [-\u2013\u2014]|:) $`);
/**
 * "around 12,000 individuals in two brigades", "12,000 members of North Korean forces", "1,500 members of North Korean
 * special operations forces": people of a force after them.
 */
const IN_UNITS_AFTER = new RegExp(
  `^ (?:in (?:[a-z0-9-]+ )?(?:${any(MILITARY_UNITS)})|(?:of|from) (?:the |an? |its |their )?(?:[a-z'-]+ ){0,4}(?:${any([...FORCES_OF_PEOPLE, ...UNITS_OF_PEOPLE, ...MILITARY_UNITS])}))\\b`,
);
/** "the North Korean military contingent numbering up to 12,000 people": a force numbered in people. */
const FORCE_NUMBERED_BEFORE = new RegExp(`\\b(?:${any(FORCE_NUMBERED.forces)}),? (?:${any(FORCE_NUMBERED.links)}) $`);
const POLLS = words(sending.POLLED.polls);
const POLLED_BEFORE = new RegExp(`\\b(?:(?:${any(sending.POLLED.before)})|(?:${any(sending.POLLED.polls)}) ${sending.POLLED.of}) $`);
const POLLED_PEOPLE = new Set(sending.POLLED.people);
/** How far before the people the poll is named: "The survey, which was conducted among". */
const POLL_REACH = 60;
const NOT_SOLDIERS_BEFORE = new RegExp(
  `\\b(?:(?:${any(sending.POPULATION_BEFORE)})(?: (?:${any(sending.POPULATION_HEDGES)}))?|${any(sending.RATIO_BEFORE)}) $`,
);

/** A part of a count of things named next: " of 63 drones", " out of the 40 launchers". */
const PART_OF_THINGS_NEXT = new RegExp(
  `^ (?:of|out of) (?:the )?\\d[\\d,.]* (?:[a-z-]+ ){0,2}?(?:${any(NOUN_WORDS.filter((n) => n.kind === 'none').flatMap((n) => n.heads))})\\b`,
);
const DONE_TO_THINGS_AFTER = new RegExp(`^(?: (?:${any(DONE_TO_THINGS.auxiliaries)}))? (?:${any(DONE_TO_THINGS.verbs)})\\b`);

function people(s: InSentence, noun: Noun | null, after: string, before: string): Classified | null {
  // "60 of them were shot down": things pointed back at, no people.
  if (noun?.from === 'after' && POINTS_BACK_AT_START.test(noun.text) && DONE_TO_THINGS_AFTER.test(after.slice(noun.end))) return null;
  // "destroyed 36 of 63 drones launched by Russia": a part of things counted next, no people.
  if ((noun === null || noun.from !== 'after') && PART_OF_THINGS_NEXT.test(s.sentence.slice(s.quantity.end, s.quantity.end + AFTER_WINDOW)))
    return null;
  // "a country of just 26 million", "to every 30 soldiers": a people's size or a ratio.
  if (NOT_SOLDIERS_BEFORE.test(before)) return null;
  // "The survey, which was conducted among 1,001 men and women": the people a poll asked.
  if (
    (noun === null || POLLED_PEOPLE.has(noun.text)) &&
    POLLED_BEFORE.test(before) &&
    POLLS.test(s.sentence.slice(Math.max(0, s.quantity.start - POLL_REACH), s.quantity.start))
  )
    return null;
  // "Six North Korean troops were among the 20 dead": the dead of both sides, a whole the six are a part of; not "Among
  // the 4,000 casualties, some 1,000 were killed", North Korea's own.
  if (AMONG_THE_BEFORE.test(before) && AMONG_THE_AFTER.test(after)) return null;
  if (noun && REBUILDER_NOUNS.has(noun.text) && !sentToRebuild(s, noun, after)) return null;
  // "Volunteers" are North Korea's only where their own words say so, or a verb of sending right before them: not
  // Russia's recruits ("it has signed up 190,000 volunteers this year"), but "Pyongyang … sent as many as 12,000
  // “volunteers”".
  if (
    noun?.from === 'after' &&
    NAMED_OWNER_ONLY.has(noun.text) &&
    ownerOfWords(noun.modifiers) !== 'north_korea' &&
    !SENT_BEFORE.test(before)
  )
    return null;
  if (noun?.text === losses.LIVES && !livesLost(s, noun, before)) return null;
  if (GONE_MISSING_AFTER.test(noun?.from === 'after' ? after.slice(noun.end) : after)) return null;
  // A toll named by no people after it, the first in a sentence of a strike on a place or a killing elsewhere that
  // names neither North Korea nor its soldiers ("fires at officers trying to serve warrant, injuring 3").
  if (
    (noun === null || noun.from !== 'after' || (noun.kind === 'casualties' && !noun.modifiers)) &&
    // Or the second of a pair so told: "Turkey: Five Killed, 22 Injured In Terror Attack".
    (s.previous === undefined || TOLL_PAIR_GAP.test(s.sentence.slice(s.prevEnd, s.quantity.start))) &&
    s.says(TOLL_ELSEWHERE) &&
    !s.says(WAR) &&
    !s.says(NK_NAMED, true) &&
    !s.says(NK_PERSONNEL_WORDS, true)
  )
    return null;
  // "one person died and three were injured according to prosecutors there": a toll of civilians, no side's soldiers.
  // So too of people, where a disaster's words name them: "At least 158 people are confirmed dead and … others remain
  // missing".
  if (
    (noun === null || noun.from !== 'after' || VAGUE_PEOPLE_NOUNS.has(noun.text) || (noun.kind === 'casualties' && !noun.modifiers)) &&
    s.says(CIVILIAN_TOLL) &&
    !s.says(NK_NAMED, true) &&
    !s.says(NK_PERSONNEL_WORDS, true) &&
    !s.says(MILITARY_PEOPLE)
  )
    return null;
  // Men counted in a list with women and children, no side's adjective on them: "A boat carrying 64 men, 62 women and 20
  // children"; not "1,100 Russian men were killed, as Russia's women and children flee".
  if (
    noun?.from === 'after' &&
    MEN_COUNTED.has(noun.text) &&
    !noun.modifiers &&
    FAMILIES_LISTED.test(s.sentence.slice(s.quantity.end + noun.end, s.quantity.end + noun.end + FAMILIES_REACH))
  )
    return null;
  // "13 killed in Zaporizhzhia", "At least five people were killed when missiles hit Kharkiv": a toll in a city Ukraine
  // holds, struck from afar, with no soldiers named.
  if (
    (noun === null || noun.from !== 'after' || VAGUE_PEOPLE_NOUNS.has(noun.text) || (noun.kind === 'casualties' && !noun.modifiers)) &&
    tollInACity(s.sentence.slice(s.quantity.end, s.quantity.end + TOLL_CLAUSE_REACH)) &&
    !s.says(MILITARY_PEOPLE) &&
    // Not captives held there: "two had been captured alive, … interrogated by the SBU in Kyiv".
    !s.says(CAPTIVITY_TOLD)
  )
    return null;
  // A toll told in tens, with no side, soldiers or war in sight, on a page about North Korea's part: another story's, as
  // a strike's toll is ("That comes as the death toll climbs to 16").
  if (
    (noun === null || noun.from === 'implied') &&
    s.assumeTopic &&
    lowOf(s.quantity) < PEOPLE_LOST_LEAST &&
    TOLL_NAMED_BEFORE.test(before) &&
    !s.says(NK_NAMED, true) &&
    !s.says(NK_PERSONNEL_WORDS, true) &&
    !s.says(MILITARY_PEOPLE, true) &&
    !s.says(WAR, true)
  )
    return null;
  // "Up to 1,500 dead in floods in North Korea": a disaster's dead, where the war is not in sight.
  // So too a people's dead, no soldiers named: "A famine in the 1990s took the lives of as many as 2 million North
  // Koreans".
  const civilianNoun = noun !== null && (MIGRANT_NOUNS.has(noun.text) || VAGUE_PEOPLE_NOUNS.has(noun.text));
  if ((noun === null || noun.from === 'implied' || noun.kind === 'casualties' || civilianNoun) && s.says(DISASTERS) && !s.says(WAR))
    return null;
  // A predicate may stand further on than the noun search reads: "…soldiers fighting on Russia's side have been killed";
  // not for the whole a part was counted of ("4,000 of the 14,000 soldiers … were killed").
  const between = s.sentence.slice(s.prevEnd, s.quantity.start);
  const whole = s.previous !== undefined && PART_OF_BEFORE.test(between);
  // The whole of a part of soldiers counts soldiers, whatever is said after it: "4,000 soldiers out of 12,000 were killed".
  if (whole && noun?.from === 'implied' && MILITARY_PEOPLE.test(between)) noun = { ...noun, kind: 'personnel' };
  // A part with its noun, then its whole: "4,000 North Korean soldiers out of a total of 12,000 were killed"; what
  // happened to the part is said after the whole.
  const next = s.next;
  // So too a part counted among a group's dead: "Six North Korean troops were among the 20 dead".
  const toNext = next !== undefined && noun?.from === 'after' ? s.sentence.slice(s.quantity.end + noun.end, next.start) : null;
  const partOf = toNext !== null && (PART_OF_AFTER.test(toNext) || AMONG_THE_PART_AFTER.test(toNext));
  const clause = whole
    ? ''
    : partOf && next
      ? s.sentence.slice(next.end, Math.min(s.sentence.length, next.end + PREDICATE_WINDOW))
      : (clauseAcrossAside(s, noun) ?? s.sentence.slice(s.quantity.end, Math.min(s.nextStart, s.quantity.end + PREDICATE_WINDOW)));
  // A qualifier that is the clause's verb is read with the words before it: "losses … have already exceeded 200 troops".
  const verb = withVerbQualifier('', s.quantity.qualifier);
  // Joined to a count of soldiers before it: "sent 10,000 soldiers and 2,000 engineers".
  const joined = s.previous !== undefined && CONJUNCT_GAP.test(between) && MILITARY_PEOPLE.test(between);
  // "…have been killed out of a total deployment of 15,000": the force sent, not a loss.
  const force = SENT_FORCE_BEFORE.test(s.sentence.slice(Math.max(0, s.quantity.start - 60), s.quantity.start));
  const scope = wornByCaptives(
    s,
    noun,
    force
      ? null
      : (casualtyScope(
          partOf && noun ? { ...noun, end: 0 } : noun,
          clause,
          `${before}${verb}`,
          !partOf && s.next !== undefined && s.nextStart < s.quantity.end + PREDICATE_WINDOW,
        ) ??
          // The verb of two joined counts of soldiers stands before the first: "killed 62,400 Russian troops and 4,500…".
          (joined && noun?.kind === 'personnel' && noun.from === 'after' && JOINED_COUNT_END.test(after.slice(noun.end))
            ? casualtyScope(noun, clause, s.sentence.slice(Math.max(0, s.previous!.start - CONJUNCT_VERB_REACH), s.previous!.start))
            : null) ??
          // Joined to a count of people after it, the pair's predicate after the second: "About 1,000 North Korean soldiers
          // and 200 Russian soldiers were killed".
          (noun?.kind === 'personnel' && toNext !== null && next && PAIRED_NEXT.test(toNext) ? pairScope(s, next) : null) ??
          // "These are two soldiers who, although wounded, survived and were brought to Kyiv", of the captured.
          (noun?.kind === 'personnel' && noun.from === 'after' && lowOf(s.quantity) <= losses.CAPTURE_STORY.most && inCaptureStory(s, noun)
            ? 'captured'
            : null) ??
          // "sustained approximately 40,000 casualties in the region, including over 1,000 North Korean soldiers": a part
          // of the losses just counted is lost as they were.
          (noun?.kind === 'personnel' && s.previous !== undefined && INCLUDED_AT_END.test(between)
            ? lossesBefore(between, s.sentence.slice(Math.max(0, s.previous!.start - LOSS_VERB_REACH), s.previous!.start))
            : null)),
  );
  // "One of three generals sent there, was heavily injured": the loss is the one's, the group no figure; not "one of
  // the two soldiers was taken prisoner", said of the two captives.
  if (scope !== 'captured' && ONE_OF_BEFORE.test(before) && saidOfTheOne(clause)) return null;
  const text = noun?.text ?? '';
  if (VAGUE_PEOPLE_NOUNS.has(text) || SENT_AS_TROOPS_NOUNS.has(text)) {
    // "…North Korean soldiers… exceeds 3,000 people": people lost where the sentence names them soldiers.
    // "The losses of the Russian army … reached over 60,000 people": an army's people lost.
    // "North Korea … had lost four-thousand people": the country named as the loser.
    const back = lookBack(s).text;
    // The country as the loser only where the war is in sight (not "lost 4,000 people in the floods"); an army
    // only where it is one of the two (not "the losses of the Ukrainian army").
    const army = ARMY_LOST.exec(before);
    const armyLost = army !== null && ownerOfWords(army[0]) !== 'other';
    // "about 300 were killed and some 2,700 others were wounded": more of the people just counted lost, where
    // those were not people at large ("killed 12 people in Kyiv and injured 40 others").
    const counted = s.previous !== undefined ? nounAfter(between) : null;
    const ofSoldiers = counted ? counted.kind === 'personnel' && !VAGUE_PEOPLE_NOUNS.has(counted.text) : CASUALTY_PREDICATE.test(between);
    const moreLost =
      MORE_OF_THE_SAME_NOUNS.has(text) &&
      s.previous !== undefined &&
      ofSoldiers &&
      (JOIN.test(between) || JOINED_WITH.test(between)) &&
      CASUALTY_SCOPES.some(({ re }) => re.test(between));
    const lost =
      scope &&
      VAGUE_PEOPLE_NOUNS.has(text) &&
      (NK_PERSONNEL.test(back) ||
        // The war in sight, or the page about it: not "lost 4,000 people in the floods" on another page.
        (NK_LOST.test(back) && !s.says(DISASTERS) && (s.says(WAR, true) || (s.assumeTopic && !s.says(CIVILIANS)))) ||
        ((s.assumeTopic || s.says(NK_NAMED, true)) &&
          LOSSES_OF_PEOPLE_BEFORE.test(before.slice(-LOSSES_OF_PEOPLE_REACH)) &&
          !s.says(CIVILIANS)) ||
        // "they" on a page about North Korea's part, where the sentence names no other side.
        (PRONOUN_LOST.test(back) &&
          (s.says(NK_PERSONNEL, true) ||
            (s.assumeTopic && !OTHER_SIDES.test(s.sentence.slice(0, s.quantity.start)) && !s.says(CIVILIANS)))) ||
        // People said lost after North Korea's soldiers are named, in this sentence or the one before: "North Korean
        // troops have suffered heavy losses. … about 300 people were killed and about 2,700 others were injured"; or
        // on a page about them, at least a hundred, where the sentence names no other side before the count (a strike's
        // toll is told in tens). Never civilians, nor where a strike is told.
        (noun?.from === 'after' &&
          CASUALTY_PREDICATE.test(after.slice(noun.end)) &&
          !s.says(CIVILIANS) &&
          !s.says(STRIKES, true) &&
          (s.says(NK_PERSONNEL, true) ||
            (s.assumeTopic &&
              !s.says(PEOPLE_LOST_ELSEWHERE) &&
              !s.quantity.vague &&
              lowOf(s.quantity) >= PEOPLE_LOST_LEAST &&
              !OTHER_SIDES.test(s.sentence.slice(0, s.quantity.start))))) ||
        armyLost ||
        moreLost ||
        // Members of a unit the sentence names, said lost: "The regiment's efforts resulted in nine members being killed".
        (text === UNIT_MEMBERS &&
          noun?.from === 'after' &&
          CASUALTY_PREDICATE.test(after.slice(noun.end)) &&
          s.says(NAMED_UNIT) &&
          (s.assumeTopic || s.says(NK_NAMED, true)) &&
          !s.says(CIVILIANS)) ||
        // A few people taken, the verb of capture right before them: "announced the capture of two individuals
        // believed to be North Korean soldiers".
        (scope === 'captured' &&
          lowOf(s.quantity) <= losses.CAPTURE_STORY.most &&
          CAPTURED_JUST_BEFORE.test(before.slice(-16)) &&
          (s.assumeTopic || s.says(NK_NAMED, true)) &&
          !s.says(CIVILIANS)) ||
        // The two captives pointed back at as people: "handwritten letters from the two individuals … who met the North
        // Korean prisoners of war".
        (scope === 'captured' &&
          noun?.from === 'after' &&
          POINTING_BEFORE.test(s.sentence.slice(Math.max(0, s.quantity.start - 8), s.quantity.start)) &&
          pointedPair(s, noun)));
    // Engineers joined to soldiers; builders or engineers joined to deminers ("5,000 construction workers and 1,000
    // sappers"), not builders sent beside soldiers to work.
    const sentAsTroops =
      SENT_AS_TROOPS_NOUNS.has(text) &&
      (((SENT_BEFORE.test(before) || SENT_AFTER.test(noun?.from === 'after' ? after.slice(noun.end) : after)) &&
        (s.says(DEPLOYMENT) || (text === 'people' && PEOPLE_SENT_THERE.test(s.sentence) && !PEOPLE_SENT_TO_WORK.test(s.sentence)))) ||
        (SENT_WITH_SOLDIERS_NOUNS.has(text) && joined) ||
        // Builders sent to rebuild: "five-thousand construction workers to rebuild infrastructure".
        (text !== 'people' && sentToRebuild(s, noun, after)) ||
        (text !== 'people' && joinedToDeminers(s)));
    // "two brigades of 6,000 people each": the people of military units are soldiers.
    const inUnits =
      VAGUE_PEOPLE_NOUNS.has(text) &&
      (UNITS_OF_BEFORE.test(before) || (noun?.from === 'after' && IN_UNITS_AFTER.test(s.sentence.slice(s.quantity.end + noun.end))));
    // "assessing the number of North Korean soldiers in Russia to be about 12,000 people": the troops named first.
    // Or set beside them between dashes: "the first batch of North Korean military personnel – approximately 1,200
    // people – to Kursk" (not after a comma: "After the arrival of North Korean troops, 3,000 people were evacuated").
    const namedFirst =
      VAGUE_PEOPLE_NOUNS.has(text) &&
      (TROOPS_NAMED_FIRST.test(before) || FORCE_NUMBERED_BEFORE.test(before) || TROOPS_APPOSED.test(before));
    if (!lost && !sentAsTroops && !inUnits && !namedFirst) return null;
  }
  // A count with no noun joined to a count of people at large is more of them: "At least eight people have been
  // killed and more than 80 injured after missiles struck Kyiv", unless the sentence names North Korea other than
  // as the maker of the weapon that struck ("after a suspected North Korean missile destroyed an apartment building").
  if (
    (noun?.from === 'implied' || noun?.kind === 'casualties') &&
    s.previous !== undefined &&
    JOIN.test(between) &&
    (!s.says(NK_NAMED) || (s.says(NK_WEAPON) && !s.says(NK_PERSONNEL_WORDS)))
  ) {
    const counted = nounAfter(between);
    if (counted && VAGUE_PEOPLE_NOUNS.has(counted.text)) return null;
  }
  // A count's own owner word outweighs the pair's: "62,400 Russian troops and 4,500 North Korean soldiers".
  const inherited = inheritedOwner(s) ?? (scope ? lossesOfTheForce(s, between, noun) : null);
  const own = inherited && noun?.from === 'after' ? ownerOfWords(`${noun.modifiers}${noun.text}`) : null;
  // The dead of a kill done by North Korea's forces are not its own, unless the noun says so.
  const ownerless = !(noun && noun.from === 'after' && ownerOfWords(`${noun.modifiers}${noun.text}`));
  const victims = ownerless ? victimsOfNorthKorea(s) : null;
  // Killed or captured by Ukraine's side: the side it fights, where that is named.
  const takenByUkraine = ownerless && scope && noun?.kind === 'personnel' ? victimsOfUkraine(s) : null;
  // "helped Russia, which has lost 45,000 troops": the losses of the country a relative clause holding them is said of.
  const head = ownerless && scope ? relativeHead(s) : null;
  const found =
    inflictedOwner(s, before, after) ??
    own ??
    inherited ??
    sharedNounOwner(s, noun) ??
    head ??
    victims ??
    takenByUkraine ??
    namedOwner(s, noun);
  // A few captives, no side's own in their words, on a page about North Korea's soldiers: a party named before them
  // holds or would take them ("South Korea is willing to accept two POWs", "Kyiv forces captured two soldiers").
  // Not those Russia's side took: "two soldiers were captured by Russian forces".
  const fewCaptives =
    scope === 'captured' &&
    ownerless &&
    (found === null || found === 'other') &&
    !s.says(TAKEN_BY_RUSSIA) &&
    lowOf(s.quantity) <= losses.CAPTURE_STORY.most &&
    (s.assumeTopic || s.says(NK_NAMED, true));
  // "Russian Casualties Soar: Nearly 790,000 Losses Since…": a headline's label before a colon names whose losses
  // follow it.
  const named = fewCaptives ? 'north_korea' : (found ?? (scope ? labelledLosses(s) : null));
  // A bare toll with no owner in sight ("Ukraine reports two dead") is not North Korea's;
  // "of them" points back to the group just named.
  const pointsBack = POINTS_BACK_AT_START.test(noun?.text ?? '');
  const inSight = s.assumeTopic || pointsBack || s.says(MILITARY_PEOPLE, true);
  if (scope && !named && !inSight) return null;
  if (scope === 'captured' && s.says(PRISONER_SWAP) && !s.says(NK_NAMED)) return null;
  // "Of those, 55 were shot down" (drones): a group pointed back at is people only where people are spoken of, or
  // on a selection about them where nothing said of it is said of things.
  if (!scope && pointsBack && (s.assumeTopic ? THINGS_DOWNED.test(after) : !s.says(MILITARY_PEOPLE, true))) return null;
  // …nor where the count before it in the sentence counts things: "launched about 330 balloons …, with about 80 of them
  // landing in the South".
  if (!scope && pointsBack && countsThingsBefore(s)) return null;
  // Where no party is named, North Korea owns losses or troops sent only at a size its forces could have: "the
  // total number of casualties in the Russia-Ukraine war has now reached 1.01 million" is the whole war's; troops
  // foreseen ("up to 200,000 soldiers could eventually be sent") may be more.
  const beyondItsForces = !named && lowOf(s.quantity) > UNNAMED_OWNER_CEILING;
  if (scope && beyondItsForces) return russiaLostUnowned(s, before) ? { measure: 'russian_casualties', scope } : null;
  // Both sides of the war named together before their losses: "combined Russian and Ukrainian military casualties could
  // reach two million".
  if (scope && WAR_SIDES_LOSSES.test(countClause(s, WAR_SIDES_REACH))) return null;
  const owner = named ?? 'north_korea';
  // Not a whole its owner names otherwise: "Russia lost 40,000 soldiers, including 1,000 North Korean troops".
  const ownNamed = noun?.from === 'after' ? ownerOfWords(`${noun.modifiers}${noun.text}`) : null;
  if (
    scope &&
    !ownNamed &&
    (named ?? 'north_korea') === 'north_korea' &&
    (wholeOfANorthKoreanPart(s) || BOTH_SIDES_INCLUDED.test(s.sentence.slice(s.quantity.end, s.quantity.end + BOTH_SIDES_REACH)))
  )
    return null;
  // A toll with no noun in a sentence of civilians lost, North Korea's soldiers unnamed in it: "a mass missile and drone
  // attack … killing nine and injuring 33, including four children".
  if (scope && noun?.from === 'implied' && s.says(CIVILIANS) && !s.says(NK_PERSONNEL_WORDS)) return null;
  if (scope) {
    if (
      scope === 'captured' &&
      owner === 'north_korea' &&
      TAKEN_BY_OWN_SIDE_AFTER.test(s.sentence.slice(s.quantity.end, s.quantity.end + TAKEN_BY_OWN_SIDE_REACH))
    )
      return null;
    if (owner === 'north_korea') return { measure: NK_LOSSES[scope], scope };
    if (owner === 'russia' && scope !== 'captured') return { measure: 'russian_casualties', scope };
    return null;
  }
  // Troops sent are North Korea's or no figure: a Russian official before a count of them, with North Korea named
  // next to it, speaks of them ("Shoigu mentioned the deployment of 5,000 construction workers and 1,000 North
  // Korean sappers"); not of Russia's own troops, nor of more than North Korea's forces could be.
  const ownClause = s.sentence.slice(s.quantity.end, s.quantity.end + OFFICIAL_NK_REACH).split(CLAUSE_PUNCTUATION)[0]!;
  const spokenOf = owner === 'russia' && !own && !inherited && NK_NAMED.test(ownClause) && lowOf(s.quantity) <= UNNAMED_OWNER_CEILING;
  // Troops given as the price of what Russia gave: North Korea's, wherever the sentence names it.
  // Not where the troops' own words name their side, nor a prisoner swap: "freed 90 Ukrainian soldiers in exchange for 90
  // Russian soldiers".
  const paidWith = () =>
    !ownerOfWords(`${noun?.modifiers ?? ''}${noun?.text ?? ''}`) &&
    !inherited &&
    IN_EXCHANGE_BEFORE.test(before.slice(-EXCHANGE_REACH)) &&
    s.says(NK_NAMED) &&
    s.says(RUSSIA_GIVING) &&
    !s.says(PRISONERS_FREED);
  // Or sent by both countries together, the troops' own words naming no side: "North Korea and Russia had agreed to
  // deploy a total of 12,000 troops".
  const jointly = () => !ownerOfWords(`${noun?.modifiers ?? ''}${noun?.text ?? ''}`) && !inherited && sentJointly(s);
  const sender = spokenOf
    ? (namedOwner(s, noun, true) ?? 'north_korea')
    : owner !== 'north_korea' && (paidWith() || jointly())
      ? 'north_korea'
      : owner;
  if (noun?.kind !== 'personnel' || sender !== 'north_korea' || ARMY_SIZE_BEFORE.test(before) || ARMY_MODIFIER.test(noun.modifiers))
    return null;
  if (noun.from === 'after' && AT_WORK_NOUNS.has(noun.text) && AT_WORK_AFTER.test(after.slice(noun.end))) return null;
  // A whole opened on, its part then said to be North Korean: "Of those 50,000, at least 10,000 are North Korean soldiers".
  if (
    (noun.from !== 'after' || !ownerOfWords(`${noun.modifiers}${noun.text}`)) &&
    PART_IS_NORTH_KOREAN.test(
      s.sentence.slice(
        noun.from === 'after' ? s.quantity.end + noun.end : s.quantity.end,
        s.quantity.end + (noun.from === 'after' ? noun.end : 0) + NK_PART_REACH,
      ),
    )
  )
    return null;
  if (MIGRANT_NOUNS.has(noun.text) && s.says(MIGRATION) && !s.says(SAYS_TROOPS)) return null;
  if (noun.from !== 'after' && s.says(EVACUATION)) return null;
  if (noun.from === 'implied' && s.says(ARRIVAL_STATISTICS) && !s.says(SAYS_TROOPS, true) && !s.says(SENDING_SAID)) return null;
  const told = noun.from === 'after' ? after.slice(noun.end) : after;
  // North Koreans who fled to the South: said so of them after the count, or defectors named as their whole.
  if (
    DEFECTOR_NOUNS.has(noun.text) &&
    (DEFECTED_AFTER.test(told) ||
      SENT_BACK_BEFORE.test(before) ||
      (DEFECTORS_BEFORE.test(s.sentence.slice(Math.max(0, s.quantity.start - DEFECTORS_REACH), s.quantity.start)) &&
        !s.says(SENDING_SAID) &&
        !s.says(RUSSIA_NAMED)))
  )
    return null;
  // Read past the counts of a list before this one: "in groups of 20, 40 or even 60 men".
  const lead = s.sentence.slice(Math.max(0, s.quantity.start - NOT_DEPLOYED_REACH), s.quantity.start);
  if (NOT_DEPLOYED_AFTER.test(told) || NOT_DEPLOYED_BEFORE.test(lead)) return null;
  // A force Ukraine's side holds or fights, not named North Korea's: "its military was battling 50,000 troops".
  if (FOUGHT_BEFORE.test(lead.slice(-FOUGHT_REACH)) && ownerOfWords(`${noun.modifiers}${noun.text}`) !== 'north_korea') return null;
  // Not "accused North Korea of mobilizing thousands of military personnel", North Korea named as the one recruiting.
  // The verbs of recruiting and of welcoming home, with a few words after them, stand in the last words before.
  const verbLead = lead.slice(-VERB_LEAD_REACH);
  const recruiter = RECRUITED_BEFORE.exec(verbLead);
  if (
    recruiter &&
    ownerOfWords(`${noun.modifiers}${noun.text}`) !== 'north_korea' &&
    !NK_NAMED.test(lead.slice(0, lead.length - verbLead.length + recruiter.index)) &&
    // "Russia intended to recruit about 10,000 soldiers from North Korea".
    !ORIGIN_AFTER.test(s.sentence.slice(s.quantity.end))
  )
    return null;
  const welcomed = WELCOMED_HOME_BEFORE.exec(verbLead);
  if (welcomed && !RUSSIA_NAMED.test(s.sentence.slice(0, s.quantity.start - verbLead.length + welcomed.index))) return null;
  if (s.says(UNIT_SIZE_IN_GENERAL) && s.says(IN_GENERAL)) return null;
  if (s.says(PARADE) && !s.says(WAR) && !s.says(PARADE_OF_THE_SENT)) return null;
  if (s.says(SENT_ELSEWHERE) && !s.says(RUSSIA_NAMED)) return null;
  const sent = () => s.says(SENDING_SAID) || TO_SEND_BEFORE.test(before);
  if ((s.says(AT_HOME) || ((s.says(IN_DRILLS) || s.says(A_CROWD) || s.says(ARMY_AT_HOME)) && !sent())) && !s.says(WAR)) return null;
  if (FIGHTER_JET_NOUNS.has(noun.text) && s.says(AIRCRAFT)) return null;
  if (noun.from === 'implied' && s.says(WORKERS) && !s.says(MILITARY_TOO)) return null;
  if (lowOf(s.quantity) < SMALLEST_DEPLOYMENT) return null;
  // "North Korea has 1.2 million troops": its whole army, named or not; no sending it has made or promised is so large.
  if (lowOf(s.quantity) > LARGEST_SENDING) return null;
  // "North Korea's 600,000-strong reserve force": an army's size, not a deployment.
  if (noun.size && lowOf(s.quantity) > UNNAMED_OWNER_CEILING) return null;
  if (isPlanned(s, noun, after, before)) return { measure: 'troops_planned' };
  return beyondItsForces ? null : { measure: 'troops_deployed' };
}

const INCLUDED_AT_END = new RegExp(`,? (?:${any(PART_OF_LOSSES)}) $`);
/**
 * What the losses counted right before say was lost, where that count is of losses ("40,000 casualties") or of people
 * lost ("20 soldiers were killed in a missile strike…, including six North Korean military personnel"); else null.
 */
function lossesBefore(between: string, beforeCount: string): Scope | null {
  const counted = nounAfter(between);
  if (counted?.kind === 'casualties') return casualtyScope(counted, '', '');
  // Its verb may stand after it or before it: "a missile strike … that killed 20 soldiers, including six North Korean".
  return counted?.kind === 'personnel' ? casualtyScope(counted, between, beforeCount) : null;
}
/** How far before the count a part is of its verb of loss is read. */
const LOSS_VERB_REACH = 40;

/**
 * A count of people with no side named, a part of which is named North Korea's after it: "20 soldiers were killed in a
 * missile strike on occupied Donetsk, including six North Korean military personnel". The whole is of both sides.
 */
function wholeOfANorthKoreanPart(s: InSentence): boolean {
  const next = s.next;
  if (!next) return false;
  const gap = s.sentence.slice(s.quantity.end, next.start);
  if (PART_BREAK_AT_END.test(gap)) return PART_OF_THEM_NK.test(s.sentence.slice(next.end, next.end + AFTER_WINDOW));
  if (!INCLUDED_AT_END.test(gap)) return false;
  const part = nounAfter(s.sentence.slice(next.end, next.end + AFTER_WINDOW));
  return part?.kind === 'personnel' && ownerOfWords(`${part.modifiers}${part.text}`) === 'north_korea';
}

/** How far after a toll the both sides it includes are read: " officers were killed, including senior North Korean and Russian". */
const BOTH_SIDES_REACH = 120;
const WAR_SIDES_LOSSES = new RegExp(
  `\\b(?:${any(losses.WAR_SIDES_LOSSES.pairs)})(?: [a-z-]+){0,${losses.WAR_SIDES_LOSSES.reach}} (?:${any(losses.WAR_SIDES_LOSSES.losses)})\\b`,
);
/** How far either side of a count the two sides' joined losses are read. */
const WAR_SIDES_REACH = 60;
/** The words either side of a count, up to `reach` each way, in its own clause (between commas or semicolons). */
function countClause(s: InSentence, reach: number): string {
  const before = s.sentence.slice(Math.max(0, s.quantity.start - reach), s.quantity.start);
  const after = s.sentence.slice(s.quantity.end, s.quantity.end + reach);
  return `${clauseTail(before)}${s.sentence.slice(s.quantity.start, s.quantity.end)}${after.split(/[,;]/)[0]}`;
}
const BOTH_SIDES_INCLUDED = new RegExp(
  `, (?:${any(losses.BOTH_SIDES_INCLUDED.links)})(?: [a-z]+){0,${losses.BOTH_SIDES_INCLUDED.reach}} (?:${any(losses.BOTH_SIDES_INCLUDED.pairs)}) (?:${any(losses.BOTH_SIDES_INCLUDED.people)})\\b`,
);
// A hyphen only as a dash, spaced: not "North Korean-" anything.
const PART_BREAK_AT_END = new RegExp(`(?:${losses.PART_OF_THEM.breaks.map((b) => (b === '-' ? '(?<= )-' : b)).join('|')}) $`);
const PART_OF_THEM_NK = new RegExp(
  `^ ${losses.PART_OF_THEM.link} (?:${any(losses.PART_OF_THEM.verbs)}) (?:[a-z-]+ ){0,${losses.PART_OF_THEM.reach}}(?:${losses.PART_OF_THEM.from} (?:the )?(?:${any(NORTH_KOREA_NAMES)})|(?:${any(PARTY_ADJECTIVES.north_korea)}) [a-z])`,
);
/** Between a count with no noun and the next, joined: "killed 77 and wounded 40 North Korean soldiers". */
const JOINED_LOSS_GAP = new RegExp(
  `^(?:,? (?:${any(CONJUNCTIONS)})|,) (?:${any(losses.LOSS_VERBS_BEFORE)})(?: (?:${any(losses.LOSS_ARTICLES)}))? $`,
);

/**
 * The owner a count with no noun of its own shares with the count joined after it, whose noun names one:
 * "claimed to have killed 77 and wounded 40 North Korean soldiers". Null where nothing says.
 */
function sharedNounOwner(s: InSentence, noun: Noun | null): Owner | null {
  const next = s.next;
  if (!noun || noun.from === 'after' || !next || !JOINED_LOSS_GAP.test(s.sentence.slice(s.quantity.end, next.start))) return null;
  const shared = nounAfter(s.sentence.slice(next.end, next.end + AFTER_WINDOW));
  // "killed 25 and injured 100 people in Kyiv": people at large, no side's soldiers.
  if (!shared || shared.kind === 'none' || VAGUE_PEOPLE_NOUNS.has(shared.text)) return shared ? 'other' : null;
  return shared.kind === 'personnel' ? ownerOfPhrase(`${shared.modifiers}${shared.text}`) : null;
}

const INFLICTED_BEFORE = new RegExp(`\\b(?:${any(losses.INFLICTED_ON)}) $`);
/** How far before "inflicted … on" its subject is read. */
const INFLICTER_REACH = 60;

/**
 * Whose are losses "inflicted on" the counted: the party their own words name ("on 500 soldiers of the Ukrainian
 * army"), else not the side that inflicted them ("North Korean troops have inflicted casualties on 500 soldiers").
 * Null where no loss is inflicted, or nothing says.
 */
function inflictedOwner(s: InSentence, before: string, after: string): Owner | null {
  const verb = INFLICTED_BEFORE.exec(before);
  if (!verb) return struckOwner(s, before);
  const victims = ownerOfPhrase(after.slice(0, AFTER_WINDOW).split(/[,;.]/)[0]!);
  if (victims) return victims;
  const inflicter = ownerOfWords(before.slice(Math.max(0, verb.index - INFLICTER_REACH), verb.index));
  return inflicter === 'north_korea' || inflicter === 'russia' ? 'other' : null;
}

/** How far before a strike's count the soldiers it took may be named. */
const STRIKE_TOLL_REACH = 40;
const STRIKE_TOLL_BEFORE = new RegExp(`\\b(?:${any(losses.STRIKE_TOLL_VERBS)}) $`);

/**
 * Whose is a toll a strike took, its verb active right before the count ("a Russian missile attack … killed six
 * people, injured 23"): no side's soldiers where the sentence names none and no North Korea. Null where no strike is
 * told, or soldiers or North Korea are named.
 */
function struckOwner(s: InSentence, before: string): Owner | null {
  if (!STRIKE_TOLL_BEFORE.test(before) || !s.says(STRIKES)) return null;
  // Soldiers named in the toll are read as any toll's: "a Ukrainian strike killed 500 North Korean troops", "killed 50
  // North Korean soldiers and wounded 47 others"; not the striking forces ("Russian forces launched a missile attack …").
  // Nor where North Korea or its soldiers are named anywhere in it, as the strike's target may be ("a drone strike on a
  // North Korean unit's position … killed 12 and wounded 20"), other than as the maker of the weapon ("North
  // Korean-made missiles were indeed fired by Russia, killing dozens and injuring hundreds").
  const toll = s.sentence.slice(Math.max(0, s.quantity.start - STRIKE_TOLL_REACH), s.quantity.end + AFTER_WINDOW);
  const northKorea = s.says(NK_PERSONNEL_WORDS) || (s.says(NK_NAMED) && !s.says(NK_WEAPON));
  return MILITARY_PEOPLE.test(toll) || northKorea ? null : 'other';
}

/**
 * The counted's clause read across an aside that holds the next count: "approximately 4,700 North Korean
 * soldiers—including 600 deaths—have been killed or wounded". Null where no such aside follows the noun.
 */
function clauseAcrossAside(s: InSentence, noun: Noun | null): string | null {
  if (noun?.from !== 'after' || s.next === undefined) return null;
  const nounEnd = s.quantity.end + noun.end;
  const aside = COUNT_ASIDE.exec(s.sentence.slice(nounEnd, nounEnd + ASIDE_REACH));
  if (!aside || nounEnd + aside[0].length < s.next.end) return null;
  const past = nounEnd + aside[0].length;
  // Not a clause of the aside's own people: "11,000 troops, including 500 officers, some of whom were killed".
  if (RELATIVE_AFTER_ASIDE.test(s.sentence.slice(past, past + 20))) return null;
  return `${s.sentence.slice(s.quantity.end, nounEnd)} ${s.sentence.slice(past, past + PREDICATE_WINDOW)}`;
}

/** The tonne as the page words it, at the start of goods given in tonnes. */
const TONS = new RegExp(NOUNS.find((n) => n.kind === 'tons')!.re.source.replace(/\\b$/, ''));

/** The one measure that counts each kind of supplies, read from the measures' rows. */
const SUPPLIES = new Map(
  MEASURE_IDS.filter((m) => MEASURES[m].family === 'munitions' || MEASURES[m].family === 'logistics').flatMap((m) => {
    const noun: NounKind | undefined = (MEASURES[m] as MeasureInfo).noun;
    return noun ? [[noun, m] as const] : [];
  }),
);

/** A part of a force said to have gone on somewhere, after the whole's words: "have made their way to the Kursk region". */
// The whole's own verb, after an auxiliary: not "the 10,000 soldiers sent to the front would have lost their lives".
const MOVED_ON = new RegExp(`\\b(?:${any(sending.AUXILIARIES)}) (?:${sending.PASSIVE_BEEN} )?(?:${any(sending.MOVED_ON)})\\b`);

/** The whole a number is a part of, counted right after it ("4,000 of the 14,000 soldiers"): its quantity, its noun and what follows. */
function wholeCountedNext(s: InSentence): { next: Quantity; noun: Noun; later: string } | null {
  const next = s.next;
  if (!next || !PART_OF_AFTER.test(s.sentence.slice(s.quantity.end, next.start))) return null;
  const later = s.sentence.slice(next.end, Math.min(s.sentence.length, next.end + PREDICATE_WINDOW));
  const noun = nounAfter(later.slice(0, AFTER_WINDOW));
  if (noun) return { next, noun, later };
  // A whole named only by its sending, its noun left out: "About 4,000 of the 12,000 sent were killed or wounded", "of
  // the roughly 12,000 who were deployed".
  // Only North Korea's: North Korea named in the sentence or the one before, and no other party before the part whose
  // people they may be ("Nepal says at least 40 of the 200 sent to fight for Russia have been killed", "Ukraine sent
  // 10,000 troops; about 2,000 of the 10,000 sent were killed"); a speaker named is no such party.
  const sent = WHOLE_SENT_AFTER.exec(later);
  if (
    !sent ||
    !(s.assumeTopic || s.says(NK_NAMED, true)) ||
    OTHER_SENDER.test(s.sentence.slice(Math.max(0, s.quantity.start - OTHER_PARTY_REACH), s.quantity.start))
  )
    return null;
  return { next, noun: { kind: 'personnel', modifiers: '', text: '', end: sent[0].length, from: 'implied' }, later };
}
/** Another party whose own people the whole may be: a country Russia recruits in, or another side said to send them. */
const OTHER_SENDER = new RegExp(
  `\\b(?:${any(RECRUITING_COUNTRIES)})\\b|\\b(?:${any(OWNER_NAMES.other)}) (?:(?:${any(PERFECT_AUXILIARIES)}) )?(?:${any(sending.SEND.past)})\\b`,
);
/** How far before such a part another party is read. */
const OTHER_PARTY_REACH = 120;
/**
 * The whole a part was counted of just before, named only by its sending: the troops sent ("About 4,000 of the 12,000
 * sent were killed or wounded"), on the same terms as its part (`wholeCountedNext`).
 */
function wholeSentOfPart(s: InSentence): boolean {
  const previous = s.previous;
  if (!previous || s.quantity.start - previous.end > PART_GAP) return false;
  if (!PART_NOUN_OF_AFTER.test(s.sentence.slice(previous.end, s.quantity.start))) return false;
  if (!WHOLE_SENT_AFTER.test(s.sentence.slice(s.quantity.end, s.quantity.end + AFTER_WINDOW))) return false;
  if (!(s.assumeTopic || s.says(NK_NAMED, true))) return false;
  return !OTHER_SENDER.test(s.sentence.slice(Math.max(0, s.quantity.start - OTHER_PARTY_REACH), s.quantity.start));
}
/** A whole's sending right after it, its noun left out: " sent", " who were deployed", " deployed to Kursk". */
const WHOLE_SENT_AFTER = new RegExp(
  `^(?: (?:${any(RELATIVE_PRONOUNS)}) (?:${any(sending.WHOLE_SENT.passive)}))?(?: (?:${any(sending.WHOLE_SENT.adverbs)}))? (?:${any(sending.SEND.past)})(?: (?:to|in) (?:the )?[a-z'-]+(?: [a-z'-]+)?(?= (?:${any(sending.WHOLE_SENT.next)})\\b))?`,
);

/**
 * A loss counted as a part of a whole counted right after it: "Around 4,000 of the 14,000 North
 * Korean soldiers deployed … are believed to have been killed". The part is what the sentence says
 * happened to the whole's people; without a loss said, the part is left to the usual reading.
 */
function partOfNext(s: InSentence, before: string): Classified | null {
  const whole = wholeCountedNext(s);
  if (whole?.noun.kind !== 'personnel') return null;
  const { noun, later, next } = whole;
  // What happened may be said of the part before it, whatever the whole's own verb: "pegs the total casualties at a
  // staggering 4,700 out of the 15,000 troops sent since last year".
  const scope = casualtyScope(noun, later, before) ?? casualtyScope(null, '', before);
  const owner = namedOwner({ ...s, quantity: next }, noun) ?? 'north_korea';
  if (owner !== 'north_korea') return null;
  if (scope) return { measure: NK_LOSSES[scope], scope };
  // "8,000 out of the 10,000 DPRK servicemen … had been moved to the Kursk Region": a part of the force sent, moved on.
  return MOVED_ON.test(later) ? { measure: 'troops_deployed' } : null;
}

/**
 * The things a part counts, as its whole right after it names them without an owner: "2 out of 5 missiles
 * fired at Kharkiv are of North Korean origin". The part is the North Korean share; the whole is not
 * theirs (see `isWholeOfThings`). Where the whole is named North Korea's ("the remains of 21 of around 50
 * North Korean missiles"), the part is some of them, counted as they are (not the dead "remains" would make it).
 */
function wholesThing(s: InSentence): Noun | null {
  const noun = wholeCountedNext(s)?.noun;
  if (!noun || !SUPPLIES.has(noun.kind)) return null;
  const owner = ownerOfWords(`${noun.modifiers}${noun.text}`);
  if (owner === null || owner === 'north_korea') return { ...noun, end: 0, from: 'implied' };
  // "two of the five enemy missiles fired at Kharkiv were produced in the DPRK": a whole the other side fired, the part
  // said North Korea's by its own words; the part has the whole's kind, not its owner.
  return owner === 'russia' && ORIGIN_AFTER.test(s.sentence.slice(s.quantity.end))
    ? { ...noun, modifiers: '', end: 0, from: 'implied' }
    : null;
}

/** A whole of things a part was counted of just before, whose noun names no owner: not North Korea's, its part is. */
function isWholeOfThings(s: InSentence, noun: Noun): boolean {
  return (
    s.previous !== undefined &&
    noun.from === 'after' &&
    SUPPLIES.has(noun.kind) &&
    PART_OF_AFTER.test(s.sentence.slice(s.prevEnd, s.quantity.start)) &&
    !ownerOfWords(`${noun.modifiers}${noun.text}`) &&
    // "half of the more than a million artillery shells sent to Russia from North Korea": named North Korea's; not
    // "two of the five missiles fired at Kharkiv were from North Korea", which says it of the part.
    !wholeFrom(s.sentence.slice(s.quantity.end + noun.end))
  );
}

/** A verb of the part's own between a whole and an origin: "half of the 10 million shells Russia fired came from". */
const PART_VERB = new RegExp(`\\b(?:${any([...sending.PLANNED_AFTER_COPULAS, ...money.CAME_FROM])})\\b`);
/** Whether the words after a whole's noun name where it came from, in its own phrase (no verb of the part's between). */
function wholeFrom(after: string): boolean {
  const origin = ORIGIN_AFTER.exec(after);
  return origin !== null && !PART_VERB.test(origin[0]);
}

/** Two counts joined with nothing between them but "and" or "or": "citing 11,000 and 12,000 troops". */
const LIST_GAP = new RegExp(`^(?:,? (?:${any([...CONJUNCTIONS, ...LIST_HEDGES])})|,) $`);
/**
 * The second of two counts so joined, a part of the first said with "including", or the first restated after a dash:
 * "troop numbers of 11,000 and 12,000", "between 11,000 to 12,000, including about 10,000 currently in the Kursk
 * region", "an estimated 1,200 casualties per day — more than 600,000 since February 2022".
 */
export const LISTED_AFTER_GAP = new RegExp(
  `^(?:(?:,? (?:${any([...CONJUNCTIONS, ...LIST_HEDGES, ...PART_INCLUDED])})|,) | ?[\u2014\u2013] ?)$`,
);

/** Between the start of a change and its end: " to ". */
const CHANGED_TO_GAP = new RegExp(`^ (?:${any(CHANGED_TO.links)}) $`);
/** The noun of the count joined after this one, where that is all that stands between: "11,000 and 12,000 troops". */
function listedNoun(s: InSentence): Noun | null {
  const next = s.next;
  if (!next || next.unit !== s.quantity.unit) return null;
  const gap = s.sentence.slice(s.quantity.end, next.start);
  // Or the start of a change and its end: "The toll rose from 3,000 to 4,000 North Korean casualties".
  if (!LIST_GAP.test(gap) && !(CHANGED_TO_GAP.test(gap) && changedFrom(s.sentence, s.quantity.start))) return null;
  const noun = nounAfter(s.sentence.slice(next.end, next.end + AFTER_WINDOW));
  return noun && { ...noun, end: 0 };
}

/** A year as written: "in 2018 and 2019". */
const YEAR = /\b(?:19|20)\d\d\b/g;
/**
 * A year that dates what a sentence tells: not one a span runs from ("since 2006"), a birth year, a war's years
 * ("the 1950-53 Korean War"), an amount ("$2000") or four digits that count ("2000 soldiers").
 */
const datedYear = (years: string) =>
  new RegExp(
    `(?<!\\b(?:${any(YEARS_NOT_DATING.before)}) |\\b(?:${any(YEARS_NOT_DATING.listedAfter)}) \\d{4}(?:,| and| or) |[$\\d.,][-\u2013]?|[-\u2013])\\b(?:${years})\\b(?![-\u2013]\\d)(?! (?:${any(COUNTED_NOT_YEARS)})\\b)`,
  );
const DATED_YEAR = datedYear('19\\d\\d|20\\d\\d');
/** A year of the war or after it, from 2022 on. */
const DATED_YEAR_OF_THE_WAR = datedYear('202[2-9]|20[3-9]\\d');
/** The war's names, Russia's among them: a sentence naming them speaks of the war, whatever years it names. */
const WAR_NAMED = words(WAR_NAMES);
const GIFTED_ONLY_NOUNS = new Set(GIFTED_ONLY.nouns);
const HORSE_PARTS = new Set(HORSES_BY_SEX.parts);
/** Horses counted whole, in digits or in words: "30 gray Orlov Trotter horses", "thirty horses". */
const HORSES_COUNTED_WHOLE = new RegExp(
  `(?:\\d|\\b(?:${any([...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS)])})) (?:[a-z-]+ ){0,3}(?:${any(HORSES_BY_SEX.wholes)})\\b`,
);
const GIFTED = words(GIFTED_ONLY.verbs);
/** How far before the animals counted, or after their noun, their verb of giving is read: "presented the Pyongyang Central Zoo with over 70 animals". */
const GIFTED_REACH = 50;
/** After the noun, past an aside of what the gift included: "70 animals, including an African lion and two brown bears, were sent". */
const GIFTED_AFTER_REACH = 80;
/** The words after the last comma or semicolon: the clause a count stands in, as far as it is read. */
const clauseTail = (lead: string) => lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
/**
 * The clause a count stands in, between the commas or semicolons around it: what was given to Putin is told in its own
 * clause ("Putin gifted Kim 24 purebred horses, …, while Kim sent Putin a pair of Pungsan dogs").
 */
function clauseOf(sentence: string, start: number, end: number): string {
  // Read within a reach on either side, so a sentence of many counts is read once over.
  const lead = sentence.slice(Math.max(0, start - CLAUSE_REACH), start);
  const tail = sentence.slice(end, end + CLAUSE_REACH);
  const breakAt = /[,;]/.exec(tail)?.index ?? tail.length;
  return `${clauseTail(lead)}${sentence.slice(start, end)}${tail.slice(0, breakAt)}`;
}
/** How far on either side of a count its clause is read. */
const CLAUSE_REACH = 120;
/** The year Russia's full-scale war began; goods given North Korea in return are of it or later. */
const FIRST_YEAR_OF_THE_WAR = 2022;

/** Whether the sentence names years and all of them are before the war. */
// Not a time that runs on into the war: "aid worth $1 billion since 2020".
function onlyBeforeTheWar(sentence: string): boolean {
  if (SINCE_A_YEAR.test(sentence)) return false;
  return sentence.match(YEAR)?.every((year) => Number(year) < FIRST_YEAR_OF_THE_WAR) ?? false;
}
const SINCE_A_YEAR = new RegExp(`\\b(?:${any(RUNS_ON_FROM)}) (?:19|20)\\d\\d\\b`);

const PORTRAITS_AFTER = new RegExp(`^ (?:${any(losses.MEMORIAL_PORTRAITS.after)})\\b`);
const PORTRAITS_OF_BEFORE = new RegExp(`\\b(?:${any(losses.MEMORIAL_PORTRAITS.before)}) $`);
const PORTRAYED_PEOPLE_AFTER = new RegExp(
  `^ (?:(?:${any(losses.MEMORIAL_PORTRAITS.peopleOf)}) )?(?:${any(losses.MEMORIAL_PORTRAITS.people)})\\b`,
);
const HONOURED_BEFORE = new RegExp(`\\b(?:${any(losses.MEMORIAL_PORTRAITS.honoured)}) $`);
const MEMORIAL = words(losses.MEMORIAL_PORTRAITS.memorial);
const UKRAINE_SIDE = words(losses.PRONOUN_LOSERS.otherSides);
const WAR_NOUN = words(WAR_NOUNS);
const LOST_JUST_BEFORE = new RegExp(
  `\\b(?:${any(losses.RUSSIA_LOST_UNOWNED.verbs)})(?: [a-z]+){0,${losses.RUSSIA_LOST_UNOWNED.between}} $`,
);
const OTHER_SIDES_NEAR = words(losses.RUSSIA_LOST_UNOWNED.otherSides);

/**
 * Losses beyond North Korea's forces that no party's words own are Russia's where they are told as lost right before
 * the count, the sentence names Russia and no other side, and neither the war nor both sides are named near them
 * (losses.RUSSIA_LOST_UNOWNED).
 */
function russiaLostUnowned(s: InSentence, before: string): boolean {
  if (!LOST_JUST_BEFORE.test(before)) return false;
  if (!s.says(RUSSIA_NAMED) || s.says(UKRAINE_SIDE)) return false;
  const near = s.sentence.slice(Math.max(0, s.quantity.start - losses.RUSSIA_LOST_UNOWNED.reach), s.quantity.start);
  return (
    !WAR_NOUN.test(near) &&
    !OTHER_SIDES_NEAR.test(near) &&
    !OTHER_SIDES_NEAR.test(s.sentence.slice(s.quantity.end, s.quantity.end + losses.RUSSIA_LOST_UNOWNED.reach))
  );
}
/**
 * The dead counted by their portraits on the memorial to North Korea's fallen, or honoured there, in a passage about
 * North Korea.
 */
function memorialPortraits(s: InSentence): boolean {
  const q = s.quantity;
  // Not a memorial to another side's dead: "Kyiv's memorial wall bears 5,000 portraits of Ukrainian soldiers".
  if (q.unit !== 'count' || !s.says(MEMORIAL) || s.says(UKRAINE_SIDE)) return false;
  // Nor Russia's: "a memorial in Kursk lists 3,000 names of Russian soldiers".
  if (s.says(RUSSIA) && !s.says(NK_NAMED)) return false;
  const after = s.sentence.slice(q.end, q.end + 40);
  const before = s.sentence.slice(Math.max(0, q.start - 30), q.start);
  return (
    PORTRAITS_AFTER.test(after) ||
    ((PORTRAITS_OF_BEFORE.test(before) || HONOURED_BEFORE.test(before)) && PORTRAYED_PEOPLE_AFTER.test(after))
  );
}

const GIVEN = money.GIVEN_TO_NORTH_KOREA;
const RECEIVED_BY_NORTH_KOREA = new RegExp(
  `(?:\\b(?:${any(GIVEN.receivers)})\\b(?: [a-z'-]+){0,${GIVEN.between}}? (?:${any(GIVEN.verbs)}|(?:${any(GIVEN.passive)})(?: (?:[a-z]+ly|also))? (?:${any(GIVEN.passiveVerbs)}))(?: (?:${any(GIVEN.asGifts)}))?|\\b(?:${any(GIVEN.listed)})) ["'\u201c]?$`,
);
/** "The governor gave Kim five kamikaze drones": the giving, its receiver, then the count. */
const GAVE_NORTH_KOREA_BEFORE = new RegExp(
  `\\b(?:${any(GIVEN.giving)}) (?:${any(GIVEN.receivers)})(?: [a-z'-]+){0,${GIVEN.givingBetween}} $`,
);
/** The giving before the count, its receiver after the things: "has given five explosive drones … to Kim". */
const GIVING_BEFORE = new RegExp(`\\b(?:${any(GIVEN.giving)})(?: [a-z'-]+){0,${GIVEN.givingBetween}} $`);
const TO_NORTH_KOREA_AFTER = new RegExp(`^[^.;:]{0,${AFTER_WINDOW}}?\\bto (?:${any(GIVEN.receivers)})\\b`);
/** Both after the things: "five kamikaze drones made in the same region also sent to Kim". */
const GIVEN_TO_NORTH_KOREA_AFTER = new RegExp(`^[^.;:]{0,${AFTER_WINDOW}}?\\b(?:${any(GIVEN.giving)}) to (?:${any(GIVEN.receivers)})\\b`);
const GIVEN_THING_AFTER = new RegExp(`^ (?:[a-z'-]+ ){0,${GIVEN.modifiers}}?(?:${any(GIVEN.things)})\\b`);
const GIVEN_FROM = /\bfrom ([a-z'-]+(?: [a-z'-]+){0,2})/;
/** How far before a count its receiver and verb are read. */
const RECEIVED_REACH = 80;
/** Things given to North Korea's leader, counted where he is named receiving them: "Kim was also gifted five drones". */
function givenToNorthKorea(s: InSentence): boolean {
  const q = s.quantity;
  if (q.unit !== 'count' || !GIVEN_THING_AFTER.test(s.sentence.slice(q.end, q.end + AFTER_WINDOW))) return false;
  const before = s.sentence.slice(Math.max(s.prevEnd, q.start - RECEIVED_REACH), q.start);
  const after = s.sentence.slice(q.end, q.end + AFTER_WINDOW);
  const received =
    RECEIVED_BY_NORTH_KOREA.test(before) ||
    GAVE_NORTH_KOREA_BEFORE.test(before) ||
    (GIVING_BEFORE.test(before) && TO_NORTH_KOREA_AFTER.test(after)) ||
    GIVEN_TO_NORTH_KOREA_AFTER.test(after);
  if (!received) return false;
  // Given by Russia's side, or by no one named: not "100 drones from Iran".
  const giver = GIVEN_FROM.exec(s.sentence.slice(q.end, q.end + AFTER_WINDOW));
  return !giver || ownerOfWords(giver[1]!) !== 'other';
}

const TALLY_DOWNED = words(AIR_DEFENCE_TALLY.downed);
const TALLY_ALONGSIDE = words(AIR_DEFENCE_TALLY.alongside);
const PENINSULA_CLASH = words(PENINSULA_CLASHES);
const BORDER_PLACE = words(PENINSULA_BORDER.places);
const BORDER_DOING = words(PENINSULA_BORDER.doings);
/**
 * Whether a sentence that names neither side of the war dates what it tells, and only to years before the war, or
 * tells of a clash between the two Koreas, or of work and clashes at their border with no sending named.
 */
function toldOfAnotherFight(s: InSentence): boolean {
  if (s.says(WAR_NAMED)) return false;
  if (s.says(DATED_YEAR) && !s.says(DATED_YEAR_OF_THE_WAR)) return true;
  return (s.says(PENINSULA_CLASH) || (s.says(BORDER_PLACE) && s.says(BORDER_DOING))) && !s.says(SENDING_SAID);
}

/** The words before an amount in a table's cell, its row's label cell read as a label: "| killed | " as "| killed: ". */
function tabled(before: string): string {
  return before.endsWith(' | ') ? `${before.slice(0, -3)}: ` : before;
}

/** The measure of a quantity, or null where it measures nothing Rangefinder tracks. */
export function classifyMeasure(s: InSentence): Classified | null {
  const q = s.quantity;
  if (memorialPortraits(s)) return { measure: NK_LOSSES.killed, scope: 'killed' };
  if (givenToNorthKorea(s)) return { measure: 'aid_to_nk' };
  // A sentence dated before the war speaks of another time: "more than 40 North Korean soldiers were killed or wounded
  // when South Korea returned fire … in November 2010"; one on a clash between the Koreas, of another fight.
  if (toldOfAnotherFight(s)) return null;
  const after = s.sentence.slice(q.end, Math.min(s.nextStart, q.end + AFTER_WINDOW));
  // A quote opened right before a qualified amount is passed over: casualties … "exceeded 3,000".
  const lead = s.sentence.slice(Math.max(s.prevEnd, q.start - BEFORE_WINDOW), q.start);
  // A table's row reads as a label and its value: "| Killed | 3,200+ |" as "Killed: 3,200+".
  const before = tabled(q.qualifier === null ? lead : unquoted(lead));
  if (q.unit === 'percent' || q.unit === 'fraction') {
    // "production fell by half": a change, not a share of anything.
    // What the share's own clause says of its shells, up to a comma or a clause of its own.
    const said = s.sentence.slice(q.end, q.end + SHARE_SAID_REACH).split(SHARE_CLAUSE_END)[0]!;
    if (NOT_A_SUPPLY_SHARE.test(after) || SHARE_SAID_NOT_SUPPLY.test(said) || CHANGED_BY.test(before)) return null;
    if (RATE_OF_WORK.test(s.sentence.slice(Math.max(s.prevEnd, q.start - RATE_OF_WORK_REACH), q.start))) return null;
    if (OTHER_GOODS_SHARED.test(said) && !AMMUNITION.test(said)) return null;
    // Another supplier's share, named right before it: "North Korea supplies about 60% of Russia's shells, followed by
    // Iran with 20%".
    const supplier = SUPPLIER_WITH_BEFORE.exec(before);
    if (supplier && ownerOfWords(before.slice(0, supplier.index).split(' ').slice(-SUPPLIER_WORDS).join(' ')) === 'other') return null;
    return s.says(AMMUNITION) && s.says(RUSSIA) ? { measure: 'share_of_russian_ammo' } : null;
  }
  // Money cues may name what follows a number: "$22 million for 11,000 troops".
  if (q.unit !== 'count') {
    // "at a price of $67 per barrel": a unit's price, no sum paid or given.
    if (PRICE_PER_UNIT_AFTER.test(after)) return null;
    // "$9 million of the $30 million frozen assets": the whole a sum was part of is not what was given.
    if (s.previous && s.previous.unit === q.unit && PART_OF_AFTER.test(s.sentence.slice(s.previous.end, q.start))) return null;
    // A count before the amount is part of its cue: "For sending 5,000 to 20,000 soldiers, North Korea could receive $143 million".
    const wide = s.sentence.slice(Math.max(0, q.start - BEFORE_WINDOW), q.start);
    const pastCount = s.previous?.unit === 'count' ? wide.slice(lastIndex(MONEY_CLAUSE_STOP, wide) + 1) : before;
    const paid = moneyPurpose(s, s.sentence.slice(q.end, q.end + MONEY_WINDOW), pastCount);
    // The worth of goods given before the war is no return for it, as the goods are not: "In 2019, Russia sent 12
    // horses to North Korea, valued at over $75,500".
    // (Not the amount itself read as a year: "$2000 for each of its soldiers".)
    if (paid?.measure === 'aid_to_nk' && onlyBeforeTheWar(`${s.sentence.slice(0, q.start)}${s.sentence.slice(q.end)}`)) return null;
    if (paid) return paid;
    // "could receive up to $115 million annually from Russia if it sends three to four engineering brigades": a sending
    // said as the money's means or condition is read further, up to the next sum.
    // Only of a sum North Korea is said to receive or earn, in the sum's own clause: not "The war has cost Russia more
    // than $200 billion, and Putin … by deploying North Korean troops".
    const nextSum = s.next && s.next.unit !== 'count' ? s.next.start : s.sentence.length;
    const far = s.sentence.slice(q.end, Math.min(nextSum, q.end + MEANS_WINDOW)).split(MEANS_CLAUSE_BREAK)[0]!;
    return RECEIVED_BEFORE_SUM.test(before) && MONEY_SENT_AS_MEANS.test(far) ? moneyPurpose(s, far, pastCount) : null;
  }
  // "billions in weapons sales to Moscow": a bare scale of money, its dollars left unsaid.
  if (q.vague && lowOf(q) >= LEAST_UNSAID_MONEY && MONEY_UNSAID_AFTER.test(after)) {
    const paid = moneyPurpose(s, s.sentence.slice(q.end, q.end + MONEY_WINDOW), before);
    return paid && { ...paid, unit: UNSAID_CURRENCY };
  }
  // "weapons worth 5.5 billion": a value given with no currency, at a scale no count of arms or troops comes near.
  if (
    q.unit === 'count' &&
    lowOf(q) >= LEAST_UNSAID_MONEY &&
    VALUED_UNSAID_BEFORE.test(before) &&
    SCALED.test(s.sentence.slice(q.numberStart, q.end)) &&
    !nounAfter(after)
  ) {
    const paid = moneyPurpose(s, s.sentence.slice(q.end, q.end + MONEY_WINDOW), before);
    if (paid) return { ...paid, unit: UNSAID_CURRENCY };
  }
  const part = partOfNext(s, before);
  if (part) return part;
  if (wholeSentOfPart(s)) return { measure: 'troops_deployed' };
  // "killed 77 and wounded 40 North Korean soldiers": the next count's verb is no noun of this one's.
  const joinedLoss = s.next !== undefined && JOINED_LOSS_GAP.test(s.sentence.slice(q.end, s.next.start));
  const noun =
    (joinedLoss ? null : nounAfter(after)) ??
    wholesThing(s) ??
    listedNoun(s) ??
    labelNoun(tabled(s.sentence.slice(0, q.start))) ??
    keyFactNoun(s, after) ??
    impliedNoun(s, QUOTE_OPENED_BEFORE.test(lead) ? unquotedAfter(after) : after, before) ??
    (joinedLoss ? null : nounAfterCopula(after));
  // "The two said they were sent to Russia … before being taken prisoner": captives pointed at, with no noun.
  if (!noun && pointedCaptives(s, after)) return { measure: NK_LOSSES.captured, scope: 'captured' };
  // "Of the deceased, 600 have been cremated locally": a part of the lost, as lost as they, where they are North Korea's.
  const ofTheLost = noun ? null : PART_OF_THE_LOST_BEFORE.exec(before);
  const lostScope = ofTheLost ? CASUALTY_SCOPES.find(({ re }) => re.test(ofTheLost[1]!))?.scope : undefined;
  if (lostScope && (s.assumeTopic || s.says(NK_NAMED, true)) && ownerOf(s, null) === 'north_korea')
    return { measure: NK_LOSSES[lostScope], scope: lostScope };
  if (!noun || noun.kind === 'none' || isWholeOfThings(s, noun)) return null;
  // "Russia has assembled around 50,000 soldiers, including around 10,000 from North Korea", "2,000 tons of munitions,
  // including some from North Korea": a whole North Korea's are only a part of.
  if (noun.from === 'after') {
    const rest = s.sentence.slice(q.end + noun.end, q.end + noun.end + PART_REACH);
    if (NORTH_KOREA_A_PART_AFTER.test(rest)) return null;
    // "over 20 military personnel, including the North Korean officers, were killed": a whole not named North Korea's,
    // by its noun or its sender ("Pyongyang has sent about 11,000 troops, including North Korean special forces").
    const whose = ownerOfWords(`${noun.modifiers}${noun.text}`);
    // Not of cargo: "10,000 containers with North Korean weapons" carry them, whole (but "20 missiles with North
    // Korean parts" are no North Korean missiles).
    const cargo = noun.kind === 'containers' || noun.kind === 'shipments';
    if (!cargo && NORTH_KOREAN_PART_AFTER.test(rest) && !whose && !NK_NAMED.test(lookBack(s).text)) return null;
    // Nor Russia's alone: "20 occupiers died, including six officers from North Korea".
    if (whose === 'russia' && NORTH_KOREAN_ORIGIN_PART_AFTER.test(rest)) return null;
  }
  switch (noun.kind) {
    case 'personnel':
    case 'casualties':
      return people(s, noun, after, before);
    case 'goods':
      // Rice and oil given to North Korea: aid, in the goods' own unit.
      if (LIMIT_BEFORE.test(before) || ASKED_FOR_BEFORE.test(before)) return null;
      // Russia named, or the goods given in return or sent to North Korea ("export 2,800 tons of corn to the DPRK"),
      // by no third party ("China shipped 50,000 tons of rice to North Korea").
      // Or the goods themselves said to go there: "brought up to 125,000 barrels to North Korea".
      if (
        !(
          (s.says(RUSSIA_GIVING) && !PUTIN_GIVEN.test(clauseOf(s.sentence, q.start, q.end))) ||
          s.says(GIVEN_IN_RETURN) ||
          s.says(GIVEN_TO_NORTH_KOREA) ||
          (SENT_TO_NORTH_KOREA.test(after.slice(noun.end)) && !NOT_RUSSIA_GIVING.test(s.sentence.slice(0, q.start)))
        )
      )
        return null;
      // The verb of giving must be the animals' own: just before the count ("airlifted 75 animals", "is sending 40
      // exotic animals") or right after the noun ("70 animals gifted to"); not "While Russia keeps sending oil …, around
      // 100 animals died at the Kharkiv zoo".
      if (
        GIFTED_ONLY_NOUNS.has(noun.text) &&
        !GIFTED.test(clauseTail(s.sentence.slice(Math.max(0, q.start - GIFTED_REACH), q.start))) &&
        !GIFTED.test(s.sentence.slice(q.end + noun.end, q.end + noun.end + GIFTED_AFTER_REACH))
      )
        return null;
      if (s.says(GIVEN_WITH_ANOTHER)) return null;
      // "The 30 horses, five stallions and 25 mares": a breakdown of the horses counted whole.
      if (HORSE_PARTS.has(noun.text) && s.says(HORSES_COUNTED_WHOLE)) return null;
      // Goods of years before the war are no return for it: "Russia exported 241,114 barrels … in 2018 and 2019".
      if (onlyBeforeTheWar(s.sentence)) return null;
      return ownerOf(s, noun) === 'other' ? null : { measure: 'aid_to_nk', unit: noun.text.replace(TONS, TONNE_UNIT) };
    default: {
      // "over one million barrels (56,000 tons) of oil": goods given again in another unit, in brackets.
      if (noun.kind === 'tons' && s.previous && BRACKET_OPEN.test(s.sentence.slice(s.previous.end, q.start))) {
        const given = nounAfter(s.sentence.slice(s.previous.end, s.previous.end + 40));
        if (given?.kind === 'goods' && s.says(RUSSIA)) return { measure: 'aid_to_nk', unit: noun.text.replace(TONS, TONNE_UNIT) };
      }
      // "fire two rockets every five minutes": a rate of fire, no supplies.
      if (RATE_OF_FIRE_AFTER.test(after.slice(noun.end))) return null;
      // Containers of food given North Korea are aid, counted in containers: "received some 9,000 containers mostly
      // containing food supplies".
      if (noun.kind === 'containers' && GOODS_INSIDE.test(after.slice(noun.end)) && (s.says(RUSSIA) || s.says(AID)))
        return { measure: 'aid_to_nk', unit: noun.text };
      // "Russia has sent more than 9,000 containers back to North Korea in return".
      if (noun.kind === 'containers' && SENT_TO_NORTH_KOREA.test(after.slice(noun.end)) && s.says(GIVEN_IN_RETURN))
        return { measure: 'aid_to_nk', unit: noun.text };
      // Cargo counts only as arms cargo: tonnes must say so; containers and voyages may say Russia instead.
      const cargo = noun.kind === 'containers' || noun.kind === 'shipments';
      if (noun.kind === 'tons' && (ONE_WEIGHT_BEFORE.test(before) || ONE_WEIGHT_AFTER.test(after.slice(noun.end)))) return null;
      // Missiles count where the war is in sight: not North Korea's own tests into the sea, nor the "projectiles" it
      // launches there.
      if (
        (noun.kind === 'missiles' || noun.text === PROJECTILES) &&
        !s.says(MISSILES_IN_WAR, true) &&
        !(MISSILES_USED_AFTER.test(after.slice(noun.end)) && !s.says(MISSILES_USED_NOT_WITH)) &&
        !(REMNANTS_OF_BEFORE.test(before) && !s.says(REMNANTS_NOT_WITH))
      )
        return null;
      // "Air defences intercepted two incoming cruise missiles, two ballistic missiles and 37 drones": a night's barrage.
      if (noun.kind === 'missiles' && s.says(TALLY_DOWNED) && s.says(TALLY_ALONGSIDE) && !s.says(NK_NAMED)) return null;
      if (
        (noun.kind === 'missiles' || noun.text === PROJECTILES) &&
        // Read past the next number: "29 ballistic missiles, including four ICBMs".
        (MISSILES_TESTED.test(s.sentence.slice(q.end + noun.end, q.end + noun.end + TESTED_REACH)) ||
          TESTED_BEFORE.test(before.slice(-TESTED_REACH)) ||
          launchedByNorthKorea(s, before, s.sentence.slice(q.end + noun.end, q.end + noun.end + TESTED_REACH)))
      )
        return null;
      // "North Korea fired more than 200 artillery shells into the sea": its own firing, no supply, unless at Ukraine.
      if (noun.kind === 'shells' && launchedByNorthKorea(s, before, s.sentence.slice(q.end + noun.end, q.end + noun.end + TESTED_REACH)))
        return null;
      // Voyages and trains on the arms route need not say what they carry (unless it is another cargo, below): "The
      // ships made at least 32 trips to North Korea", "73 freight railcars at the Tumangang rail facility".
      const armsRoute =
        noun.kind === 'shipments' && noun.text !== TIMES && ARMS_ROUTE.test(s.sentence) && !RATE_NEXT.test(after.slice(0, 30));
      // Or North Korea named as sending the containers, on a page about the war: "North Korea has sent about 28,000
      // containers, Seoul estimated".
      // Not other goods, nor to another party: "28,000 containers of coal to China".
      const sentByNorthKorea = () =>
        cargo &&
        (s.assumeTopic || s.says(WAR, true)) &&
        CARGO_SENT_BY_NK_BEFORE.test(before.slice(-CARGO_SENDER_REACH)) &&
        !s.says(OTHER_CARGO, true) &&
        !TRADED_AFTER.test(after.slice(noun.end, noun.end + TRADED_REACH)) &&
        !sentToAnother(after.slice(noun.end));
      if (
        (noun.kind === 'tons' || cargo) &&
        !s.says(MILITARY_CARGO) &&
        !(cargo && s.says(RUSSIA, true)) &&
        !armsRoute &&
        !sentByNorthKorea()
      )
        return null;
      // Voyages and trains that carry fuel, grain or coal, and no arms: "Russian tankers made 40 voyages to deliver fuel".
      if (noun.kind === 'shipments' && !s.says(MILITARY_CARGO) && s.says(OTHER_CARGO, true)) return null;
      // "launched North Korean missiles at Ukraine at least nine times": each launch a missile, named North Korea's.
      const launched = noun.text === TIMES ? LAUNCHED_BEFORE.exec(before) : null;
      if (launched) return NK_NAMED.test(launched[0]) && s.says(WAR) ? { measure: 'missiles_rockets' } : null;
      const struckWith = noun.text === TIMES && STRUCK_BEFORE.test(before) ? STRUCK_WITH_AFTER.exec(after.slice(noun.end)) : null;
      if (struckWith) return NK_NAMED.test(struckWith[0]) && s.says(WAR) ? { measure: 'missiles_rockets' } : null;
      // Trips and visits are voyages only where ships make them, named between the number before this one and
      // just after it ("ships visited Rajin 64 times", "six trips … by sea"), and carry arms.
      // A first number may take its ships and their arms from the sentence before: "They made 32 trips to North Korea."
      if (VOYAGE.has(noun.text)) {
        const first = s.previous === undefined;
        const ships =
          VESSEL.test(s.sentence.slice(s.prevEnd, q.end + AFTER_WINDOW)) ||
          (first && s.says(VESSEL, true)) ||
          (CARRYING_VOYAGES.has(noun.text) && VOYAGE_CARRYING_AFTER.test(after.slice(noun.end)));
        // On the arms route with no cargo named, the ships themselves must be named, not only a port.
        const named = SHIPS.test(s.sentence.slice(s.prevEnd, q.end + AFTER_WINDOW));
        if (!(ships && (s.says(MILITARY_CARGO, first) || (armsRoute && named)))) return null;
      }
      if (noun.text === TIMES && !CALLING_BEFORE.test(before)) return null;
      if (noun.kind === 'shells' && (NOT_SUPPLIED.test(before) || SHELLS_NEEDED.test(after.slice(noun.end)))) return null;
      if (
        (noun.kind === 'shells' || noun.kind === 'missiles') &&
        (TO_UKRAINE.test(after.slice(noun.end, noun.end + SUPPLIED_TO_UKRAINE.reach)) || UKRAINE_SUPPLIED_BEFORE.test(before))
      )
        return null;
      // Russian ships carry North Korean cargo: for shipments and containers only a third party disqualifies.
      const owner = ownerOf(s, noun);
      if (
        noun.kind === 'missiles' &&
        MISSILE_NOUN.test(noun.text) &&
        lowOf(q) > UNNAMED_MISSILES_CEILING &&
        ownerOfWords(`${noun.modifiers}${noun.text}`) === null &&
        // "North Korea has exported thousands of short-range missiles": its sender named before them, they are its own.
        !(owner === 'north_korea' && NK_NAMED.test(before))
      )
        return null;
      // "Moscow fired 74 such missiles", "fired at least one of these ballistic missiles": the things pointed back at
      // are the passage's, whoever used them.
      const pointedBack =
        SUCH.test(noun.modifiers) ||
        (noun.kind === 'missiles' && FEW_POINTED_BACK_BEFORE.test(noun.modifiers) && lowOf(q) <= FEW_POINTED_BACK.most);
      if (owner === 'other' || (owner === 'russia' && !cargo && !pointedBack)) return null;
      const measure = SUPPLIES.get(noun.kind);
      return measure ? { measure } : null;
    }
  }
}
