/**
 * The detector: text in, figures out. A figure is a quantity in a passage about
 * North Korea that measures something the corpus tracks (docs/figures.md).
 */

import { type Phrase, phrase } from '../words/phrase';
import { type Attribution, withAttributions } from './attribution';
import { casualtyScope } from './casualty-scope';
import {
  apposedShareScope,
  CAPTIVES_VERB,
  type Classified,
  casualtyShareScope,
  classifyMeasure,
  LARGEST_SENDING,
  LISTED_AFTER_GAP,
  lossesReachShareScope,
  lostShareOfOwnScope,
  NK_LOSSES,
  NOT_OF_THE_PAIR,
  PAIR_CAPTIVITY,
  PAIR_NOUNS,
  POINTING_BEFORE,
  type Says,
  sentenceSays,
  shareOfNextScope,
  shrunkShareScope,
} from './classify-measure';
import { type CountReading, countsOf } from './count-kind';
import type { Counts, Period } from './counts';
import { foldText } from './fold-text';
import { endsWithWords, lastIndex, unquoted } from './in-sentence';
import { alternation as any } from './lexicon/compile';
import * as clauses from './lexicon/en/clauses';
import { CAPTURE_STORY, LOSSES_NAMED } from './lexicon/en/losses';
import { OWNER_NAMES, PAIRED_FORCES } from './lexicon/en/parties';
import { ADDITIONAL_BEFORE, JOINED_THEN, JOINED_TO_SENT } from './lexicon/en/sending';
import { CASUALTY_SCOPES, LOSSES_ELSEWHERE, NK_LOSSES_NAMED, nkTroopsNamed } from './measure-cues';
import { MEASURES, type Measure, type Scope } from './measures';
import { CHANGE_VERBS, TIMES_MULTIPLIER } from './not-quantities';
import { FUNCTION_WORD_AFTER, nounAfter } from './noun-phrase';
import { ownerOfWords } from './owner';
import { changedFrom, parseQuantities } from './parse-quantity';
import { inLinks, type Line, passageContext } from './passage-context';
import type { Bound, Quantity } from './quantity';
import { type Paragraph, paragraphsOf, type Span } from './segment-text';
import { meter } from './step-meter';
import { mentionsNorthKorea, NORTH_KOREA, namesAnotherSubject } from './topic-keywords';
import { type Value, valueBounds } from './value';

export interface Figure {
  /** The figure as written, `text === input.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly value: Value;
  readonly unit: string;
  readonly measure: Measure;
  readonly scope?: Scope;
  readonly qualifier: string | null;
  readonly bound: Bound;
  readonly vague: boolean;
  /** The sentence the figure stands in, and its offsets. */
  readonly sentence: string;
  readonly sentenceStart: number;
  /** How a share became a number ("one-third of near 15,000"), in the page's own words. */
  readonly derivation?: Phrase;
  /** The words that name who the page says made it ("South Korea's spy agency"), where it says (attribution.ts). */
  readonly attribution?: Attribution;
  /** What it counts: a running total or a period, all or part, a kind of the thing (count-kind.ts). */
  readonly counts: Counts;
}

export interface DetectOptions {
  /**
   * Treat the whole text as being about North Korea (a reader's selection, a corpus
   * quote): the context rule is skipped, the measure rules are not.
   */
  readonly assumeTopic?: boolean;
  /**
   * Sorted spans of lines that are all link (a menu, related stories), as the
   * page's reader found them: they never take their subject from the lines
   * around them (passage-context.ts).
   */
  readonly links?: readonly Span[];
}

/**
 * A number given as another estimate of the figure before: "The NIS put the figure at 3,000",
 * "Kyiv places the figure closer to 12,000" (the qualifier carries the link), "puts the figure slightly higher, at
 * 12,000".
 */
// Not a change by so much: "increase that number by up to three times".
const restating = (link: string) =>
  new RegExp(
    `\\b(?:${any(clauses.RESTATING_VERBS)})(?: (?:${any(clauses.RESTATING_DETERMINERS)}))? (?:${clauses.OWN} )?(?:${any(clauses.RESTATED_NOUNS)})(?: [a-z]+){0,3},?${link}(?<!\\b(?:${any(clauses.CHANGED_BY)})) $`,
  );
const SAME_MEASURE_BEFORE = restating(` (?:${any(clauses.RESTATING_LINKS)})`);
const SAME_MEASURE_BEFORE_QUALIFIED = restating(`(?: (?:${any(clauses.RESTATING_LINKS)}))?`);
/** How far before a number "estimates were lower at" is read. */
const ESTIMATED_REACH = 40;
/**
 * Another's estimate of the figure before, said to stand at a number: "although US estimates were lower at about 1,200",
 * "South Korea's estimate is 1,100", "The current estimate's about 3,000".
 */
const SAME_MEASURE_ESTIMATED = new RegExp(
  `\\b(?:(?:${any(clauses.ESTIMATES_AT.nouns)})(?:'s| (?:${any(clauses.ESTIMATES_AT.verbs)}))(?: (?:${any(clauses.ESTIMATES_AT.comparatives)}))?(?:,? at|,)?|(?:${any(clauses.ESTIMATES_AT.figures)}) (?:${any(clauses.ESTIMATES_AT.verbs)})(?: (?:${any(clauses.ESTIMATES_AT.adverbs)}))? (?:${any(clauses.ESTIMATES_AT.comparatives)}),? at) $`,
);
/** Not the estimate but a gap from another: "Seoul's estimate is 1,000 lower than Kyiv's", "was 3,000 short of that". */
const COMPARED_AFTER = new RegExp(`^ (?:${any(clauses.COMPARED_AFTER)})\\b`);
/**
 * Troops said to be there, their noun left out, in words reported: "the US initially said there were only 3,000",
 * "South Korea reports that currently there are about 3,000"; not "there were 40 in the column".
 */
