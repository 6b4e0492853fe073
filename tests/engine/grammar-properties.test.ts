/**
 * Properties of the quantity grammar and the detector on any input at all: they never throw,
 * and what they return keeps the promises of `Quantity` and `Figure`. The example tables
 * (parse-quantity.cases.ts, detect-figures.cases.ts) say what is read; these say that nothing
 * read can be malformed, whatever the page holds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES } from '../../src/engine/currencies';
import { detectFigures, type Figure, scanFigures } from '../../src/engine/detect-figures';
import { formatValue } from '../../src/engine/format-value';
import { MEASURES } from '../../src/engine/measures';
import { DURATION_UNITS, LENGTH_UNITS, MONTHS, RANK_OR_AGE_PREFIXES } from '../../src/engine/not-quantities';
import { FRACTION_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VAGUE_AMOUNTS } from '../../src/engine/number-words';
import { parseQuantities } from '../../src/engine/parse-quantity';
import { QUALIFIERS } from '../../src/engine/qualifiers';
import { CURRENCIES, type Quantity } from '../../src/engine/quantity';
import type { Value } from '../../src/engine/value';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';

/** The grammar's own words, so that random text is full of almost-amounts. */
const GRAMMAR_WORDS = [
  ...Object.keys(UNIT_WORDS),
  ...Object.keys(TENS_WORDS),
  ...Object.keys(SCALE_WORDS),
  ...Object.keys(SCALE_ABBREVIATIONS),
  ...FRACTION_WORDS.map((f) => f.words),
  ...VAGUE_AMOUNTS.map((v) => v.words),
  ...QUALIFIERS.map((q) => q.words),
  ...CURRENCY_PREFIXES.map((c) => c.text),
  ...CURRENCY_SUFFIXES.map((c) => c.text),
  ...MONTHS,
  ...DURATION_UNITS,
  ...LENGTH_UNITS,
  ...RANK_OR_AGE_PREFIXES,
  'a',
  'dozen',
  'and',
  'of',
  'between',
  'from',
  'to',
  'percent',
  'per cent',
  'pct',
  'year-old',
  'th',
  'st',
];

/** What the detector looks for around a number: the topic, nouns, verbs, owners, clause breaks. */
const DETECTOR_WORDS = [
  'North Korea',
  'North Korean troops',
  'North Korean',
  'DPRK',
  'Pyongyang',
  'Kim Jong Un',
  'these troops',
  'the regime',
  'Russia',
  'Russian',
  'Moscow',
  'Ukraine',
  'Ukrainian',
  'Seoul',
  'said',
  'according to',
  'its',
  'their',
  'troops',
  'soldiers',
  'men',
  'people',
  'of whom',
  'of them',
  'casualties',
  'killed',
  'wounded',
  'were killed or wounded',
  'captured',
  'shells',
  'artillery shells',
  'missiles',
  'containers',
  'shipments',
  'tonnes',
  'tons of rice',
  'sent',
  'deployed',
  'promised',
  'another',
  'more',
  'additional',
  'per month',
  'for weapons',
  'for its troops',
  'aid',
  'put the figure at',
  'the number of killed and wounded exceeds',
  'ammunition',
];

/** Marks, separators and look-alikes the folding and the grammar treat specially, and some they do not. */
const MARKS = [
  ',',
  '.',
  ';',
  ':',
  '(',
  ')',
  '[',
  ']',
  '"',
  "'",
  '-',
  '/',
  '+',
  '~',
  '#',
  '%',
  '$',
  '*',
  '!',
  '?',
  '_',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u2028',
  '\u00A0',
  '\u2007',
  '\u2009',
  '\u202F',
  '\u3000',
  '\u200B',
  '\uFEFF',
  '\u2010',
  '\u2013',
  '\u2014',
  '\u2015',
  '\u2212',
  '\uFF0D',
  '\u2018',
  '\u2019',
  '\u201C',
  '\u201D',
  '\uFF10',
  '\uFF15',
  '\uFF0C',
  '\uFF0E',
  '\uFF05',
  '\uFF04',
  '\u00B7',
  '\u2022',
  // Right-to-left and directional marks, combining marks, lone surrogates, digits of other scripts.
  '\u200E',
  '\u200F',
  '\u202E',
  '\u0301',
  '\u20DD',
  '\uD800',
  '\uDFFF',
  '\uD83D',
  '\u0663',
  '\u06F5',
  '\u096B',
  '\u0E52',
  'İ',
  'ß',
  'Ⅻ',
  '½',
  '²',
  '\u{1F600}',
];

