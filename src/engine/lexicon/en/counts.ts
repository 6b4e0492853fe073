/**
 * English words that say what a figure counts (count-kind.ts): for one period or
 * up to a date, of all forces or some, of a thing or one kind of it. Each list is
 * one role; the reader compiles them with lexicon/compile.ts.
 */
import type { Period } from '../../counts';

/** Rates, before or after the amount: "3 million shells annually", "each year, 3 million shells". */
export const RATES: Record<Period, readonly string[]> = {
  week: ['per week', 'each week', 'every week'],
  month: ['per month', 'each month', 'every month'],
  year: ['per year', 'each year', 'every year', 'annually', 'per annum'],
  other: ['per day', 'each day', 'every day'],
};

/** Rates only after the amount, where they cannot be a moment: "$2,000 a month" (but "a month later"). */
export const RATES_AFTER: Record<Period, readonly string[]> = {
  week: ['a week', 'weekly'],
  month: ['a month', 'monthly'],
  year: ['a year', 'yearly'],
  other: ['a day', 'daily'],
};

/** Rates as adjectives of the thing counted: "an annual supply of 3 million", "a monthly salary of $2,000". */
export const RATE_ADJECTIVES: Record<Period, readonly string[]> = {
  week: ['weekly'],
  month: ['monthly'],
  year: ['annual', 'yearly'],
  other: ['daily'],
};
/** What joins such an adjective's noun to the amount. */
export const RATE_LINKS = ['of', 'at', 'to', 'is', 'was', 'totalling', 'totaling', 'worth', 'reaching', 'amounting to'];

/** Spans the count happened in, standing alone: "last month, 3,000 more arrived". */
export const SPANS: Record<Period, readonly string[]> = {
  week: ['last week', 'this week'],
  month: ['last month', 'this month'],
  year: ['last year', 'this year'],
  other: ['yesterday', 'last night', 'overnight'],
};

/** Spans after a preposition: "in the past week", "over a single day". */
export const SPAN_PREPOSITIONS = ['in', 'over', 'during', 'within', 'throughout'];
export const SPANS_AFTER_PREPOSITION: Record<Period, readonly string[]> = {
  week: ['the past week', 'the last week', 'the previous week', 'a single week', 'one week'],
  month: ['the past month', 'the last month', 'the previous month', 'a single month', 'one month'],
  year: ['the past year', 'the last year', 'the previous year', 'a single year', 'one year'],
  other: [
    'a single day',
    'one day',
    'the past day',
    '24 hours',
    'the past 24 hours',
    'the last 24 hours',
    '48 hours',
    'the past 48 hours',
    'the past few days',
    'the past two days',
    'the past three days',
    'the past two weeks',
    'the past few weeks',
    'two weeks',
    'a single night',
  ],
};

/** A month named as a period: "in January alone", "during March" (a bare "in January" may date a statement). */
export const MONTH_PREPOSITIONS = ['during', 'throughout', 'in the month of'];
export const MONTH_EMPHASIS_PREPOSITIONS = ['in'];
export const EMPHASIS = ['alone', 'only'];

/** Words before a span that make it a moment or a start: "as of last month", "since last year", "for a year". */
export const MOMENT_BEFORE = [
  'as of',
  'by',
  'since',
  'until',
  'till',
  'through',
  'from',
  'before',
  'after',
  'than',
  'for',
  'nearly',
  'almost',
  'about',
  'around',
  'as early as',
  'as recently as',
  'end of',
  'start of',
  'beginning of',
  'middle of',
  'late',
  'early',
  'mid',
];
/** "since March of this year", "in January last year": a span after a month names the month's year, a date. */
export const DATE_LINKS = ['of'];

/** Words after a span that make it a moment: "a year ago", "a month after", "last year's", "a year into". */
export const MOMENT_AFTER = ['ago', 'after', 'before', 'later', 'earlier', 'of', 'into', 'since', "'s"];

/** Verbs that date a statement: in "said last month", the month is the saying's, not the count's. */
export const STATEMENT_VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'reported',
  'reports',
  'announced',
  'announces',
  'stated',
  'claimed',
  'claims',
  'noted',
  'added',
  'wrote',
  'disclosed',
  'revealed',
  'confirmed',
  'briefed',
  'estimated',
  'estimates',
  'assessed',
  'testified',
  'warned',
  'according to',
];

/** A start a running total counts from: "since December", "since the start of the war". */
export const SINCE = ['since'];
export const SINCE_STARTS = [
  'the start',
  'the beginning',
  'the outset',
  'the first',
  'the launch',
  'the war',
  'the invasion',
  'the incursion',
  'the deployment',
  'their deployment',
  'their arrival',
  'last',
  'early',
  'late',
  'mid',
  'then',
];

/** One battle or one action: "in one assault", "in the battle for Pokrovsk". */
export const BATTLES = [
  'in one assault',
  'in a single assault',
  'in one attack',
  'in a single attack',
  'in one battle',
  'in a single battle',
  'in one engagement',
  'in a single engagement',
  'in the battle for',
  'in the battle of',
  'in the battles for',
  'in the fighting for',
  'in the fight for',
  'in fighting for',
  'in the assault on',
  'in an assault on',
  'in the attack on',
  'in an attack on',
  'in the storming of',
];

