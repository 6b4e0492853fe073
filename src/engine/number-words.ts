/** Number words, fractions and vague amounts: the grammar's vocabulary of amounts. */

import { FORCE_WORDS } from './lexicon/en/clauses';

export const UNIT_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};

export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Scale words and their abbreviations; abbreviations only count when attached ("12k", "$5.5bn"). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  b: 1e9,
  bn: 1e9,
  // The abbreviations of Ukrainian and Russian outlets' English: "$20 bln", "28 trln won".
  bln: 1e9,
  tn: 1e12,
  trn: 1e12,
  trln: 1e12,
};
/** The abbreviations that also count after a space ("2.4 mil", "5 bn"): those that are no word of their own. */
export const SPACED_SCALE_ABBREVIATIONS: readonly string[] = ['mn', 'mln', 'mil', 'bn', 'bln', 'tn', 'trn', 'trln'];

/** Digits read one by one after "point" in a spelled decimal ("one point two million"): the unit words below ten, and zero. */
export const DECIMAL_DIGIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  oh: 0,
  ...Object.fromEntries(Object.entries(UNIT_WORDS).filter(([, value]) => value < 10)),
};
/** One of the scale word next, which must follow: "a thousand", "another thousand were wounded", "another dozen". */
export const ONE_OF_A_SCALE: readonly string[] = ['a', 'another'];
/** Two of a scale, only before one: "a couple thousand", "a couple of hundred"; not "a couple of days". */
export const COUPLE_WORD = 'couple';
export const COUPLE_VALUE = 2;
/** The word that starts a spelled decimal's digits. */
export const DECIMAL_POINT_WORD = 'point';

/**
 * A share said as a ratio: "one in three North Korean soldiers", "1 in 4". The word between the two numbers, and the
 * largest whole read (a share of one in ten at most; "1 in 1,000" is a rate, no share a figure is given as).
 */
export const RATIO = { joiner: 'in', largestWhole: 10 };
/**
 * What makes a fraction word that needs it a share: "of" or a verb after it ("half of them", "a third were killed",
 * "roughly half killed or wounded"), a whole in digits ("half the 12,000"), or a force ("over half the initial
 * deployment"); not "a third batch".
 */
export const SHARE_FOLLOWS = {
  words: ['of', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'died', 'been', 'killed', 'wounded', 'injured'],
  wholes: ['the', 'its', 'their'],
  // The forces a share of losses is set beside, as the detector reads them.
  forces: FORCE_WORDS,
  /** …not the force's lost, a whole the share is of: "Half the troops killed in the attack were North Korean". */
  notLost: ['killed', 'wounded', 'injured', 'dead', 'captured'],
};
/** The parts a fraction word names, singular and plural, and the numerators written before them. */
const FRACTION_PARTS: ReadonlyArray<readonly [string, string, number, { readonly afterA: boolean }]> = [
  ['third', 'thirds', 3, { afterA: true }],
  ['quarter', 'quarters', 4, { afterA: true }],
  // American usage: "one-fourth of those Korean forces", "three-fourths of the shells". After "a" it is most often an
  // ordinal ("three were captured, and a fourth was killed"), so "a fourth" and "a tenth" are no fractions.
  ['fourth', 'fourths', 4, { afterA: false }],
  ['fifth', 'fifths', 5, { afterA: true }],
  ['tenth', 'tenths', 10, { afterA: false }],
];
const NUMERATORS: ReadonlyArray<readonly [string, number]> = [
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
];
/**
 * Fractions written as words. `needsOf`: only a fraction when "of" follows ("half of them"). Hyphenated, as
 * "two-thirds", they are fractions by their form; spaced or after "a", only before "of" or a verb ("a third batch" is none).
 */
