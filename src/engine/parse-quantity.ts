/**
 * The quantity grammar: finds every amount in a text ("about 12,000", "$5.5bn",
 * "tens of thousands", "one-third", "between 10,000 and 12,000") in one pass.
 *
 * It runs on every page, so it is written by hand: one anchor regex finds where a
 * number may start, and small sticky regexes read outwards from there. Numbers that
 * are not amounts (years, dates, times, ages, durations, calibres, model names,
 * ranks, phone numbers) are recognised and skipped. See docs/figures.md.
 */
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES } from './currencies';
import { foldText } from './fold-text';
import { alternation } from './lexicon/compile';
import {
  AGE_OF,
  AGE_SUBJECTS,
  AGE_SUFFIX,
  AGE_VERBS,
  CHANGE_FROM,
  CHANGE_VERBS,
  COUNTED_NOT_YEARS,
  DIED_AFTER_AGE as DIED_AFTER_AGE_WORDS,
  DURATION_UNITS,
  HYPHENED_SIZES,
  LENGTH_UNITS,
  LIST_JOINERS,
  MAY_AS_VERB_NEXT,
  MODEL_PREFIXES,
  MONTHS,
  MULTIPLIERS,
  NAME_NUMBER_PREFIXES,
  NUMBER_AS_VERB_AFTER,
  ORDINAL_SUFFIX,
  PART_OF_PERIOD_ORDINALS,
  PARTICLE_VERBS,
  PERSON_TITLES,
  RANGE_BEFORE_FROM,
  RANK_NUMBER,
  RANK_OR_AGE_PREFIXES,
  RANK_TOP,
  SHORT_YEAR_WORDS,
  STAGE_PREFIXES,
  TIME_SUFFIXES,
  TIMES_MULTIPLIER,
  TOP_AS_VERB_AFTER,
  YEAR_PREPOSITIONS,
} from './not-quantities';
import {
  COUPLE_VALUE,
  COUPLE_WORD,
  DECIMAL_DIGIT_WORDS,
  DECIMAL_POINT_WORD,
  FRACTION_WORDS,
  ONE_OF_A_SCALE,
  PLURAL_DIGITS,
  RATIO,
  SCALE_ABBREVIATIONS,
  SCALE_WORDS,
  SHARE_FOLLOWS as SHARE_FOLLOWS_WORDS,
  SPACED_SCALE_ABBREVIATIONS,
  TENS_WORDS,
  UNIT_WORDS,
  VAGUE_AMOUNTS,
} from './number-words';
import { PREPOSITION_QUALIFIERS, QUALIFIERS, QUALIFIERS_AFTER } from './qualifiers';
import type { Bound, Currency, Quantity, QuantityUnit } from './quantity';
import { meter } from './step-meter';
import type { Value } from './value';

const WORD_VALUES: Readonly<Record<string, number>> = { ...UNIT_WORDS, ...TENS_WORDS };
const ANCHOR_WORDS = new Set([
  ...Object.keys(WORD_VALUES),
  ...ONE_OF_A_SCALE,
  COUPLE_WORD,
  'half',
  'dozens',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'tens',
  'several',
  'low',
  'many',
]);
const ANCHOR = new RegExp(`(?<![\\d.,])\\d|\\b(?:${alternation([...ANCHOR_WORDS])})\\b`, 'g');

/**
 * Digits grouped by full stops, as European writers put them: "around 28.000 containers", "1.500 soldiers". Only
 * before a word that is no scale, unit sign or percent ("2.500 million" and "1.500%" stay decimals), or at a clause's
 * end ("they believed it was at least 1.000."), and never after a leading zero.
 */