const SAME_MEASURE_THERE = new RegExp(
  `\\b(?:${any(clauses.RESTATED_THERE.sayings)})(?: that)?(?: [a-z]+)? (?:${any(clauses.RESTATED_THERE.verbs)})(?: (?:${any(clauses.RESTATED_THERE.hedges)}))? $`,
);
/** Its tails, compared before the pattern is run. */
const THERE_TAILS = clauses.RESTATED_THERE.verbs.flatMap((verb) => [
  `${verb} `,
  ...clauses.RESTATED_THERE.hedges.map((hedge) => `${verb} ${hedge} `),
]);
/** How far before a number "said there were only" is read. */
const THERE_REACH = 70;
const OF_A_GROUP_AFTER = new RegExp(`^ (?:${any(clauses.COUNTED_OF)})\\b`);
/** A change by a multiple, between its verb and the new figure: "the number increased over nine times to 74". */
const MULTIPLIED = `(?: (?:(?:${any(TIMES_MULTIPLIER.hedges)}) )?[a-z0-9.]+ ${TIMES_MULTIPLIER.word})?`;
/** The figure before, changed: "The number could rise to 15,000", "the toll has climbed to about 2,000". */
const SAME_MEASURE_CHANGED = new RegExp(
  `\\b(?:${any(clauses.CHANGED_DETERMINERS)}) (?:(?:${any(clauses.RESTATED_ADJECTIVES)}) )?(?:${any(clauses.RESTATED_NOUNS)})(?: (?!(?:${any(clauses.RESTATED_NOT_BETWEEN)})\\b)[a-z]+){0,3} (?:${any(clauses.RESTATED_CHANGE_VERBS)})${MULTIPLIED}(?: (?:${any(clauses.RESTATING_LINKS)}))? $`,
);
/** "while South Korea estimates at around 3,600": another's estimate of the figure before, its noun left out. */
const SAME_MEASURE_VERB_AT = new RegExp(`\\b(?<!\\b(?:${any(clauses.NOT_RESTATING_BEFORE)}) )(?:${any(clauses.RESTATING_VERBS)}) at $`);
/** "up from earlier estimates of about 600": an earlier estimate named, not a bare "up from" of any trend. */
const SAME_MEASURE_FROM = new RegExp(
  // One word may name whose it was: "up from an initial US estimate of 3,000".
  // Or a maker's possessive: "from the White House's previous estimate of 3,000", "in line with Kyiv's estimate of".
  `\\b(?:${any(clauses.RESTATED_FROM)})(?: the(?: [a-z.]+){1,2}'s| [a-z.]+'s)?(?: (?:${any(clauses.RESTATED_FROM_ADJECTIVES)}))?(?: [a-z.]+(?<!'s))?(?: (?:${any(clauses.RESTATED_NOUNS)})s?)(?: of)? $`,
);
const SAME_MEASURE_REVISED = new RegExp(
  `\\b(?:${any(clauses.REVISED_FROM.verbs)}) (?:${any(clauses.REVISED_FROM.whose)}) (?:(?:${any(clauses.RESTATED_FROM_ADJECTIVES)}) )?(?:${any(clauses.RESTATED_NOUNS)})(?: (?!(?:${any(clauses.RESTATED_NOT_BETWEEN)})\\b)[a-z]+){0,${clauses.REVISED_FROM.reach}} (?:${any(clauses.REVISED_FROM.links)}) $`,
);
const SAME_MEASURE_SAYING = new RegExp(`\\b(?:${any(clauses.RESTATED_SAYING.sayers)}) (?:${any(clauses.RESTATED_SAYING.verbs)}) $`);
/** The count closes its clause: punctuation or the sentence's end right after it. */
const CLAUSE_CLOSED_AFTER = /^(?:\s*$|\s*[,.;:!?)"\u2014])/;
const SAME_MEASURE_MENTIONED = new RegExp(`\\b(?:${any(clauses.RESTATED_MENTIONED)}) $`);
const SAYING_TAILS = clauses.RESTATED_SAYING.verbs.map((verb) => `${verb} `);
const REVISED_TAIL = clauses.REVISED_FROM.links.map((link) => `${link} `);
/** How far before a number "revised its initial estimate from" is read. */
const REVISED_REACH = 80;
const LOSS_ONLY = new RegExp(`\\b(?:${any(clauses.LOSS_ONLY_NOUNS)})\\b`);
/** How far before a restating verb the words that put it to come are read: "with a plan to increase". */
const TO_COME_REACH = 12;
const TO_COME = new RegExp(`\\b(?:${any(clauses.RESTATED_TO_COME)})\\b`);

/** Between the amount a change began at and the one it changed to: " to ", " last week to ". */
const CHANGED_TO = new RegExp(`^(?: [a-z]+){0,${clauses.CHANGED_TO.words}} (?:${any(clauses.CHANGED_TO.links)}) $`);

/** How far before the amount a change begins at its verb is read for words that put the change to come. */
const CHANGE_LEAD_REACH = 60;
/** Words that put a change to come, right before its verb: "can quickly grow", not "In May, the number rose". */
const CHANGE_TO_COME = new RegExp(`\\b(?:${any(clauses.RESTATED_TO_COME)}) (?:[a-z]+ ){0,2}(?:${any(CHANGE_VERBS)})\\b`);
/** Where a clause ends, for the words of a change. */
const CHANGE_CLAUSE_END = /[,;:.]/g;
/** Whether the amount at `at` begins a change to come: "could grow from 3,000 to 12,000". */
function changeToCome(local: string, at: number): boolean {
  if (!changedFrom(local, at)) return false;
  const lead = local.slice(Math.max(0, at - CHANGE_LEAD_REACH), at);
  return CHANGE_TO_COME.test(lead.slice(lastIndex(CHANGE_CLAUSE_END, lead) + 1));
}

/**
 * Another side's forces, the estimate said of them: "Ukrainian forces, estimated at about 12,000 troops", "the
 * Kremlin's forces, which was estimated at 470,000"; not "Ukrainian troops fighting there estimate the figure at".
 */
const FORCES_OF_ANOTHER = new RegExp(
  `\\b(?:${any([...OWNER_NAMES.russia, ...OWNER_NAMES.other])}) (?:${any(PAIRED_FORCES)}),?(?: (?:${any(clauses.RELATIVE_PRONOUNS)}) (?:${any(clauses.FORCE_ESTIMATED.copulas)}))? (?:${any(clauses.FORCE_ESTIMATED.verbs)})(?: (?:${any(clauses.RESTATING_LINKS)}))? $`,
);

/** How far before a count the party whose force it is may be named: "Russia currently has about 575,000 soldiers". */
const FORCE_OWNER_REACH = 40;
/** Whether the count `q` is of people another side than North Korea has, its noun ending before `end`. */
function othersForce(local: string, q: Quantity, end: number): boolean {
  const noun = nounAfter(local.slice(q.end, end));
  if (noun?.kind !== 'personnel') return false;
  const owner = ownerOfWords(local.slice(Math.max(0, q.start - FORCE_OWNER_REACH), q.end + noun.end));
  return owner !== null && owner !== 'north_korea';
}

/** A number the grammar left half read is no restating: "The figure was 82-point-three percent". */
const HALF_READ = /^-[a-z]/;

/** Whether a quantity is an amount of money. */
const isMoney = (unit: string) => unit !== 'count' && unit !== 'percent' && unit !== 'fraction';

/**
 * The measure of a number given as the figure before restated or changed, if it is one: the same
 * kind of amount (money for money, a count for a count), and no party named in the words between.
 */
function restatedMeasure(
  before: string,
  q: Quantity,
  latest: Pick<Kept, 'c' | 'unit'> | undefined,
  after: string,
  changeOf?: () => 'begun' | 'to come' | undefined,
  nkTroopsInSight?: () => boolean,
): Classified | undefined {
  if (!latest || q.unit === 'percent' || q.unit === 'fraction' || HALF_READ.test(after)) return undefined;
  if (isMoney(q.unit) !== isMoney(latest.unit)) return undefined;
  // Where the figure before began a change, what it changed to: "revised … from 3,000 last week to approximately 10,000";
  // to come where the change is ("could grow from 3,000 to 12,000").
  const change = CHANGED_TO.test(before) ? changeOf?.() : undefined;
  if (change) return change === 'to come' && latest.c.measure === 'troops_deployed' ? { ...latest.c, measure: 'troops_planned' } : latest.c;
  const qualified = q.numberStart > q.start;
  const from = SAME_MEASURE_FROM.exec(before);
  const restated =
    (qualified ? SAME_MEASURE_BEFORE_QUALIFIED : SAME_MEASURE_BEFORE).exec(before) ??
    from ??
    (endsWithWords(before, REVISED_TAIL) ? SAME_MEASURE_REVISED.exec(before.slice(-REVISED_REACH)) : null) ??
    // Only a bare count: not "media reports saying 2,000 North Korean workers also arrived".
    (FUNCTION_WORD_AFTER.test(after) && endsWithWords(before, SAYING_TAILS)
      ? SAME_MEASURE_SAYING.exec(before.slice(-REVISED_REACH))
      : null) ??
    // Not a few of anything ("He mentioned 3 to Kim"), nor a count its own words go on to say more of ("mentioned 3,000
    // in the Kursk region who had been killed").
    (CLAUSE_CLOSED_AFTER.test(after) && valueBounds(q.value).low >= DROPPED_PEOPLE_LEAST
      ? SAME_MEASURE_MENTIONED.exec(before.slice(-ESTIMATED_REACH))
      : null) ??
    (COMPARED_AFTER.test(after) ? null : SAME_MEASURE_ESTIMATED.exec(before.slice(-ESTIMATED_REACH))) ??
    SAME_MEASURE_VERB_AT.exec(before.slice(-ESTIMATED_REACH)) ??
    // Not a group of its own ("there were forty of us"), nor a vague crowd ("there are millions of them here").
    // North Korea's troops in sight: not "Russian troops fight on. There were 3,000 in the region."
    (latest.c.measure === 'troops_deployed' &&
    !q.vague &&
    FUNCTION_WORD_AFTER.test(after) &&
    !OF_A_GROUP_AFTER.test(after) &&
    endsWithWords(before, THERE_TAILS) &&
    nkTroopsInSight?.()
      ? SAME_MEASURE_THERE.exec(before.slice(-THERE_REACH))
      : null);
  if (restated) {
    // "Kyiv revised the toll from 1,000 to 4,000" restates only losses.
    if (LOSS_ONLY.test(restated[0]) && !latest.c.scope) return undefined;
    // An estimate of another side's forces restates nothing before it.
    if (FORCES_OF_ANOTHER.test(before)) return undefined;
    // A party in an earlier estimate named is who made it ("up from an initial US estimate of 3,000"), not whose.
    if (restated !== from && ownerOfWords(restated[0])) return undefined;
    // Troops there now, their number to be raised: "with a plan to increase the number to 10,000" is a plan.
    const lead = before.slice(Math.max(0, restated.index - TO_COME_REACH), restated.index + restated[0].length);
    return latest.c.measure === 'troops_deployed' && TO_COME.test(lead) ? { ...latest.c, measure: 'troops_planned' } : latest.c;
  }
  const changed = SAME_MEASURE_CHANGED.exec(before);
  if (!changed || ownerOfWords(changed[0])) return undefined;
  if (LOSS_ONLY.test(changed[0]) && !latest.c.scope) return undefined;
  // Troops there now, said to grow: the number to come is a plan.
  return latest.c.measure === 'troops_deployed' && TO_COME.test(changed[0]) ? { ...latest.c, measure: 'troops_planned' } : latest.c;
}

/**
 * The captives last counted, pointed back at by the same number in a later sentence of their story: "the two said
 * they were sent to Russia", "Lawmaker Yu met with the two men"; not "the two countries".
 */
function pointsBackToCaptives(local: string, q: Quantity, captives: Kept | undefined): Classified | undefined {
  if (!captives || q.unit !== 'count' || q.qualifier !== null || q.value !== captives.figure.value) return undefined;
  const after = local.slice(q.end, q.end + 60);
  const noun = nounAfter(after);
  // Not pointed at, the captives' own words and a word of their story: "He shared photos of two men resting on cots".
  if (!POINTING_BEFORE.test(local.slice(Math.max(0, q.start - 8), q.start)))
    return q.value === CAPTURE_STORY.pointedPair.count &&
      noun &&
      PAIR_NOUNS.has(noun.text) &&
      PAIR_CAPTIVITY.test(local) &&
      !NOT_OF_THE_PAIR.test(local)
      ? captives.c
      : undefined;
  const people = noun ? noun.kind === 'personnel' : CAPTIVES_VERB.test(after);
  return people ? captives.c : undefined;
}

/** How far after a count that is no figure its noun is read. */
const DROPPED_NOUN_REACH = 60;
/** Fewer people than this are individuals in a story, not a workforce "that number" could restate. */
const DROPPED_PEOPLE_LEAST = 20;

/**
 * What "the number" restates where no figure came before it in the passage, but North Korea's troops were named: "North
 * Korean troops are in Russia. … the US revised that number this week to 10,000". Not where losses are spoken of, nor
 * a count with a word of its own after it ("taking place at five military bases").
 */
/** A sentence opened on the whole counted before, up to the part: "Of that total, ", "Of those, ". */
/** The longest such opening: "Of this number, " with a quote before it. */
const WHOLE_OPENS_LENGTH = 24;
const WHOLE_OPENS = new RegExp(`^["'\u201C\u2018]?(?:${any(clauses.WHOLE_POINTED_AT)}),? $`);
const TROOPS_IN_SIGHT: Pick<Kept, 'c' | 'unit'> = { c: { measure: 'troops_deployed' }, unit: 'count' };
function troopsInSight(says: Says): boolean {
  return nkTroopsNamed(says) && !CASUALTY_SCOPES.some(({ re }) => says(re, true));
}

/**
 * What "the toll" or "the estimate" restates where no figure came before it in the passage, but North Korea's losses
 * were named, in the sentence or the one before: "North Korean troops have suffered heavy losses. The NIS estimated the
 * toll at around 3,000." Their scope is the one their words give. Not where another side's losses, civilians, a strike
 * or a disaster are named there too.
 */
function lossesInSight(says: Says, sentence: string, previous: string | undefined): Pick<Kept, 'c' | 'unit'> | undefined {
  if (says(LOSSES_ELSEWHERE, true)) return undefined;
  for (const text of previous === undefined ? [sentence] : [sentence, previous]) {
    meter.steps++;
    const named = NK_LOSSES_NAMED.exec(text)?.[0];
    if (named === undefined) continue;
    const scope = CASUALTY_SCOPES.find(({ re }) => re.test(named))?.scope ?? 'killed_and_wounded';
    return { c: { measure: NK_LOSSES[scope], scope }, unit: 'count' };
  }
  return undefined;
}

/** The force a share of North Korea's losses is taken of, where its own words give it no measure: the troops sent. */
const WHOLE_OF_LOSSES: Classified = { measure: 'troops_deployed' };

/** A figure with its measure and the paragraph it stands in, kept for the figures after it. */
interface Kept {
  readonly figure: Figure;
  readonly c: Classified;
  readonly paragraph: number;
  /** The quantity's own unit: a count, a percent, a fraction or a currency. */
  readonly unit: string;
}

/** A share of troops, then where they are: " of them in the Kursk region", " of that force is now in the Kursk area". */
const PLACE_ENDS = `(?:$|[${clauses.SHARE_OF_TROOPS_THERE.ends.join('')}])`;
const SHARE_OF_TROOPS_THERE = new RegExp(
  `^ (?:${any(clauses.SHARE_OF_TROOPS_THERE.of)})(?: (?:${any(clauses.SHARE_OF_TROOPS_THERE.verbs)})){0,3} (?:${any(clauses.SHARE_OF_TROOPS_THERE.places)})${PLACE_ENDS}`,
);

const PLACED_THERE = new RegExp(
  `^(?: (?:${any(clauses.SHARE_OF_TROOPS_THERE.verbs)})){1,3} (?:${any(clauses.SHARE_OF_TROOPS_THERE.places)})${PLACE_ENDS}`,
);
const WHOLE_OPENED = new RegExp(`(?:^|[,;:] |\\b(?:that|said|says) )(?:${any(clauses.PARTITIVE_OPENERS_OF_TROOPS)}) $`);

function scale(value: Value, by: number): Value {
  const round = (n: number) => Math.round(n);
  if (typeof value === 'number') return round(value * by);
  const low = round(value.low * by);
  const high = round(value.high * by);
  // A range scaled to one number (none of a range, "0% of tens of thousands") is that number: a range's ends differ.
  return low === high ? low : { low, high };
}

function unitOf(q: Quantity, c: Classified, rate: Period | undefined): string {
  if (c.unit) return c.unit;
  if (MEASURES[c.measure].unit !== 'USD' && c.measure !== 'soldier_pay') return MEASURES[c.measure].unit;
  // A rate in any words ("a monthly salary of $2,000") is the amount per period, as its counts say.
  const per = c.per ?? (rate === 'other' ? undefined : rate);
  return per ? `${q.unit} per ${per}` : q.unit;
}

function figureOf(text: string, sentence: Span, q: Quantity, c: Classified, read: CountReading, extra: Partial<Figure> = {}): Figure {
  const share = c.measure === 'share_of_russian_ammo' && q.unit === 'fraction';
  return {
    text: text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    value: share ? scale(q.value, 100) : q.value,
    unit: unitOf(q, c, read.rate),
    measure: c.measure,
    ...(c.scope && c.measure === 'russian_casualties' ? { scope: c.scope } : {}),
    qualifier: q.qualifier,
    bound: q.bound,
    vague: q.vague,
    sentence: text.slice(sentence.start, sentence.end),
    sentenceStart: sentence.start,
    counts: read.counts,
    ...extra,
  };
}

/** The maker of each estimate of a list, after it: " for Zelensky, ", " for NIS, and ". */
const EACH_BY_ITS_MAKER = new RegExp(
  `^ (${any(clauses.MAKER_LINKS)}) (?:[a-z.'-]+ ){0,4}?[a-z.'-]+,? (?:(?:${any(clauses.CONJUNCTIONS)}) )?$`,
);
/** "over 4,000, up from 3,000": where the figure just before changed from, its noun left out. */
/** Between a rate and the same rate over another period set beside it after a dash: " shells per month — ", " a year". */
const RATE_PERIOD = `(?:${any(clauses.RATE_RESTATED.per)}) (?:${any(clauses.RATE_RESTATED.periods)})`;
const DASH_APPOSED_GAP = new RegExp(`^(?: [a-z]+){0,2} ${RATE_PERIOD} ?[\u2014\u2013] $`);
const RATE_AFTER = new RegExp(`^ ${RATE_PERIOD}\\b`);
const CHANGED_FROM_GAP = new RegExp(`^,? (?:${any(clauses.CHANGED_FROM)}) $`);
/**
 * A part of the count before, named further on in its clause with no noun of its own: "around 15,000 North Korean
 * personnel have already been sent … — including 11,000 last year"; and more of the same joined after such a part:
 * "…in the Kursk region, and a further 4,000 earlier this year".
 */
const PART_LATER_GAP = new RegExp(`(?:,| ?[\u2014\u2013]) (?:${any(clauses.PART_INCLUDED)}) $`);
// More of the same joined after a part: "…, and a further 4,000 earlier this year", "…, followed by an additional 3,000
// to 4,000 earlier in 2025".
const MORE_LATER_GAP = new RegExp(`, (?:${any([...clauses.CONJUNCTIONS, ...JOINED_TO_SENT.links])})(?: (?:${any(ADDITIONAL_BEFORE)}))? $`);
const CHANGED_LATER_GAP = new RegExp(
  `^(?: [a-z0-9]+){0,${clauses.CHANGED_LATER.words}},? (?:${any(clauses.CONJUNCTIONS)}) (?:(?:${any(clauses.CHANGED_LATER.verbs)}) (?:${any(clauses.CHANGED_LATER.links)})|${any(clauses.CHANGED_LATER.reaching)}) $`,
);
/** How far apart such a part and the count before may stand. */
const PART_LATER_REACH = 120;
/** What may follow such a part: when or where, or the clause's end ("11,000 last year", "4,000 in Kursk"). */
const WHEN_OR_WHERE_AFTER = new RegExp(`^(?:$|[,.;:)\u2014]| (?:${any([...JOINED_THEN, ...clauses.WHEN_AFTER_A_PART])})\\b)`);
/** A range the grammar did not join: "between 1,000 and as many as 3,000" is one figure's ends, not two figures. */
const RANGE_OPENED = new RegExp(`\\b(?:${any(clauses.RANGE_OPENERS)}) $`);

/**
 * The measure of a count joined to the one counted just before with nothing of its own: "citing troop numbers of
 * 11,000 and 12,000, respectively" (the second counts what the first does), or given as where it changed from ("over
 * 4,000, up from 3,000"); undefined otherwise.
 */
function listedAfter(
  local: string,
  q: Quantity,
  before: { q: Quantity; c: Classified } | undefined,
  nextStart: number,
): Classified | undefined {
  const gap = local.slice(before?.q.end ?? 0, q.start);
  // "was 4,000 for Zelensky, 3,000 for NIS, and 1,200 for the Pentagon": each estimate said with its maker alike.
  const maker = EACH_BY_ITS_MAKER.exec(gap);
  const parallel = maker !== null && local.startsWith(` ${maker[1]} `, q.end);
  const later =
    gap.length <= PART_LATER_REACH &&
    (PART_LATER_GAP.test(gap) || MORE_LATER_GAP.test(gap)) &&
    WHEN_OR_WHERE_AFTER.test(local.slice(q.end, nextStart));
  const changed = CHANGED_LATER_GAP.test(gap);
  if (!before || before.q.unit !== q.unit || !(LISTED_AFTER_GAP.test(gap) || CHANGED_FROM_GAP.test(gap) || parallel || later || changed))
    return undefined;
  if (RANGE_OPENED.test(local.slice(0, before.q.start)) || nounAfter(local.slice(q.end, nextStart)) !== null) return undefined;
  return before.c;
}

/** Every figure about North Korea's part in the war in `text`, in order. */
export function detectFigures(text: string, options: DetectOptions = {}): Figure[] {
  if (!options.assumeTopic && !mentionsNorthKorea(text)) return [];
  const figures: Figure[] = [];
  // One by one: spread into push, a paragraph of some 150,000 figures overflowed the stack.
  for (const found of scanFigures(text, options)) {
    meter.steps++;
    for (const figure of found) {
      meter.steps++;
      figures.push(figure);
    }
  }
  return figures;
}

/**
 * The detector as a resumable scan: yields each paragraph's figures (often none)
 * in order, so a caller on a page's main thread can pause between paragraphs.
 */
export function* scanFigures(text: string, options: DetectOptions = {}): Generator<Figure[], void, void> {
  const assumeTopic = options.assumeTopic ?? false;
  const context = passageContext(assumeTopic);
  const links = options.links ?? [];
  const linkAt = { at: 0 };
  // Each paragraph is folded once, one ahead of its turn: a headline may take its subject from the line after it.
  const lineOf = (paragraph: Paragraph): Line => ({
    paragraph,
    folded: foldText(text.slice(paragraph.start, paragraph.end)),
    link: inLinks(links, paragraph, linkAt),
  });
  const lines = paragraphsOf(text);
  const following = () => {
    const step = lines.next();
    return step.done ? undefined : lineOf(step.value);
  };
  let figures: Figure[] = [];
  let previousParagraph: Paragraph | undefined;
  // Folding keeps every offset.
  let previousFolded = '';
  /** The passage's latest figure, and its latest of troops deployed: all that a later figure looks back on. */
  let latest: Kept | undefined;
  let latestTroops: Kept | undefined;
  let latestCaptives: Kept | undefined;
  /** A figure kept, if it is from this paragraph or the one before. */
  const recent = (p: number, kept: Kept | undefined) => (kept && kept.paragraph >= p - 1 ? kept : undefined);
  const add = (figure: Figure, c: Classified, paragraph: number, unit: string) => {
    figures.push(figure);
    latest = { figure, c, paragraph, unit };
    if (c.measure === 'troops_deployed') latestTroops = latest;
    if (c.measure === 'nk_captured') latestCaptives = latest;
  };
  let p = -1;
  /** Sentences read so far, and the latest count read that is no figure: "that number" may restate it. */
  let sentenceNo = 0;
  let dropped: { q: Quantity; sentence: string; at: number } | undefined;
  /**
   * Whether people were counted in this sentence or the one before, though as no figure: "An estimated 15,000 North
   * Koreans are employed in Russia. That number could rise to 50,000" restates the workers, not troops in sight.
   */
  const peopleDroppedJustBefore = () =>
    dropped !== undefined &&
    dropped.at >= sentenceNo - 1 &&
    // Not a few people in a story: "three Ukrainian soldiers told reporters. The Pentagon puts the number at 12,000".
    (typeof dropped.q.value === 'number' ? dropped.q.value : dropped.q.value.low) >= DROPPED_PEOPLE_LEAST &&
    nounAfter(dropped.sentence.slice(dropped.q.end, dropped.q.end + DROPPED_NOUN_REACH))?.kind === 'personnel';
  for (let line = following(), next = following(); line; line = next, next = following()) {
    meter.steps++;
    p++;
    figures = [];
    const { paragraph, folded } = line;
    /** A span of this paragraph, or of the one before, folded. */
    const foldedSpan = (span: Span) =>
      span.start >= paragraph.start
        ? folded.slice(span.start - paragraph.start, span.end - paragraph.start)
        : previousFolded.slice(span.start - previousParagraph!.start, span.end - previousParagraph!.start);
    const about = context.about(line, next);
    paragraph.sentences.forEach((sentence, k) => {
      meter.steps++;
      sentenceNo++;
      if (!about) return;
      const local = foldedSpan(sentence);
      const before = paragraph.sentences[k - 1] ?? previousParagraph?.sentences.at(-1);
      const previousSentence = before ? foldedSpan(before) : undefined;
      const quantities = parseQuantities(local);
      const says = sentenceSays(local, previousSentence);
      let lost: { in: Pick<Kept, 'c' | 'unit'> | undefined } | undefined;
      const lostInSight = () => {
        lost ??= { in: lossesInSight(says, local, previousSentence) };
        return lost.in;
      };
      /** The sentence's latest quantity counted as a figure (shares aside), and its latest of troops deployed. */
      let counted: { q: Quantity; c: Classified } | undefined;
      let troopsCounted: { q: Quantity; c: Classified } | undefined;
      /** The counts a share of North Korea's losses was taken of: the troops it sent ("nearly half of the 11,000 initially sent"). */
      const wholes = new Set<Quantity>();
      /** The sentence's latest figure of each measure, for a part of it given after ("of whom 3,000"). */
      const lastOf = new Map<Measure, Quantity>();
      const written = text.slice(sentence.start, sentence.end);
      const countsAt = (q: Quantity, c: Classified, prevEnd: number, nextStart: number): CountReading => {
        const before = lastOf.get(c.measure);
        lastOf.set(c.measure, q);
        return countsOf({
          folded: local,
          written,
          start: q.start,
          end: q.end,
          measure: c.measure,
          ...(c.per ? { per: c.per } : {}),
          prevEnd,
          nextStart,
          ...(before ? { sameBefore: before } : {}),
        });
      };
      quantities.forEach((q, i) => {
        meter.steps++;
        const at = {
          sentence: local,
          quantity: q,
          prevEnd: quantities[i - 1]?.end ?? 0,
          nextStart: quantities[i + 1]?.start ?? local.length,
          ...(i > 0 ? { previous: quantities[i - 1]! } : {}),
          ...(i + 1 < quantities.length ? { next: quantities[i + 1]! } : {}),
          says,
          assumeTopic,
        };
        const abs = { ...q, start: q.start + sentence.start, end: q.end + sentence.start };
        const ofNext = shareOfNextScope(at);
        /** The count just before, if it is of North Korea's losses: a share may be set beside it or be part of it. */
        const lostBefore =
          counted && counted.q === quantities[i - 1] && counted.c.scope && NK_LOSSES[counted.c.scope] === counted.c.measure
            ? counted
            : undefined;
        const shareScope =
          ofNext ??
          casualtyShareScope(at) ??
          apposedShareScope(at, lostBefore?.c.scope) ??
          shrunkShareScope(at) ??
          lostShareOfOwnScope(at) ??
          lossesReachShareScope(at);
        if (shareScope) {
          // A share of a force lost: of the force it names next ("more than half of the 11,000 troops"), of the
          // force in this sentence, else of the passage's latest; else a share.
          const measure: Classified = { measure: NK_LOSSES[shareScope], scope: shareScope };
          const fraction = q.unit === 'percent' ? (q.value as number) / 100 : (q.value as number);
          const next = quantities[i + 1];
          // Part of the losses just counted: "losses exceeding 4,000, two-thirds fatal".
          const ofLosses = lostBefore?.c.scope === 'killed_and_wounded' && shareScope !== 'killed_and_wounded' ? lostBefore : undefined;
          const inSentence = ofNext && next ? { q: next } : (ofLosses ?? troopsCounted);
          if (ofNext && next) wholes.add(next);
          const inPassage = recent(p, latestTroops)?.figure;
          const base = inSentence
            ? { value: inSentence.q.value, text: local.slice(inSentence.q.start, inSentence.q.end) }
            : inPassage && { value: inPassage.value, text: inPassage.text };
          const counts = countsAt(q, measure, at.prevEnd, at.nextStart);
          const figure = base
            ? figureOf(text, sentence, { ...abs, unit: 'count', value: scale(base.value, fraction) }, measure, counts, {
                derivation: phrase('estimate.shareOf', local.slice(q.numberStart, q.end), base.text),
              })
            : figureOf(
                text,
                sentence,
                { ...abs, value: scale(q.value, q.unit === 'percent' ? 1 : 100) },
                { ...measure, unit: 'percent' },
                counts,
              );
          add(figure, measure, p, q.unit);
          return;
        }
        // A share of the troops just counted, said to be in a place of the war: "deployed 10,000 troops in Russia, with
        // more than half of them in the Kursk region".
        // Or of a whole opened by "of the": "of the 10,000 North Korean troops …, 80% are currently located in the Kursk area".
        const tail = local.slice(q.end, at.nextStart);
        const opened = () =>
          troopsCounted !== undefined &&
          WHOLE_OPENED.test(local.slice(Math.max(0, troopsCounted.q.start - 24), troopsCounted.q.start)) &&
          PLACED_THERE.test(tail);
        // Only of the troops counted right before it: not "some 4,000 have been killed or wounded, about half of them in
        // the Kursk region", a share of the losses.
        if (
          (q.unit === 'percent' || q.unit === 'fraction') &&
          troopsCounted &&
          troopsCounted.q === quantities[i - 1] &&
          (SHARE_OF_TROOPS_THERE.test(tail) || opened())
        ) {
          const measure: Classified = { measure: 'troops_deployed' };
          const fraction = q.unit === 'percent' ? (q.value as number) / 100 : (q.value as number);
          const base = troopsCounted.q;
          const counts = countsAt(q, measure, at.prevEnd, at.nextStart);
          const figure = figureOf(text, sentence, { ...abs, unit: 'count', value: scale(base.value, fraction) }, measure, counts, {
            derivation: phrase('estimate.shareOf', local.slice(q.numberStart, q.end), local.slice(base.start, base.end)),
          });
          add(figure, measure, p, q.unit);
          return;
        }
        // "$1.2 billion (₩1.7 trillion)": a conversion in brackets measures what the amount before it does, and nothing
        // where that amount is no figure ("out of the $30 million (approximately 40 billion KRW)").
        const inBrackets = q.unit !== 'count' && i > 0 && /^ ?\($/.test(local.slice(at.prevEnd, q.start)) && local[q.end] === ')';
        const converted = inBrackets && counted && counted.q === quantities[i - 1] ? counted.c : undefined;
        if (inBrackets && !converted) return;
        // "Russia has been producing 250,000 shells per month — 3 million per year —": a rate set after a dash beside
        // one just read as no figure restates it over another period, and is none either (not "1.2 million active
        // troops — some 11,000 deployed to Kursk —").
        if (
          i > 0 &&
          dropped !== undefined &&
          dropped.q === quantities[i - 1] &&
          dropped.at === sentenceNo &&
          DASH_APPOSED_GAP.test(local.slice(at.prevEnd, q.start)) &&
          RATE_AFTER.test(local.slice(q.end))
        )
          return;
        // "The NIS put the figure at 3,000": another estimate of the figure just before.
        const restatedOrChanged = converted
          ? undefined
          : restatedMeasure(
              unquoted(local.slice(Math.max(at.prevEnd, q.start - 80), q.start)),
              q,
              recent(p, latest) ??
                (FUNCTION_WORD_AFTER.test(local.slice(q.end)) &&
                valueBounds(q.value).low <= LARGEST_SENDING &&
                troopsInSight(says) &&
                !peopleDroppedJustBefore() &&
                !namesAnotherSubject(local.slice(0, q.start))
                  ? TROOPS_IN_SIGHT
                  : undefined) ??
                (FUNCTION_WORD_AFTER.test(local.slice(q.end)) && valueBounds(q.value).low <= LOSSES_NAMED.ceiling
                  ? lostInSight()
                  : undefined),
              local.slice(q.end),
              () => {
                const began = quantities[i - 1];
                if (!began || counted?.q !== began || !changedFrom(local, began.start)) return undefined;
                return changeToCome(local, began.start) ? 'to come' : 'begun';
              },
              () => says(NORTH_KOREA, true),
            );
        // "Russia has about 575,000 soldiers … and plans to increase this number to 690,000": another side's force,
        // counted just before in the sentence, is what it restates.
        const restated =
          restatedOrChanged && at.previous && counted?.q !== at.previous && othersForce(local, at.previous, q.start)
            ? undefined
            : restatedOrChanged;
        const captives =
          latestCaptives && latestCaptives.paragraph >= p - CAPTURE_STORY.pointedBack.paragraphs ? latestCaptives : undefined;
        const listed = listedAfter(local, q, counted?.q === quantities[i - 1] ? counted : undefined, at.nextStart);
        // The whole a share of losses was taken of is the force, whatever its own clause says was lost ("more than
        // half the 11,000 troops sent have been killed or wounded").
        const classified = converted ? undefined : classifyMeasure(at);
        // Not where its own words say it was lost: "about half of the 4,100 wounded soldiers had since been sent back".
        const lostByItsNoun = () => {
          const own = nounAfter(local.slice(q.end, at.nextStart));
          return own !== null && CASUALTY_SCOPES.some(({ re }) => re.test(own.modifiers));
        };
        // "Russia has suffered nearly 1 million casualties. Of that total, up to 250,000 are believed to have been killed":
        // a part of Russia's losses counted just before, opened on them.
        const partOfRussiasLosses = (): Classified | undefined => {
          if (recent(p, latest)?.c.measure !== 'russian_casualties' || q.start > WHOLE_OPENS_LENGTH) return undefined;
          if (!WHOLE_OPENS.test(local.slice(0, q.start))) return undefined;
          const scope = casualtyScope(null, local.slice(q.end, at.nextStart), local.slice(0, q.start), true);
          return scope && scope !== 'captured' ? { measure: 'russian_casualties', scope } : undefined;
        };
        const found =
          converted ??
          (classified?.scope && wholes.has(q) && !lostByItsNoun() ? WHOLE_OF_LOSSES : classified) ??
          partOfRussiasLosses() ??
          listed ??
          restated ??
          pointsBackToCaptives(local, q, captives) ??
          (wholes.has(q) ? WHOLE_OF_LOSSES : undefined);
        if (!found) {
          if (q.unit === 'count') dropped = { q, sentence: local, at: sentenceNo };
          return;
        }
        // "The number could grow from 3,000 to 12,000": what a change to come begins at is there now.
        const c =
          found.measure === 'troops_planned' && changeToCome(local, q.start) ? { ...found, measure: 'troops_deployed' as const } : found;
        counted = { q, c };
        if (c.measure === 'troops_deployed') troopsCounted = counted;
        add(figureOf(text, sentence, abs, c, countsAt(q, c, at.prevEnd, at.nextStart)), c, p, q.unit);
      });
    });
    if (figures.length > 0) context.held();
    previousParagraph = paragraph;
    previousFolded = folded;
    yield withAttributions(text, paragraph.sentences, figures);
  }
}