const DIGITS = fc.stringMatching(/^\d{1,7}(?:[.,]\d{1,4})?$/);
const CASED = (words: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'title'))
    .map(([w, c]) => (c === 'upper' ? w.toUpperCase() : c === 'title' ? w.charAt(0).toUpperCase() + w.slice(1) : w));

/** An amount as pages write them: qualifier, currency, digits or words, scale word, percent. */
const amount = fc
  .tuple(
    fc.option(fc.constantFrom(...QUALIFIERS.map((q) => q.words)), { nil: '' }),
    fc.option(fc.constantFrom(...CURRENCY_PREFIXES.map((c) => c.text), 'US$', '$'), { nil: '' }),
    fc.oneof(DIGITS, fc.constantFrom(...Object.keys(UNIT_WORDS), ...Object.keys(TENS_WORDS), ...VAGUE_AMOUNTS.map((v) => v.words))),
    fc.option(fc.constantFrom(...Object.keys(SCALE_WORDS).map((w) => ` ${w}`), ...Object.keys(SCALE_ABBREVIATIONS)), { nil: '' }),
    fc.option(fc.constantFrom('%', ' percent', '+', '-', '–', ' to ', ' and '), { nil: '' }),
  )
  .map(([qualifier, currency, number, scale, after]) => `${qualifier}${qualifier ? ' ' : ''}${currency}${number}${scale}${after}`);

/** An amount with what it may count after it: most figures are read from such a pair. */
const counted = fc.tuple(amount, fc.constantFrom(' ', ' ', '-', ''), CASED(DETECTOR_WORDS)).map(([a, gap, words]) => `${a}${gap}${words}`);

/** Text built from the vocabulary above, interleaved with arbitrary junk, glued by spaces, punctuation or nothing. */
const figureLike = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: amount },
        { weight: 4, arbitrary: counted },
        { weight: 3, arbitrary: CASED(GRAMMAR_WORDS) },
        { weight: 4, arbitrary: CASED(DETECTOR_WORDS) },
        { weight: 3, arbitrary: fc.constantFrom(...MARKS) },
        { weight: 2, arbitrary: DIGITS },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 3 }) },
      ),
      fc.constantFrom(' ', ' ', ' ', ' ', '', ', ', '. ', '.\n', '\n'),
    ),
    { maxLength: 60, size: '+1' },
  )
  .chain((parts) =>
    // Often about North Korea from the first words, so that the detector reads on.
    fc
      .constantFrom('', '', 'North Korea ', 'North Korean troops ', 'Pyongyang has sent ')
      .map((topic) => topic + parts.map(([token, gap]) => token + gap).join('')),
  );

const anyText = fc.oneof(
  { weight: 3, arbitrary: figureLike },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 100 }) },
);

const UNITS = new Set<string>(['count', 'percent', 'fraction', ...CURRENCIES]);

function wellFormed(value: Value): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0;
  return Number.isFinite(value.low) && Number.isFinite(value.high) && value.low >= 0 && value.low < value.high;
}

/** What `Quantity` promises: a span inside the text, the number inside the span, a real amount. */
function checkQuantities(text: string, found: readonly Quantity[]) {
  let previousEnd = 0;
  for (const q of found) {
    expect(q.start, 'in order, not overlapping').toBeGreaterThanOrEqual(previousEnd);
    expect(q.start).toBeLessThanOrEqual(q.numberStart);
    expect(q.numberStart).toBeLessThan(q.end);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(wellFormed(q.value), `value ${JSON.stringify(q.value)}`).toBe(true);
    expect(UNITS.has(q.unit)).toBe(true);
    if (q.qualifier === null) expect(q.bound).toBe(q.vague ? 'approx' : 'exact');
    previousEnd = q.end;
  }
}