const DOT_GROUPED = `[1-9]\\d{0,2}(?:\\.\\d{3}(?!\\d))+(?= (?!(?:${alternation([...Object.keys(SCALE_WORDS), 'percent', 'per'])})\\b)[a-z]|[.,;:!?)](?:\\s|$)|$)`;
// Thousands grouped by commas, spaces, full stops, or apostrophes ("10'000", and "10‚000" with a low quote, folded so);
// a comma and a space before "000", as rewrites break it ("roughly 12, 000 North Korean troops"), or a space before the
// comma ("more than 12 ,000 soldiers"); Indian grouping by
// lakhs ("1,00,000 soldiers").
const DIGITS = new RegExp(
  `(\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)|\\d{1,3}(?:,\\d{3}(?!\\d))+|\\d{1,3}, 000(?![\\d,])|\\d{1,3} ,\\d{3}(?![\\d,])|\\d{1,3}(?: \\d{3}(?!\\d))+|\\d{1,3}(?:'\\d{3}(?!\\d))+|${DOT_GROUPED}|\\d+)(\\.\\d+)?`,
  'y',
);
const WORD = /[a-z]+/y;
const SCALE_AFTER_DIGITS = new RegExp(
  // A scale in the plural after a number, as some translated copy has it: "3 millions shells".
  `[ -]?(${alternation(Object.keys(SCALE_WORDS))})s?\\b|(${alternation(Object.keys(SCALE_ABBREVIATIONS))})(?![a-z])| (${alternation(SPACED_SCALE_ABBREVIATIONS)})\\b`,
  'y',
);
/** The amount a plural scale word may follow: "3 millions", not "2022 millions". */
const PLURAL_SCALE_BELOW = 1000;
/** A decimal times its scale is read to this many significant digits, past any binary rounding error. */
const SIGNIFICANT_DIGITS = 15;
/** A plural noun of people or munitions right after four digits: a count, not a year ("2000 soldiers"). */
/** …unless a preposition of time stands before the digits: "in 2000 soldiers died" keeps its year. */
const YEAR_PREPOSITION_BEFORE = new RegExp(`(?:^|[^a-z])(?:${alternation(YEAR_PREPOSITIONS)}) $`);
const COUNTED_AFTER = new RegExp(` (?:${alternation(COUNTED_NOT_YEARS)})\\b`, 'y');
const PERCENT = /(?: ?%| ?-?(?:percent|per cent|pct)\b)/y;
const CURRENCY_AFTER = new RegExp(` (${alternation(CURRENCY_SUFFIXES.map((c) => c.text))})\\b(?!')`, 'y');
/** After a vague amount only a word that cannot be a verb: "thousands won medals" is no money. */
const VAGUE_CURRENCY_AFTER = new RegExp(
  ` (${alternation(CURRENCY_SUFFIXES.filter((c) => c.text !== 'won').map((c) => c.text))})\\b(?!')`,
  'y',
);
// With the larger scale after it, if one follows: "100s of thousands of shells".
const PLURAL_OF_DIGITS = /['\u2019]?s(?: of (thousands|millions|billions)\b|(?= of\b))/y;
const VAGUE = new RegExp(`(${alternation(VAGUE_AMOUNTS.map((v) => v.words))})\\b`, 'y');
const VAGUE_MONEY = new RegExp(` of (${alternation(CURRENCY_SUFFIXES.map((c) => c.text))})\\b`, 'y');
const FRACTION = new RegExp(`(${alternation(FRACTION_WORDS.map((f) => f.words))})\\b`, 'y');
/** "half", "a third": a share only where "of", a verb or a count follows ("a third were killed", not "a third batch"). */
// …or the whole counted right after it: "lost roughly half the 11,000 troops it deployed".
const SHARE_FOLLOWS = new RegExp(
  ` (?:${alternation(SHARE_FOLLOWS_WORDS.words)})\\b| (?:${alternation(SHARE_FOLLOWS_WORDS.wholes)}) (?:(?=\\d)|(?:[a-z'-]+ ){0,2}(?:${alternation(SHARE_FOLLOWS_WORDS.forces)})\\b(?! (?:${alternation(SHARE_FOLLOWS_WORDS.notLost)})\\b))`,
  'y',
);
const SHARE_BY = /\bby $/;
const SHARE_BY_LENGTH = 4;
// Not "two and half million", whose half is the whole number's.
const PART_OF_SCALE = / ?(half a|a half|a quarter of a|quarter of a|(?<!\band ?)half)[ -](thousand|million|billion)\b/y;
/** "one and a half million", "four-and-a-half thousand", "two and half million": the half a whole number of a scale carries. */
/** A fraction of one of a scale after a fraction word: " of a million". */
const FRACTION_OF_SCALE = new RegExp(` of a[ -](${alternation(Object.keys(SCALE_WORDS).filter((w) => SCALE_WORDS[w]! >= 1e3))})\\b`, 'y');
const AND_A_HALF = /and[ -](?:a[ -])?half[ -](?=(?:thousand|million|billion|trillion)\b)/y;
const RANGE_JOIN = / ?(?:-|\u2014|to) ?/y;
const RANGE_AND = / and /y;
const RANGE_DASH = / ?(?:-|\u2014) ?/y;
const RANGE_TO = / to /y;
/** A currency sign repeated on a range's second end: "₩1,000–₩2,000", "¥500–¥1,200". */
const RANGE_SIGN = new RegExp(alternation(CURRENCY_PREFIXES.map((c) => c.text).filter((text) => /[^a-z]/.test(text))), 'y');

/** Bounds that are also a verb's particle before "one": "took over one of the villages". */
const PHRASAL_BOUNDS = new Set(['over', 'above']);
/** The bounds that make a lone "one" a count: "at least one North Korean missile", "more than one". */
const ONE_BOUNDED = new RegExp(
  `(?:^|[^a-z])(?:${alternation(QUALIFIERS.filter((q) => q.bound === 'min' && !PHRASAL_BOUNDS.has(q.words)).map((q) => q.words))}) $`,
);
const QUALIFIER_AFTER = new RegExp(`(?:${alternation(QUALIFIERS_AFTER.map((q) => q.words))})(?![a-z])`, 'y');
const QUALIFIER_AFTER_BOUND = new Map(QUALIFIERS_AFTER.map((q) => [q.words, q.bound]));
/** Verbs whose particle "over" is no qualifier: "handed over 1.5 million projectiles", "turned over 300". */
const PARTICLE_VERB_BEFORE = new RegExp(`\\b(?:${alternation(PARTICLE_VERBS)}) +$`);
const QUALIFIER_BEFORE = new RegExp(`(?:^|[^a-z])(${alternation(QUALIFIERS.map((q) => q.words)).replace(/ /g, ' +')}) *$`);
/** The currencies' codes, which may follow an amount ("9.8 billion USD") or repeat its sign ("$2,000 USD"). */
const CURRENCY_CODES = new Set(CURRENCY_SUFFIXES.filter((c) => c.text === c.currency.toLowerCase()).map((c) => c.text));
const CURRENCY_BEFORE = new RegExp(`(?:^|[^a-z])(${alternation(CURRENCY_PREFIXES.map((c) => c.text))}) ?$`);
const MONTH_BEFORE = new RegExp(`\\b(?:${alternation(MONTHS)})\\.? $`);
/** A day's ordinal suffix: "the 15th". */
const ORDINAL = '(?:st|nd|rd|th)';
/** A later day of a month's list: "on Dec. 14 and 15", "on December 14-15". */
const DAY_LISTED_BEFORE = new RegExp(
  `\\b(?:${alternation(MONTHS)})\\.? \\d{1,2}${ORDINAL}?(?:,? (?:${alternation(LIST_JOINERS)}) |[-\u2013])$`,
);
/** A month after the day; "may" only where no verb follows ("30 may be sent"). */
const MONTH_NAMED = `(?:${alternation(MONTHS)})\\b(?<!\\bmay)|may\\b(?! (?:${alternation(MAY_AS_VERB_NEXT)})\\b)`;
const MONTH_AFTER = new RegExp(`${ORDINAL}?(?: of)? (?:${MONTH_NAMED})`, 'y');
/** "on 14 and 15 December": an earlier day of a month's list. */
const DAY_LISTED_AFTER = new RegExp(
  `${ORDINAL}?(?:,? (?:${alternation(LIST_JOINERS)}) |[-\u2013])\\d{1,2}${ORDINAL}?(?: of)? (?:${MONTH_NAMED})`,
  'y',
);
/** A two-digit year's apostrophe after a word of time: "in '24", "since '22", "summer '25". */
const SHORT_YEAR_BEFORE = new RegExp(`\\b(?:${alternation(SHORT_YEAR_WORDS)}) '$`);
/** The later ages of a list: "aged 20 and 26", "aged between 25 and 40". */
/** An age said as the subject's: "The average age of DPRK soldiers arriving in Russia is 23–27". */
const AGE_IS_REACH = 80;
const AGE_IS_BEFORE = new RegExp(`\\b(?:${alternation(AGE_SUBJECTS)}) ${AGE_OF} [^.,;:]{1,50} (?:${alternation(AGE_VERBS)}) $`);
/** What may follow a titled name's age: a comma, the end, or the next of a list ("Mr. Ri, 27, and Mr. Baek"). */
/** A word and a comma before an age, and the death after it: "Matsegora, 70, had died". */
const NAME_COMMA_BEFORE = /[a-z], $/;
const DIED_AFTER_AGE = new RegExp(`^, (?:${alternation(DIED_AFTER_AGE_WORDS)})\\b`);
const AFTER_NAMED_AGE = new RegExp(`^(?:,|$| (?:${alternation(LIST_JOINERS)})\\b)`);
const AGE_LIST_BEFORE = /\bage[sd]?(?: between| from| of)? \d+(?:, ?\d+)*,? (?:and|or|to) $/;
/** The words an age list, an age said of a group and a month may end on before a number, looked up before their patterns. */
const AGE_LIST_ENDS = new Set(['and', 'or', 'to']);
const AGE_VERB_ENDS = new Set(AGE_VERBS);
const MONTH_ENDS = new Set(MONTHS);

/**
 * The letters that end `text` before a space and perhaps a full stop ("… were " gives "were", "(dec. " gives "dec",
 * "mid-october " gives "october"); else "". Read back letter by letter, as a pattern anchored at the end would be.
 */
function lastWord(text: string): string {
  let end = text.length - 1;
  if (text[end] !== ' ') return '';
  if (text[end - 1] === '.') end--;
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) {
    meter.steps++;
    start--;
  }
  return text.slice(start, end);
}
/** A titled name just before an age between commas: "Mr. Ri, 27, and Mr. Baek, 22". */
const TITLED_NAME_BEFORE = new RegExp(`\\b(?:${alternation(PERSON_TITLES)})\\.? [a-z'-]+(?: [a-z'-]+)?, $`);
const RANK_BEFORE = new RegExp(
  `(?:^|[^a-z])(?:${alternation(RANK_OR_AGE_PREFIXES)}|(?<!\\b(?:${alternation(TOP_AS_VERB_AFTER)}) )${RANK_TOP}) ?$`,
);
const STAGE_BEFORE = new RegExp(`(?:^|[^a-z])(?:${alternation(STAGE_PREFIXES)}) $`);
/** The longest stage prefix with its space and the character before it: read no further back for each small number. */
const STAGE_REACH = Math.max(...STAGE_PREFIXES.map((p) => p.length)) + 2;
/** "number 1", a rank; not where "number" is a verb ("thought to number 12,000"), nor before thousands. */
const NUMBER_RANK_BEFORE = new RegExp(`(?:^|[^a-z])(?<!\\b(?:${alternation(NUMBER_AS_VERB_AFTER)}) )${RANK_NUMBER} ?$`);
/** Digits grouped by thousands: after "number", a count ("reserves number 12,000"), not a rank or an id ("number 2397"). */
const GROUPED = /[, .\u00a0\u202f']/;
/** "Hwasong 11", "KN 23": a missile model's number after its name and a space; a name's own ("France 24"). */
const MODEL_BEFORE = new RegExp(`(?:^|[^a-z])(?:${alternation([...MODEL_PREFIXES, ...NAME_NUMBER_PREFIXES])}) $`);
const TIMES_AFTER = new RegExp(` ${TIMES_MULTIPLIER.word}(?= (?:${alternation(TIMES_MULTIPLIER.comparisons)})\\b)`, 'y');
const TIMES_AT_END = new RegExp(` ${TIMES_MULTIPLIER.word}\\b`, 'y');
const CHANGED_BEFORE = new RegExp(`\\b(?:${alternation(TIMES_MULTIPLIER.changeVerbs)})(?: (?:${alternation(TIMES_MULTIPLIER.hedges)}))? $`);
const DURATION_AFTER = new RegExp(`[- ](?:${alternation(DURATION_UNITS)})(?![a-z])`, 'y');
/** "a year and a half": a duration's half said after it. */
const HALF_OF_DURATION_BEFORE = new RegExp(`[- ](?:${alternation(DURATION_UNITS)}) and (?:a )?$`);
/** "in the second half of 2023", "in the first quarter": a part of a period, no share. */
const PART_OF_PERIOD_BEFORE = new RegExp(`\\b(?:${alternation(PART_OF_PERIOD_ORDINALS)}) $`);
/** "two and a half days", "the two-and-a-half-year-long war": a duration, however its half is said. */
const HALF_DURATION_AFTER = new RegExp(`[ -]and[ -]a[ -]half[ -](?:${alternation(DURATION_UNITS)})(?![a-z])`, 'y');
const LENGTH_AFTER = new RegExp(
  `[- ]?(?:${alternation([...LENGTH_UNITS, ...MULTIPLIERS])})(?![a-z])|-(?:${alternation(HYPHENED_SIZES)})(?![a-z])`,
  'y',
);
/** A vague amount's unit of length: "thousands of kilometers". */
const VAGUE_LENGTH_AFTER = new RegExp(` of (?:${alternation(LENGTH_UNITS)})(?![a-z])`, 'y');
/** The first of two calibres, the unit said after the second: "shells of 122 and 152 mm calibers". */
const FIRST_OF_LENGTHS = new RegExp(
  `(?:,? (?:${alternation(LIST_JOINERS)})|,) \\d{2,3}[- ]?(?:${alternation(LENGTH_UNITS)})(?![a-z])`,
  'y',
);
/** The first of two ages: "believed to be 20 and 26 years old". */
const FIRST_OF_AGES = new RegExp(`(?:,? (?:${alternation(LIST_JOINERS)})|,) \\d{1,2}(?=${AGE_SUFFIX.source.slice(1)})`, 'y');
const TIME_AFTER = new RegExp(`(?::\\d\\d| ?(?:${alternation(TIME_SUFFIXES)})(?![a-z]))`, 'y');
const PHONE = /\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?!\d)/y;
const LOOK_BEHIND = 40;
/** More digits than a double holds exactly: an identifier or a code, never an amount (and past 309, Infinity). */
const MOST_DIGITS = 15;