/** Some units, not the whole force: "some units", "members of the brigade". */
export const SOME_UNITS = [
  'some units',
  'certain units',
  'several units',
  'some of the units',
  'one unit',
  'a single unit',
  'one battalion',
  'a single battalion',
  'one brigade',
  'a single brigade',
  'one regiment',
  'a single regiment',
  'one company',
  'one platoon',
  'the brigade',
  'the battalion',
  'the regiment',
  'the platoon',
  'the unit',
];
/** Kinds of troops that are some of the force: "1,000 sappers", "5,000 military builders". */
export const TROOP_KINDS = [
  'sappers',
  'deminers',
  'de-miners',
  'mine clearers',
  'engineers',
  'combat engineers',
  'engineer troops',
  'engineering troops',
  'military engineers',
  'builders',
  'military builders',
  'construction workers',
  'military construction workers',
  'construction troops',
  'construction personnel',
  'military construction personnel',
];

/** One town or village: "in Pokrovsk", "near the villages of", "in the Kursk town of". */
export const PLACE_PREPOSITIONS = ['in', 'near', 'around', 'outside', 'at', 'into', 'on the outskirts of'];
export const SETTLEMENTS = ['village of', 'villages of', 'town of', 'towns of', 'city of', 'settlement of', 'settlements of', 'hamlet of'];
/** Towns of the front a count may be confined to. */
export const TOWNS = [
  'pokrovsk',
  'myrnohrad',
  'sudzha',
  'kurakhove',
  'toretsk',
  'chasiv yar',
  'bakhmut',
  'avdiivka',
  'vuhledar',
  'kupiansk',
  'vovchansk',
  'kostiantynivka',
  'huliaipole',
  'plekhovo',
  'vorozhba',
];
/**
 * Regions of the war: one is part of the war's whole toll ("Russian losses in
 * the Kursk region"), though it may be all of a force sent there.
 */
export const REGIONS = [
  'kursk',
  'belgorod',
  'bryansk',
  'donetsk',
  'luhansk',
  'zaporizhzhia',
  'kherson',
  'kharkiv',
  'sumy',
  'donbas',
  'crimea',
];
export const REGION_PREPOSITIONS = ['in', 'into', 'near', 'around', 'during', 'on'];
export const REGION_NOUNS = ['region', 'oblast', 'province', 'operation', 'offensive', 'incursion', 'front'];
export const REGION_DETERMINERS = ['the', "russia's", "ukraine's", 'russian', 'ukrainian'];

/** Words right before a part of a figure just given: "12,000 troops, of whom 3,000 are engineers". */
export const PARTITIVES = [
  'of which',
  'of whom',
  'of them',
  'of those',
  'of these',
  'among them',
  'among whom',
  'among those',
  'including',
];
/** …or right after it: "12,000 troops, 3,000 of whom are engineers". */
export const PARTITIVES_AFTER = ['of whom', 'of which', 'of them', 'of those', 'of these'];
/** …or open on the whole before the part: "Of the 12,000 sent, 3,000 …". */
export const PARTITIVE_OPENERS = ['of the', 'of those', 'of these', 'of', 'among the'];

/** Calibres: "122-millimeter", "152mm". */
export const CALIBRE_UNITS = [
  'mm',
  'millimeter',
  'millimeters',
  'millimetre',
  'millimetres',
  'cm',
  'centimeter',
  'centimeters',
  'centimetre',
  'centimetres',
];
/** Kinds of munition: "mortar shells", "anti-tank rounds". */
export const MUNITION_KINDS = ['mortar', 'anti-tank', 'anti-aircraft', 'howitzer'];
/** Prefixes of missile models: "KN-23", "Hwasong-11". */
/** Months' short names, which end no sentence with their full stop: "Jan.", "Sept.". */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
/** Months by name and short name. */
export const MONTHS = [
  ...['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ...MONTH_ABBREVIATIONS,
];

export const MODEL_PREFIXES = ['kn', 'hwasong'];
/** Names whose number is part of them, as a model's is: "as reported by AFP and France 24", "Channel 4 News". */
// Not "channel", a verb too: "plans to channel 10,000 troops".
export const NAME_NUMBER_PREFIXES = [
  ...['france', 'rossiya'],
  // Aircraft named by maker and model: "the Royal New Zealand Air Force plane, a Boeing 757".
  ...['boeing', 'airbus', 'ilyushin', 'tupolev', 'antonov', 'embraer'],
];

/** Words that end the noun phrase a figure counts: "122 mm shells to Russia". */
export const PHRASE_ENDS = [
  'to',
  'from',
  'for',
  'in',
  'into',
  'by',
  'with',
  'since',
  'that',
  'which',
  'who',
  'whom',
  'were',
  'was',
  'have',
  'has',
  'had',
  'are',
  'is',
  'be',
  'been',
  'will',
  'would',
  'could',
  'as',
  'at',
  'on',
  'while',
  'but',
  'than',
  'per',
  'a',
  'each',
  'every',
];

/** Words after a comma that open another clause: "3,000 killed, while 10,000 remain". */
export const CLAUSE_OPENERS = [
  'while',
  'whereas',
  'but',
  'although',
  'though',
  'meanwhile',
  'compared with',
  'compared to',
  'up from',
  'down from',
];