/** What `Figure` promises: `text === input.slice(start, end)`, inside its sentence, which is the input's too. */
function checkFigures(text: string, figures: readonly Figure[]) {
  let previousEnd = 0;
  for (const f of figures) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.start, 'in order, not overlapping').toBeGreaterThanOrEqual(previousEnd);
    expect(f.start).toBeLessThan(f.end);
    expect(f.sentence).toBe(text.slice(f.sentenceStart, f.sentenceStart + f.sentence.length));
    expect(f.sentenceStart).toBeLessThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(f.sentenceStart + f.sentence.length);
    expect(wellFormed(f.value), `value ${JSON.stringify(f.value)}`).toBe(true);
    expect(Object.hasOwn(MEASURES, f.measure)).toBe(true);
    previousEnd = f.end;
  }
}

describe('the grammar on any text', () => {
  it('never throws, and every quantity is a well-formed span of the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkQuantities(text, parseQuantities(text));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a number too long for a double', `${'9'.repeat(400)} troops`],
    ['a number too long for a double, with a scale word', `1${'0'.repeat(300)} trillion`],
    ['digits separated too long for a double', `${'999,'.repeat(120)}999 shells`],
  ])('reads no infinite amount in %s', (_, text) => {
    checkQuantities(text, parseQuantities(text));
  });
});

describe('the detector on any text', () => {
  it.each([false, true])('never throws, and every figure is the input between its offsets (assumeTopic: %s)', (assumeTopic) => {
    fc.assert(
      fc.property(anyText, (text) => {
        checkFigures(text, detectFigures(text, { assumeTopic }));
      }),
      { numRuns: 1500 },
    );
  });

  it('gives, paragraph by paragraph, the figures it gives at once', () => {
    fc.assert(
      fc.property(figureLike, fc.boolean(), (text, assumeTopic) => {
        expect([...scanFigures(text, { assumeTopic })].flat()).toEqual(detectFigures(text, { assumeTopic }));
      }),
      { numRuns: 200 },
    );
  });

  it('gives a paragraph of 200,000 figures (spread into one call, they overflowed the stack)', () => {
    const text = `Russia gets its shells from North Korea: ${'1% '.repeat(200_000)}`;
    const figures = detectFigures(text);
    expect(figures).toHaveLength(200_000);
    expect(figures.at(-1)).toMatchObject({ text: '1%', measure: 'share_of_russian_ammo' });
    // What is pinned is the count, not the time: on a busy machine 200,000 figures take longer than the default limit.
  }, 120_000);

  it('counts no figure of an infinite amount', () => {
    const text = `North Korea has sent ${'9'.repeat(400)} troops to Russia.`;
    checkFigures(text, detectFigures(text));
  });
});

/**
 * A figure printed on a card (formatValue, in English) and read again by the grammar. The printer
 * rounds on purpose, to two decimals of the scale word past a million ("1.23 million"), so the
 * property is stated in two parts: a value it can show exactly comes back exactly; any value comes
 * back as the value shown, and printing that again gives the same words.
 */
