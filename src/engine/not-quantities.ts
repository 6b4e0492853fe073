/**
 * The words around a number that say it is not an amount: a date, a time, an age,
 * a duration, a length or calibre, a rank. The grammar skips such numbers whole.
 */

export { MONTHS } from './lexicon/en/counts';

/**
 * An ordinal before a fraction makes it a part of a period, no share: "in the second half of 2023", "the first quarter";
 * not "two weeks later half of the troops".
 */
export const PART_OF_PERIOD_ORDINALS = ['the first', 'the second', 'the latter', 'the final', 'the last'];

/** Units of time: "two years", "an eleven-year war", "100 days". */
export const DURATION_UNITS = [
  'years',
  'year',
  'months',
  'month',
  'weeks',
  'week',
  'days',
  'day',
  'hours',
  'hour',
  'minutes',
  'minute',
  'seconds',
  'second',
  'decades',
  'decade',
  'centuries',
  'century',
  'nights',
  'night',
];

/** A multiplier, no count: "marking a 2.5-fold surge". */
export const MULTIPLIERS = ['fold'];
/**
 * "times" after a number is a multiplier, no count, after a verb of change ("the number increased over nine times to
 * 74") or before a comparison ("three times more", "ten times as many"); else it may count trips ("32 times").
 */
export const TIMES_MULTIPLIER = {
  word: 'times',
  changeVerbs: ['increased', 'increase', 'rose', 'risen', 'grew', 'grown', 'jumped', 'surged', 'soared', 'multiplied', 'doubled'],
  hedges: ['by', 'over', 'more than', 'nearly', 'almost', 'about', 'around', 'roughly', 'some'],
  comparisons: ['more', 'as', 'higher', 'larger', 'greater', 'bigger', 'fewer', 'less', 'lower', 'smaller', 'that', 'the'],
};
/** Missile models named with a space: "Hwasong 11", "KN 23"; the number is the model's, not an amount. */
export { MODEL_PREFIXES, NAME_NUMBER_PREFIXES } from './lexicon/en/counts';

/** Lengths, calibres and weights that are not tonnes: "240 mm", "30 km", "155-millimetre". */
export const LENGTH_UNITS = [
  'mm',
  'millimetres',
  'millimetre',
  'millimeters',
  'millimeter',
  'centimetres',
  'centimetre',
  'centimeters',
  'centimeter',
  'cm',
  // "20-foot containers", "3,000 feet".
  'foot',
  'feet',
  'ft',
  'km',
  'kilometres',
  'kilometre',
  'kilometers',
  'kilometer',
  'kms',
  'm',
  'metres',
  'metre',
  'meters',
  'meter',
  'miles',
  'mile',
  'mph',
  'kph',
  'kg',
  'kilograms',
  'kilogram',
  'kgs',
  'lbs',
  // "1,100-pound warheads": a weight, not a count.
  'pound',
  'pounds',
  'calibre',
  'caliber',
  'inches',
  'inch',
  'feet',
  'ft',
  'gb',
  'mb',
  'kb',
  'mhz',
  'ghz',
  'kw',
  'mw',
  'gw',
  'kwh',
  'mwh',
  'degrees',
];

/** Sizes said only as a hyphened adjective, no count of what follows: "the 32-page UN report", "a 10-point plan". */
export const HYPHENED_SIZES = ['page', 'point'];

/** Said after a clock time: "10 a.m.", "14:00 GMT". */
export const TIME_SUFFIXES = ['a.m.', 'p.m.', 'am', 'pm', 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'kst', 'msk', 'hrs', 'h'];

/** Said before a rank, an age or a ratio's second term: "No. 1", "#1", "Top 10", "aged 19", "one in three". */
export const RANK_OR_AGE_PREFIXES = [
  'no.',
  'no',
  '#',
  'ranked',
  'rank',
  'aged',
  'age',
  'ages',
  // "they were aged between 25 and 40", "between the ages of 18 and 25".
  ...['aged', 'ages', 'age'].flatMap((a) => [`${a} between`, `${a} from`]),
  'between the ages of',
  // "primarily under the age of 20".
  'the age of',
  'page',
  'vol.',
  'chapter',
  'section',
  'article',
  'resolution',
  'flight',
  'route',
  'highway',
  'room',
  // A ratio's second term: "one in three ballistic missiles", "1 in 5 shells" (a ratio said of a whole, "one in three
  // of the troops", is a fraction).
  ...['one', '1'].flatMap((n) => [`${n} in`, `${n} out of`]),
];

/** A person's death said after an age between commas: "Matsegora, 70, had died on Saturday". */
export const DIED_AFTER_AGE = ['died', 'had died', 'has died', 'who died', 'passed away', 'has passed away', 'had passed away'];
/** A stage of a contest, before one or two plain digits: "advanced into the round of 16" (not "a round of 3,000 troops"). */
export const STAGE_PREFIXES = ['round of'];
/** "Top 10" is a rank, but after what it counts "top" is a verb: "North Korean casualties top 4,700". */
/**
 * Plural nouns of people and munitions no year stands before: "between 1200 and 2000 soldiers" are counts, though
 * four plain digits from 1800 to 2100 are otherwise read as a year.
 */