const QUALIFIER_BOUND = new Map(QUALIFIERS.map((q) => [q.words, q.bound]));
const CURRENCY_BY_PREFIX = new Map(CURRENCY_PREFIXES.map((c) => [c.text, c.currency]));
const CURRENCY_BY_SUFFIX = new Map(CURRENCY_SUFFIXES.map((c) => [c.text, c.currency]));
const SCALES: Readonly<Record<string, number>> = { ...SCALE_WORDS, ...SCALE_ABBREVIATIONS };

/** An amount as read, before qualifiers and ranges are attached. */
interface Core {
  start: number;
  end: number;
  value: Value;
  unit: QuantityUnit;
  vague: boolean;
  scaled: boolean;
  /** The scale word's factor ("three thousand" → 1000), which a range's first end may share. */
  factor: number;
  /** A plain 4-digit number that reads as a year unless something says otherwise. */
  yearLike: boolean;
}

type Read = { core: Core } | { skip: number } | null;

function sticky(re: RegExp, t: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(t);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch >= 'a' && ch <= 'z';
}

/** Digits, with their scale word, or a sign that the number is no amount at all. */
function readDigits(t: string, at: number, rangeEnd: boolean): Read {
  const before = t[at - 1];
  // Letters glued before the digits make them part of a word ("kn23"), unless they are a currency's code ("USD540").
  const glued = isLetter(before) && !CURRENCY_BEFORE.test(t.slice(Math.max(0, at - LOOK_BEHIND), at));
  const attached = glued || (!rangeEnd && (before === '-' || before === '/' || before === '_'));
  if (attached) return { skip: skipToken(t, at) };
  if (before === '+' || before === '(' || /[\d(+]/.test(t[at] ?? '')) {
    const phone = sticky(PHONE, t, before === '+' || before === '(' ? at - 1 : at);
    // A decimal point beside a hyphen is a range of decimals ("10.25-12.75 billion"), not a phone number.
    const decimals = phone?.[0].includes('.') && phone[0].includes('-');
    if (phone && !decimals && /[-.)+]/.test(phone[0]) && phone[0].replace(/\D/g, '').length >= 7 && !phone[0].includes(',')) {
      return { skip: PHONE.lastIndex };
    }
  }
  const m = sticky(DIGITS, t, at);
  if (!m) return null;
  let end = at + m[0].length;
  // "Pyongyang has despatched 1000's of troops": a power of ten in the plural is a vague amount.
  // "100s of thousands of shells": as "hundreds of thousands".
  const plural = PLURAL_DIGITS.get(m[0]);
  const pluralEnd = plural ? sticky(PLURAL_OF_DIGITS, t, end) : null;
  const words = pluralEnd?.[1] ? `${plural} of ${pluralEnd[1]}` : plural;
  const row = pluralEnd ? VAGUE_AMOUNTS.find((v) => v.words === words) : undefined;
  if (row && pluralEnd) {
    const value = { low: row.low, high: row.high };
    return {
      core: { start: at, end: end + pluralEnd[0].length, value, unit: 'count', vague: true, scaled: true, factor: 1, yearLike: false },
    };
  }
  const digits = (m[1] ?? '').replace(/[, .']/g, '');
  if (digits.length > MOST_DIGITS) return { skip: end };
  let value = Number(digits + (m[2] ?? ''));
  // A decimal comma, as European writers put it, before a scale word: "1,6 million shells".
  const comma = m[2] === undefined && /^\d+$/.test(m[0]) ? sticky(DECIMAL_COMMA, t, end) : null;
  if (comma) {
    value = Number(`${digits}.${comma[1]}`);
    end = DECIMAL_COMMA.lastIndex;
  }
  const window = t.slice(Math.max(0, at - LOOK_BEHIND), at);
  const last = lastWord(window);
  // "sent to Russia in '24": a year cut to two digits after a word of time.
  const shortYear = m[0].length === 2 && SHORT_YEAR_BEFORE.test(window);
  const ageOfNamed = m[0].length <= 2 && TITLED_NAME_BEFORE.test(window) && AFTER_NAMED_AGE.test(t.slice(end, end + 4));
  // "Matsegora, 70, had died on Saturday": an age between commas, the person's death after it.
  const ageOfTheDead =
    m[0].length === 2 &&
    t.startsWith(', ', end) &&
    NAME_COMMA_BEFORE.test(t.slice(Math.max(0, at - 3), at)) &&
    DIED_AFTER_AGE.test(t.slice(end, end + 24));
  if (
    ageOfNamed ||
    ageOfTheDead ||
    shortYear ||
    sticky(TIME_AFTER, t, end) ||
    RANK_BEFORE.test(window) ||
    (NUMBER_RANK_BEFORE.test(window) && !GROUPED.test(m[0])) ||
    (m[0].length <= 2 && STAGE_BEFORE.test(t.slice(Math.max(0, at - STAGE_REACH), at))) ||
    // A day after its month, not digits grouped by thousands: "sent since September 6,700 containers".
    (MONTH_ENDS.has(last) && MONTH_BEFORE.test(window) && !GROUPED.test(m[0])) ||
    (m[0].length <= 2 && DAY_LISTED_BEFORE.test(window)) ||
    MODEL_BEFORE.test(window) ||
    (AGE_LIST_ENDS.has(last) && AGE_LIST_BEFORE.test(window)) ||
    (AGE_VERB_ENDS.has(last) && AGE_IS_BEFORE.test(t.slice(Math.max(0, at - AGE_IS_REACH), at)))
  ) {
    return { skip: end };
  }
  if (sticky(ORDINAL_SUFFIX, t.slice(end), 0)) return { skip: end };
  // A day before its month is one or two digits: "15 May", not "3,000 may be sent".
  if (m[0].length <= 2 && (sticky(MONTH_AFTER, t, end) || sticky(DAY_LISTED_AFTER, t, end))) return { skip: end };
  let factor = 1;
  const read = sticky(SCALE_AFTER_DIGITS, t, end);
  // A plural scale only after fewer than a thousand ("3 millions shells"): "since 2022 millions of shells" is a year
  // and a vague amount.
  const scale = read && !(read[0].endsWith('s') && value >= PLURAL_SCALE_BELOW) ? read : null;
  if (scale) {
    factor = SCALES[scale[1] ?? scale[2] ?? scale[3] ?? ''] ?? 1;
    // To the digits written: "2.05 million" is 2,050,000, not the 2,049,999.9999999998 binary fractions give.
    value = Number((value * factor).toPrecision(SIGNIFICANT_DIGITS));
    end = SCALE_AFTER_DIGITS.lastIndex;
  }
  const scaled = factor > 1;
  if (isLetter(t[end]) || (t[end] === '.' && /\d/.test(t[end + 1] ?? ''))) return { skip: skipToken(t, end) };
  if (isNotAmountAfter(t, end, at) || isMultiplier(t, at, end)) return { skip: end };
  if (t[end] === '+' && !/[\d\w]/.test(t[end + 1] ?? '')) end += 1;
  const plain = !scaled && /^\d{4}$/.test(m[0]);
  return {
    core: {
      start: at,
      end,
      value,
      unit: 'count',
      vague: false,
      scaled,
      factor,
      yearLike:
        plain &&
        value >= 1800 &&
        value <= 2100 &&
        (!sticky(COUNTED_AFTER, t, end) || YEAR_PREPOSITION_BEFORE.test(t.slice(Math.max(0, at - 7), at))),
    },
  };
}

/** A multiplier ("increased over nine times", "three times more"), not a count. `at`: where the number's words begin. */
function isMultiplier(t: string, at: number, end: number): boolean {
  if (sticky(TIMES_AFTER, t, end)) return true;
  return sticky(TIMES_AT_END, t, end) !== null && CHANGED_BEFORE.test(t.slice(Math.max(0, at - LOOK_BEHIND), at));
}

/** An age as the first of two is written: one or two digits, or a word ("20 and 26 years old", "twenty and 26"). */
const LONGEST_AGE = 6;
const AGE_WRITTEN = /^[a-z]*\d{0,2}$/;
function isNotAmountAfter(t: string, end: number, at: number): boolean {
  return (
    sticky(DURATION_AFTER, t, end) !== null ||
    sticky(HALF_DURATION_AFTER, t, end) !== null ||
    sticky(LENGTH_AFTER, t, end) !== null ||
    sticky(FIRST_OF_LENGTHS, t, end) !== null ||
    (end - at <= LONGEST_AGE && AGE_WRITTEN.test(t.slice(at, end)) && sticky(FIRST_OF_AGES, t, end) !== null) ||
    AGE_SUFFIX.test(t.slice(end, end + 16))
  );
}

function skipToken(t: string, at: number): number {
  let i = at;
  while (i < t.length && /[a-z0-9]/.test(t[i]!)) {
    meter.steps++;
    i++;
  }
  return Math.max(i, at + 1);
}

/** "1,6 million": a comma with one or two digits before a scale word is a decimal comma. */
const DECIMAL_COMMA = /,(\d{1,2})(?= (?:thousand|million|billion|trillion)\b)/y;
/** "At one point, two million…": the idiom opening a clause, not a decimal. */
const AT_ONE_POINT = /(?:^|[.;:!?,(\u2013\u2014]\s*)at $/;
/** A spelled decimal is read before these only: "one point two million"; "one point two thousand" is too rare to risk. */
const DECIMAL_SCALE = /[ -](million|billion|trillion)\b/y;
/** What must follow "a couple" for it to be an amount: "a couple (of) thousand". */
const COUPLE_SCALE = / (?:of )?(?=(?:hundred|thousand|million|billion|dozen)\b)/y;

/** The digit words after a spelled point ("two", "two five"), as the decimal they make, and where they end. */
function decimalDigits(t: string, at: number): { value: number; end: number } | null {
  let digits = '';
  let end = at;
  let i = at;
  while (t[i] === ' ' || t[i] === '-') {
    meter.steps++;
    const m = sticky(WORD, t, i + 1);
    if (!m || !(m[0] in DECIMAL_DIGIT_WORDS)) break;
    digits += String(DECIMAL_DIGIT_WORDS[m[0]]);
    end = i + 1 + m[0].length;
    i = end;
  }
  return digits === '' ? null : { value: Number(`0.${digits}`), end };
}

/**
 * The factor of a scale word after a number ("twelve thousand"), or in the plural after a number word, as some
 * translated copy has it ("twenty thousands of troops"); undefined for any other word.
 */
function scaleOf(w: string, last: string | null): number | undefined {
  if (last === null || w === 'hundred') return undefined;
  if (w in SCALE_WORDS) return SCALE_WORDS[w];
  const singular = w.slice(0, -1);
  return w.endsWith('s') && singular !== 'hundred' && singular in SCALE_WORDS && last !== 'scale' && last !== 'a'
    ? SCALE_WORDS[singular]
    : undefined;
}

/** Number words ("twelve thousand", "a dozen", "one hundred and twenty", "half a million", "one point two million"). */
function readWords(t: string, at: number): Read {
  const part = sticky(PART_OF_SCALE, t, at);
  if (part) {
    const share = part[1]!.includes('quarter') ? 0.25 : 0.5;
    return {
      core: {
        start: at,
        end: PART_OF_SCALE.lastIndex,
        value: share * SCALE_WORDS[part[2]!]!,
        unit: 'count',
        vague: false,
        scaled: true,
        factor: 1,
        yearLike: false,
      },
    };
  }
  let total = 0;
  let current = 0;
  let factor = 1;
  let last: 'a' | 'unit' | 'tens' | 'hundred' | 'scale' | null = null;
  /** The digits after a spelled "point", until a scale word takes them. */
  let fraction: number | null = null;
  let words = 0;
  let end = at;
  let i = at;
  for (;;) {
    meter.steps++;
    const m = sticky(WORD, t, i);
    if (!m) break;
    const w = m[0];
    const wordEnd = i + w.length;
    if (ONE_OF_A_SCALE.includes(w) && last === null) {
      last = 'a';
    } else if (w in UNIT_WORDS && (last === null || last === 'hundred' || last === 'scale' || (last === 'tens' && UNIT_WORDS[w]! < 10))) {
      current += UNIT_WORDS[w]!;
      last = 'unit';
    } else if (w in TENS_WORDS && (last === null || last === 'hundred' || last === 'scale')) {
      current += TENS_WORDS[w]!;
      last = 'tens';
    } else if (
      w === DECIMAL_POINT_WORD &&
      (last === 'unit' || last === 'tens') &&
      fraction === null &&
      !AT_ONE_POINT.test(t.slice(Math.max(0, at - 6), at))
    ) {
      // "one point two million", "one-point-two million": the digits after the point, word by word.
      const digits = decimalDigits(t, wordEnd);
      if (!digits || !sticky(DECIMAL_SCALE, t, digits.end)) break;
      fraction = digits.value;
      i = digits.end;
      end = digits.end;
      words++;
      const sep = t[i];
      if (sep !== '-' && sep !== ' ') break;
      i++;
      continue;
    } else if (w === COUPLE_WORD && (last === 'a' || last === null) && sticky(COUPLE_SCALE, t, wordEnd)) {
      // "a couple thousand", "a couple of hundred": two of the scale word next, the "of" passed over.
      current = COUPLE_VALUE;
      last = 'unit';
      words++;
      end = wordEnd;
      i = COUPLE_SCALE.lastIndex;
      continue;
    } else if (w === 'hundred' && last !== 'hundred' && last !== null) {
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (w === 'dozen' && (last === 'a' || last === 'unit')) {
      current = (current || 1) * 12;
      last = 'scale';
    } else if (scaleOf(w, last) !== undefined) {
      factor = scaleOf(w, last)!;
      total += ((current || 1) + (fraction ?? 0)) * factor;
      current = 0;
      fraction = null;
      last = 'scale';
    } else {
      break;
    }
    words++;
    if (last !== 'a') end = wordEnd;
    const sep = t[wordEnd];
    if (sep === '-' || sep === ' ') {
      i = wordEnd + 1;
      if ((last === 'hundred' || last === 'scale') && t.startsWith('and ', i)) i += 4;
      else if ((last === 'unit' || last === 'tens') && fraction === null && sticky(AND_A_HALF, t, i)) {
        fraction = 0.5;
        i = AND_A_HALF.lastIndex;
      }
    } else {
      break;
    }
  }
  if (last === null || end === at) return null;
  // Broadcast style: "four-thousand-100".
  const tail = last === 'scale' ? /^-(\d{1,3})(?![\d,.])/.exec(t.slice(end)) : null;
  if (tail) {
    current += Number(tail[1]);
    end += tail[0].length;
  }
  const value = total + current + (fraction ?? 0);
  const text = t.slice(at, end);
  // A lone "one" is a pronoun far more often than an amount ("one of the most…"); a bound makes it a count ("at least one").
  const loneOne = text === 'one' && !ONE_BOUNDED.test(t.slice(Math.max(0, at - LOOK_BEHIND), at));
  if (value === 0 || loneOne || (words === 1 && last === 'a')) return null;
  const lead = t.slice(Math.max(0, at - LOOK_BEHIND), at);
  if (isNotAmountAfter(t, end, at) || isMultiplier(t, at, end) || RANK_BEFORE.test(lead) || NUMBER_RANK_BEFORE.test(lead))
    return { skip: end };
  const endsInScale = last === 'scale' && current === 0 && factor > 1;
  return {
    core: { start: at, end, value, unit: 'count', vague: false, scaled: total > 0, factor: endsInScale ? factor : 1, yearLike: false },
  };
}

function readVague(t: string, at: number): Read {
  const m = sticky(VAGUE, t, at);
  if (!m) return null;
  const row = VAGUE_AMOUNTS.find((v) => v.words === m[1])!;
  const end = at + m[0].length;
  // "thousands of kilometers from home": a distance, no amount.
  if (sticky(VAGUE_LENGTH_AFTER, t, end)) return { skip: end };
  // "hundreds of millions of dollars", "several billion dollars".
  // The currency word is part of the amount as digits' is ("5 billion dollars"); "of dollars" is not.
  const after = sticky(VAGUE_CURRENCY_AFTER, t, end);
  const money = sticky(VAGUE_MONEY, t, end) ?? after;
  const unit: QuantityUnit = money ? CURRENCY_BY_SUFFIX.get(money[1]!)! : 'count';
  return {
    core: {
      start: at,
      end: after ? end + after[0].length : end,
      value: { low: row.low, high: row.high },
      unit,
      vague: true,
      scaled: true,
      factor: 1,
      yearLike: false,
    },
  };
}

/** "one in three", "1 in 4": the part's number, the joiner, the whole's; a word of a people or soldiers follows. */
const RATIO_AT = new RegExp(
  `(\\d{1,2}|${alternation(Object.keys(UNIT_WORDS))}) ${RATIO.joiner} (\\d{1,2}|${alternation(Object.keys(UNIT_WORDS))})(?= [a-z])`,
  'y',
);
function readRatio(t: string, at: number): Read {
  const m = sticky(RATIO_AT, t, at);
  if (!m) return null;
  const part = Number(m[1]) || UNIT_WORDS[m[1]!] || 0;
  const whole = Number(m[2]) || UNIT_WORDS[m[2]!] || 0;
  if (part < 1 || whole <= part || whole > RATIO.largestWhole) return null;
  const end = at + m[0].length;
  return { core: { start: at, end, value: part / whole, unit: 'fraction', vague: false, scaled: false, factor: 1, yearLike: false } };
}

/** "2/3 killed": a share in digits, its whole no more than a ratio's; not a date ("5/6/2024") nor "24/7". */
const SLASHED_AT = /(\d)\/(\d{1,2})(?![\d/])/y;
/** Not the end of a longer number or date: "12/3", "5/6/2024" read from its second part. */
const SLASHED_AFTER = /[\d/.,]/;
function readSlashed(t: string, at: number): Read {
  if (at > 0 && SLASHED_AFTER.test(t[at - 1]!)) return null;
  const m = sticky(SLASHED_AT, t, at);
  if (!m) return null;
  const part = Number(m[1]);
  const whole = Number(m[2]);
  if (part < 1 || whole <= part || whole > RATIO.largestWhole) return null;
  const end = at + m[0].length;
  return { core: { start: at, end, value: part / whole, unit: 'fraction', vague: false, scaled: false, factor: 1, yearLike: false } };
}

function readFraction(t: string, at: number): Read {
  const m = sticky(FRACTION, t, at);
  if (!m) return null;
  const row = FRACTION_WORDS.find((f) => f.words === m[1])!;
  const end = at + m[0].length;
  // "a quarter of a million shells", "three-quarters of a million": a count, the share of the scale.
  const ofScale = sticky(FRACTION_OF_SCALE, t, end);
  if (ofScale) {
    const value = Math.round(row.value * SCALE_WORDS[ofScale[1]!]!);
    return {
      core: { start: at, end: FRACTION_OF_SCALE.lastIndex, value, unit: 'count', vague: false, scaled: true, factor: 1, yearLike: false },
    };
  }
  // "decreased by half": a share a thing changed by.
  if (row.needsOf && !sticky(SHARE_FOLLOWS, t, end) && !SHARE_BY.test(t.slice(Math.max(0, at - SHARE_BY_LENGTH), at))) return null;
  // "after a year and a half of war": part of a duration, no share.
  if (HALF_OF_DURATION_BEFORE.test(t.slice(Math.max(0, at - LOOK_BEHIND), at))) return null;
  if (PART_OF_PERIOD_BEFORE.test(t.slice(Math.max(0, at - LOOK_BEHIND), at))) return null;
  return { core: { start: at, end, value: row.value, unit: 'fraction', vague: false, scaled: false, factor: 1, yearLike: false } };
}

/** The amount at `at`, with its percent sign or currency word. */
function readCore(t: string, at: number, rangeEnd = false): Read {
  const digit = /\d/.test(t[at]!);
  const read =
    readRatio(t, at) ??
    (digit ? (readSlashed(t, at) ?? readDigits(t, at, rangeEnd)) : (readFraction(t, at) ?? readVague(t, at) ?? readWords(t, at)));
  if (!read || !('core' in read)) return read;
  const core = read.core;
  if (core.unit === 'count' && !core.vague) {
    const pct = sticky(PERCENT, t, core.end);
    const after = pct ? null : sticky(CURRENCY_AFTER, t, core.end);
    // "$2,000 USD": the code repeats the sign before the amount, which stays the amount's currency and span.
    const money = after && !(CURRENCY_CODES.has(after[1]!) && CURRENCY_BEFORE.test(t.slice(Math.max(0, at - 6), at))) ? after : null;
    if (pct) {
      core.unit = 'percent';
      core.end = PERCENT.lastIndex;
      core.yearLike = false;
    } else if (money) {
      core.unit = CURRENCY_BY_SUFFIX.get(money[1]!)!;
      core.end = CURRENCY_AFTER.lastIndex;
      core.yearLike = false;
    }
  }
  return read;
}

function currencyBefore(t: string, start: number, floor: number): { start: number; currency: Currency } | null {
  const window = t.slice(Math.max(floor, start - 6), start);
  const m = CURRENCY_BEFORE.exec(window);
  if (!m) return null;
  return { start: start - (window.length - window.lastIndexOf(m[1]!)), currency: CURRENCY_BY_PREFIX.get(m[1]!)! };
}

function qualifierBefore(t: string, start: number, floor: number): { start: number; words: string } | null {
  if (t[start - 1] === '~') return start - 1 >= floor ? { start: start - 1, words: '~' } : null;
  const window = t.slice(Math.max(floor, start - LOOK_BEHIND), start);
  const m = QUALIFIER_BEFORE.exec(window);
  if (!m) return null;
  // "handed over 1.5 million projectiles": the verb's particle, no bound.
  if (PARTICLE_VERB_BEFORE.test(window.slice(0, window.lastIndexOf(m[1]!)))) return null;
  return { start: start - (window.length - window.lastIndexOf(m[1]!)), words: m[1]!.replace(/ +/g, ' ') };
}

/**
 * Reads the second end of a range after `first`, if there is one, and merges the two. A second end that is no
 * amount (a duration, a length, an age, a date: "four to five days", "27-28 October") makes the whole range none:
 * `{ skip }` past it.
 */
function readRangeEnd(t: string, first: Core, joiner: RegExp): Core | { skip: number } | null {
  if (typeof first.value !== 'number' || first.unit === 'fraction' || first.vague) return null;
  const join = sticky(joiner, t, first.end);
  if (!join) return null;
  let at = first.end + join[0].length;
  let currency: Currency | null = null;
  const sign = sticky(RANGE_SIGN, t, at);
  if (sign) {
    currency = CURRENCY_BY_PREFIX.get(sign[0])!;
    at += sign[0].length;
  }
  if (!/[\da-z]/.test(t[at] ?? '')) return null;
  const read = readCore(t, at, true);
  // A second end that is no amount (a duration, a date, a time, an age) makes the whole range none.
  if (read && 'skip' in read) return read;
  if (!read || !('core' in read)) return null;
  const second = read.core;
  if (typeof second.value !== 'number' || second.vague || second.unit === 'fraction' || second.yearLike) return null;
  let low = first.value;
  const high = second.value;
  if (!first.scaled && second.factor > 1 && low * second.factor <= high) low *= second.factor;
  // The thousands written once, on the second end: "the 11-12,000 strong contingent" is 11,000 to 12,000.
  else if (!first.scaled && THOUSANDS_WRITTEN.test(t.slice(second.start, second.end)) && low < 1000) {
    const thousands = low * 1000;
    if (thousands <= high && thousands * 10 > high) low = thousands;
  }
  const unit = first.unit !== 'count' ? first.unit : (currency ?? second.unit);
  if (second.unit !== 'count' && first.unit !== 'count' && second.unit !== first.unit) return null;
  if (!(low < high)) return null;
  return { start: first.start, end: second.end, value: { low, high }, unit, vague: false, scaled: true, factor: 1, yearLike: false };
}

const PREPOSITION = new Set(PREPOSITION_QUALIFIERS);
/** A vague amount said as a plural: "hundreds", "tens of thousands"; not "a dozen". */
const PLURAL_WORD = /^[a-z]+s\b/;

/** How many times a year an amount "to" it must be to stand apart from it: "in 2022 to 738,660", not "2023-24". */
const YEAR_THEN_AMOUNT = 10;

/** A second end of a range written in whole thousands by digits: "12,000". */
const THOUSANDS_WRITTEN = /^\d{1,3},000$/;

/** How far back a verb of change is looked for before "from": "revised its estimated number of deployed troops from". */
const CHANGE_REACH = 80;
/** How far before the amount "from" and its two words are read. */
const FROM_REACH = 30;
/** "from", two words at most before the amount: "doubled … from the existing 15,000"; not "range from". */
const FROM_BEFORE = new RegExp(`(?:^|[^a-z])(?<!\\b(?:${alternation(RANGE_BEFORE_FROM)}) )${CHANGE_FROM} (?:[a-z]+ ){0,2}$`);
/** A verb of change, looked for in the clause before "from". */
const CHANGE_VERB = new RegExp(`(?:^|[^a-z])(?:${alternation(CHANGE_VERBS)}) `);
/** Where a clause ends. */
const CLAUSE_END = /[,;:.!?()]/g;
/** Whether the amount at `at` is where a change began: "rose from 3,000 to 10,000" (folded text). */
export function changedFrom(t: string, at: number, floor = 0): boolean {
  const before = t.slice(Math.max(floor, at - CHANGE_REACH), at);
  const tail = before.slice(-FROM_REACH);
  const from = FROM_BEFORE.exec(tail);
  if (from === null) return false;
  const clause = before.slice(0, before.length - tail.length + from.index + 1);
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (let end = CLAUSE_END.exec(clause); end; end = CLAUSE_END.exec(clause)) {
    meter.steps++;
    start = end.index + 1;
  }
  return CHANGE_VERB.test(clause.slice(start));
}

/** Everything found at one anchor: a quantity, a stretch to skip, or nothing. */
function readQuantity(t: string, at: number, floor: number): Quantity | { skip: number } | null {
  const read = readCore(t, at);
  if (!read || !('core' in read)) return read;
  let core = read.core;
  const money = currencyBefore(t, core.start, floor);
  if (money && core.unit === 'count') {
    core = { ...core, start: money.start, unit: money.currency, yearLike: false };
  }
  const before = t.slice(Math.max(floor, core.start - 8), core.start);
  const rangeWord = /(?:^|[^a-z])(between|from) $/.exec(before);
  // "revised its estimate from 3,000 to 10,000": a change, its two ends two amounts.
  // Read only where "to" follows, as a change's end does.
  const change = rangeWord?.[1] !== 'between' && sticky(RANGE_TO, t, core.end) !== null && changedFrom(t, core.start, floor);
  const opener = change ? null : rangeWord;
  // "between 10,000 and 12,000", and as often written, "between $320 million to $1.3 billion", "between 10,000-12,000".
  const opened = opener
    ? (opener[1] === 'between' && (readRangeEnd(t, core, RANGE_AND) || readRangeEnd(t, core, RANGE_JOIN))) ||
      readRangeEnd(t, core, RANGE_TO)
    : null;
  // "from 3,000-4,000": a dashed range after "from", which stays outside it.
  const dashed = opener?.[1] === 'from' && !opened ? readRangeEnd(t, core, RANGE_DASH) : null;
  const ranged = opener ? opened || dashed : readRangeEnd(t, core, change ? RANGE_DASH : RANGE_JOIN);
  if (ranged && 'skip' in ranged) return ranged;
  if (core.yearLike && !ranged) return { skip: core.end };
  if (ranged) {
    const year = core.yearLike ? core : null;
    core = ranged;
    // "since the invasion in 2022 to 738,660": a year, then an amount of its own far above it, no range (not "from 2000
    // to 30000 soldiers", a range opened).
    if (year && !opener && typeof core.value !== 'number' && core.value.high >= YEAR_THEN_AMOUNT * (year.value as number))
      return { skip: year.end };
    if (year) return { skip: core.end };
    if (opener && !dashed) core.start -= opener[1]!.length + 1;
  }
  const said = qualifierBefore(t, core.start, floor);
  const qualifier = said && PREPOSITION.has(said.words) && core.vague && PLURAL_WORD.test(t.slice(core.start, core.end)) ? null : said;
  const plus = t[core.end - 1] === '+';
  // A bound said after the amount says more than one before it: "some 3,000 or more" is at least 3,000, and
  // its words are the qualifier; the words before stay in the span.
  const after = core.unit === 'fraction' ? null : sticky(QUALIFIER_AFTER, t, core.end);
  const end = after ? core.end + after[0].length : core.end;
  const bound: Bound = after
    ? QUALIFIER_AFTER_BOUND.get(after[0])!
    : qualifier
      ? QUALIFIER_BOUND.get(qualifier.words)!
      : plus
        ? 'min'
        : core.vague
          ? 'approx'
          : 'exact';
  const numberStart = core.start;
  return {
    start: qualifier ? qualifier.start : core.start,
    end,
    numberStart,
    value: core.value,
    unit: core.unit,
    vague: core.vague,
    qualifier: after ? after[0].trim() : qualifier ? qualifier.words : plus ? '+' : null,
    bound,
  };
}

/** Every amount in `text`, in order, with offsets into `text` itself. */
export function parseQuantities(text: string): Quantity[] {
  const t = foldText(text);
  const found: Quantity[] = [];
  let floor = 0;
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(t); m; m = ANCHOR.exec(t)) {
    meter.steps++;
    if (m.index < floor) continue;
    const read = readQuantity(t, m.index, floor);
    if (read && 'skip' in read) {
      floor = Math.max(floor, read.skip);
    } else if (read) {
      found.push(read);
      floor = read.end;
    }
    if (ANCHOR.lastIndex < floor) ANCHOR.lastIndex = floor;
  }
  return found;
}