describe('a figure printed and read again', () => {
  /** Units as figures and corpus claims carry them, and the unit the grammar reads for each. */
  const UNIT_READ: ReadonlyArray<readonly [string, string]> = [
    ...Object.values(MEASURES)
      .map((m) => m.unit)
      .filter((u) => u !== 'percent' && u !== 'USD' && u !== 'USD per month')
      .map((u) => [u, 'count'] as const),
    ['percent', 'percent'],
    ...CURRENCIES.map((c) => [c, c] as const),
    ['USD per month', 'USD'],
    ['KRW per year', 'KRW'],
  ];
  const unit = fc.constantFrom(...UNIT_READ);

  /** The grammar's range: numbers of at most 15 digits, so up to 999.99 trillion. */
  const LARGEST = 999.99e12;
  /** Values the printer writes exactly: whole numbers, two decimals, two decimals of a scale word. */
  const exact = fc.oneof(
    fc.integer({ min: 0, max: 999_999 }),
    fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 100),
    fc.tuple(fc.integer({ min: 100, max: 99_999 }), fc.constantFrom(1e6, 1e9, 1e12)).map(([m, scale]) => (m / 100) * scale),
  );
  const anyAmount = fc.oneof(exact, fc.double({ min: 0, max: LARGEST, noNaN: true, noDefaultInfinity: true }));
  /** A range's ends are a hundredth apart at least, the finest place the printer shows. */
  const valueArbitrary = (amount: fc.Arbitrary<number>) =>
    fc.oneof(
      amount,
      fc
        .tuple(amount, amount)
        .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }))
        .filter(({ low, high }) => high - low >= 0.01),
    );

  const printed = (value: Value, unit: string) => say(formatValue(value, unit), english);

  /** What the grammar reads in a printed figure: one quantity, the figure up to " per month". */
  function readBack(text: string, expectedUnit: string): Value {
    const found = parseQuantities(text);
    expect(found, text).toHaveLength(1);
    const [q] = found;
    expect(q!.start, text).toBe(0);
    expect(q!.end, text).toBe(text.includes(' per ') ? text.indexOf(' per ') : text.length);
    expect(q!.unit, text).toBe(expectedUnit);
    return q!.value;
  }

  const close = (a: number, b: number, within = 1e-9 * Math.max(1, Math.abs(b))) => Math.abs(a - b) <= within;
  const ends = (v: Value) => (typeof v === 'number' ? [v] : [v.low, v.high]);

  it('reads back exactly every value the printer can write exactly', () => {
    fc.assert(
      fc.property(valueArbitrary(exact), unit, (value, [u, read]) => {
        const text = printed(value, u);
        const back = readBack(text, read);
        expect(typeof back, text).toBe(typeof value);
        ends(back).forEach((n, i) => {
          expect(close(n, ends(value)[i]!), `${text}: ${JSON.stringify(back)}`).toBe(true);
        });
      }),
      { numRuns: 1500 },
    );
  });

  it('reads back any value as the value shown, within the rounding, and prints that the same', () => {
    fc.assert(
      fc.property(valueArbitrary(anyAmount), unit, (value, [u, read]) => {
        const text = printed(value, u);
        const back = readBack(text, read);
        expect(typeof back, text).toBe(typeof value);
        ends(back).forEach((n, i) => {
          const original = ends(value)[i]!;
          // At least two decimals of the scale word the value shown is in ("1.23 million": 0.01 million).
          const scale = [1e12, 1e9, 1e6].find((at) => n >= at) ?? 1;
          expect(close(n, original, 0.005 * scale + 1e-9 * Math.max(1, original)), `${text}: ${JSON.stringify(back)}`).toBe(true);
        });
        expect(printed(back, u)).toBe(text);
      }),
      { numRuns: 1500 },
    );
  });

  // Values the round trip once lost, and what they print and read back as now.
  it.each([
    ['CNY, which had no sign', 1.13e9, 'CNY', 'CN¥1.13 billion', 1.13e9],
    ['a range whose ends round alike', { low: 1.234e6, high: 1.2341e6 }, 'troops', '1,234,000–1,234,100', { low: 1.234e6, high: 1.2341e6 }],
    [
      'a fraction that rounds to a whole number, grouped like one',
      { low: 0, high: 652_048.996 },
      'troops',
      '0–652,049',
      { low: 0, high: 652_049 },
    ],
    ['a low end that would take the scale word of the high', { low: 1, high: 1.2e6 }, 'troops', '1–1,200,000', { low: 1, high: 1.2e6 }],
    ['the same in dollars', { low: 0.17, high: 921.33e6 }, 'USD', '$0.17–$921,330,000', { low: 0.17, high: 921.33e6 }],
    ['a number that rounds up into the next scale', 999_999_999, 'shells', '1 billion', 1e9],
    ['a yen range', { low: 0.2, high: 358_302 }, 'JPY', '¥0.2–¥358,302', { low: 0.2, high: 358_302 }],
    [
      'a range of decimals on both ends of the dash',
      { low: 60.97e6, high: 924.68e6 },
      'KRW',
      '₩60.97–924.68 million',
      { low: 60.97e6, high: 924.68e6 },
    ],
  ] as const)('prints %s so that it reads back: %j %s', (_, value, u, text, back) => {
    expect(printed(value, u)).toBe(text);
    const read = UNIT_READ.find(([name]) => name === u)![1];
    expect(readBack(text, read)).toEqual(back);
  });
});