export const COUNTED_NOT_YEARS = [
  ...['soldiers', 'troops', 'people', 'personnel', 'servicemen', 'fighters', 'casualties', 'workers', 'men'],
  ...['shells', 'rounds', 'containers', 'missiles', 'rockets', 'railcars', 'barrels', 'tons', 'tonnes'],
];
/**
 * Verbs of change: a "from" after one in its clause starts a change, two amounts, not a range ("revised its estimate
 * of North Korean troops from 3,000 to 10,000"); "estimates range from 10,000 to 12,000" is still a range.
 */
export const CHANGE_VERBS = [
  ...['rise', 'rises', 'rose', 'risen', 'rising', 'grow', 'grows', 'grew', 'grown', 'growing', 'increase', 'increases'],
  ...['increased', 'increasing', 'jump', 'jumped', 'climb', 'climbed', 'soar', 'soared', 'surge', 'surged', 'swell'],
  ...['swelled', 'double', 'doubled', 'triple', 'tripled', 'expand', 'expanded', 'boost', 'boosted'],
  ...['go up', 'went up', 'gone up', 'revise', 'revised', 'revising', 'raise', 'raised', 'raising', 'upped', 'update'],
  ...['updated', 'adjust', 'adjusted', 'change', 'changed', 'fall', 'fell', 'fallen', 'drop', 'dropped', 'decrease'],
  ...['decreased', 'decline', 'declined', 'shrink', 'shrank', 'shrunk', 'reduce', 'reduced', 'went down', 'gone down'],
];
/** The word a change begins with: "rose from 3,000 to 10,000". */
export const CHANGE_FROM = 'from';
/** …not after these, which make "from … to" a range again: "estimates that range from 10,000 to 12,000". */
export const RANGE_BEFORE_FROM = ['range', 'ranges', 'ranging', 'ranged', 'anywhere', 'vary', 'varies', 'varying'];
/** Words before a year that date no event of the sentence: "since 2006", "born in 1999". */
// "born in 2005 and 1999", "since 2016 and 2021": the second of such a list too.
export const YEARS_NOT_DATING = { before: ['since', 'since the', 'born', 'born in', 'from'], listedAfter: ['born', 'born in', 'since'] };
/** Prepositions of time that keep four digits a year whatever follows: "in 2000 soldiers died". */
export const YEAR_PREPOSITIONS = ['in', 'since', 'until', 'by'];
export const RANK_TOP = 'top';
/** Likewise "number": a rank ("number 1"), but a verb after what it counts or "to": "thought to number 12,000". */
export const RANK_NUMBER = 'number';
export const TOP_AS_VERB_AFTER = [
  ...['casualties', 'losses', 'deaths', 'dead', 'toll', 'tally', 'count', 'total', 'estimates', 'figures', 'numbers'],
  ...['troops', 'soldiers', 'forces', 'shipments', 'deliveries', 'exports', 'sales', 'earnings', 'revenue', 'revenues'],
];
export const NUMBER_AS_VERB_AFTER = [...TOP_AS_VERB_AFTER, 'to', 'which', 'who', 'that', 'fighters', 'personnel'];

/** Words of time before a two-digit year: "in '24", "since '22", "summer '25". */
export const SHORT_YEAR_WORDS = [
  ...['in', 'since', 'of', 'by', 'until', 'till', 'from', 'to', 'through', 'during', 'before', 'after'],
  ...['spring', 'summer', 'autumn', 'fall', 'winter', 'class', 'early', 'late', 'mid'],
];

/** Verbs whose particle "over" stands before the amount: "handed over 1.5 million projectiles". */
export const PARTICLE_VERBS = ['handed', 'hand', 'hands', 'handing', 'turned', 'turn', 'turns', 'turning', 'signed', 'sign', 'signs'];

/** Words for an age as a sentence's subject, its link to whose age and its verb: "The average age of DPRK soldiers … is 23–27". */
export const AGE_SUBJECTS = ['age', 'average age', 'median age', 'mean age'];
export const AGE_OF = 'of';
export const AGE_VERBS = ['is', 'was', 'are', 'were'];
/** Words that join two amounts of a list: "122 and 152 mm", "Mr. Ri, 27, and Mr. Baek". */
export const LIST_JOINERS = ['and', 'or'];
/** After "may", words that make it the verb, no month: "30 and 40 may be sent". */
export const MAY_AS_VERB_NEXT = ['be', 'have', 'not', 'also', 'well', 'soon', 'already', 'still', 'now', 'eventually', 'reach', 'exceed'];

/** Titles before a name whose age follows between commas: "Mr. Ri, 27, and Mr. Baek, 22". */
export const PERSON_TITLES = ['mr', 'mrs', 'ms', 'dr', 'pvt', 'private', 'sgt', 'sergeant', 'lt', 'lieutenant', 'cpl', 'corporal'];

/** Said after an age: "19-year-old", "19 years old". */
export const AGE_SUFFIX = /^[- ](?:years?|yrs?)[- ]olds?\b/;

/** Ordinal suffixes on digits: "3rd", "21st". */
export const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/;