export const FRACTION_WORDS: ReadonlyArray<{ words: string; value: number; needsOf: boolean }> = [
  ...FRACTION_PARTS.flatMap(([one, many, parts, { afterA }]) => [
    ...NUMERATORS.filter(([, n]) => n < parts).flatMap(([numerator, n]) => {
      const part = n === 1 ? one : many;
      return [
        { words: `${numerator}-${part}`, value: n / parts, needsOf: false },
        { words: `${numerator} ${part}`, value: n / parts, needsOf: true },
      ];
    }),
    ...(afterA ? [{ words: `a ${one}`, value: 1 / parts, needsOf: true }] : []),
  ]),
  { words: 'one-half', value: 1 / 2, needsOf: false },
  { words: 'half', value: 1 / 2, needsOf: true },
  // "One in three of the 11,000 troops has been killed or wounded".
  ...(
    [
      ['one in two', 1 / 2],
      ['one in three', 1 / 3],
      ['one in four', 1 / 4],
      ['one in five', 1 / 5],
      ['one in ten', 1 / 10],
      ['two in three', 2 / 3],
      ['three in four', 3 / 4],
    ] as const
  ).map(([words, value]) => ({ words, value, needsOf: true })),
];

/** A power of ten in digits, in the plural before "of", as the vague amount it stands for: "despatched 1000's of troops". */
export const PLURAL_DIGITS: ReadonlyMap<string, string> = new Map([
  // Only before a larger scale: "10s of thousands".
  ['10', 'tens'],
  ['100', 'hundreds'],
  ['1000', 'thousands'],
  ['1,000', 'thousands'],
]);

/**
 * Vague amounts read as ranges. The convention: "<scale>s" means two to nine of
 * that scale; "several" three to nine; "a few" two to five; "low thousands" one to three.
 */
export const VAGUE_AMOUNTS: ReadonlyArray<{ words: string; low: number; high: number }> = [
  { words: 'hundreds of thousands', low: 2e5, high: 9e5 },
  { words: 'tens of thousands', low: 2e4, high: 9e4 },
  { words: 'hundreds of millions', low: 2e8, high: 9e8 },
  { words: 'tens of millions', low: 2e7, high: 9e7 },
  { words: 'hundreds of billions', low: 2e11, high: 9e11 },
  { words: 'tens of billions', low: 2e10, high: 9e10 },
  { words: 'several thousand', low: 3e3, high: 9e3 },
  { words: 'several hundred', low: 300, high: 900 },
  { words: 'several million', low: 3e6, high: 9e6 },
  { words: 'several billion', low: 3e9, high: 9e9 },
  { words: 'several hundred thousand', low: 3e5, high: 9e5 },
  { words: 'several dozen', low: 36, high: 108 },
  // Plural scale words after "several", as writers not at home in English put them.
  { words: 'several thousands', low: 3e3, high: 9e3 },
  { words: 'several hundreds', low: 300, high: 900 },
  { words: 'several dozens', low: 36, high: 108 },
  // …not cut short before a larger scale: "several hundreds of thousands of artillery rounds".
  { words: 'several hundreds of thousands', low: 3e5, high: 9e5 },
  { words: 'several hundreds of millions', low: 3e8, high: 9e8 },
  { words: 'several tens of thousands', low: 3e4, high: 9e4 },
  { words: 'several tens of millions', low: 3e7, high: 9e7 },
  { words: 'a few dozen', low: 24, high: 60 },
  { words: 'a few thousand', low: 2e3, high: 5e3 },
  { words: 'a few hundred', low: 200, high: 500 },
  { words: 'a few million', low: 2e6, high: 5e6 },
  { words: 'a few billion', low: 2e9, high: 5e9 },
  // …and plural, as after "several": "A few thousands have been observed in the Kursk region".
  { words: 'a few thousands', low: 2e3, high: 5e3 },
  { words: 'a few hundreds', low: 200, high: 500 },
  { words: 'low thousands', low: 1e3, high: 3e3 },
  { words: 'many thousands', low: 2e3, high: 9e3 },
  { words: 'thousands', low: 2e3, high: 9e3 },
  { words: 'hundreds', low: 200, high: 900 },
  { words: 'millions', low: 2e6, high: 9e6 },
  { words: 'billions', low: 2e9, high: 9e9 },
  { words: 'dozens', low: 24, high: 96 },
];
