/**
 * The quantity grammar against its table (parse-quantity.cases.ts), which follows docs/figures.md
 * section 1. Each case compares everything `parseQuantities` finds with the expected list as a
 * whole: same length, same order, and for each quantity its span (text and position), value, unit,
 * qualifier, vagueness, and the bound its qualifier implies.
 */
import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../src/engine/parse-quantity';
import type { Bound, Quantity } from '../../src/engine/quantity';
import { sameValue as sameWithin, type Value } from '../../src/engine/value';
import { type ExpectedQuantity, GRAMMAR_CASES, type GrammarCase } from './parse-quantity.cases';

/** The qualifier lists of docs/figures.md section 1, with the bound each implies. */
const QUALIFIER_BOUNDS: Readonly<Record<string, Bound>> = {
  ...Object.fromEntries(
    [
      'at least',
      'not less than',
      'not fewer than',
      'north of',
      'a minimum of',
      'minimum of',
      'no fewer than',
      'no less than',
      'more than',
      'greater than',
      'over',
      'well over',
      'upwards of',
      'upward of',
      'in excess of',
      'above',
      'exceeds',
      'exceeded',
      'exceeding',
      'surpassing',
      ...['or more', '-plus', 'or higher'],
    ].map((q) => [q, 'min' as const]),
  ),
  ...Object.fromEntries(
    [
      'up to',
      'as many as',
      'at most',
      'not more than',
      'a maximum of',
      'no more than',
      'less than',
      'fewer than',
      'under',
      'below',
      'just under',
    ].map((q) => [q, 'max' as const]),
  ),
  ...Object.fromEntries(
    [
      'about',
      'around',
      'roughly',
      'approximately',
      'some',
      'near',
      'nearly',
      'almost',
      'close to',
      'closer to',
      'an estimated',
      'estimated',
      'perhaps',
      'circa',
      '~',
      ...['or so', 'or thereabouts'],
    ].map((q) => [q, 'approx' as const]),
  ),
};

/** What one quantity looks like in a comparison (and in the diff when a case fails). */
interface Shown {
  text: string;
  start: number;
  value: Value;
  unit: string;
  qualifier: string | null;
  vague: boolean;
  /** Only when a qualifier is expected: the bound the docs give it. */
  bound?: Bound;
}

/** Equal up to floating point: relative 1e-9 (so 1/3, 1.7 × 1e9 and 5.76e8 all compare). */
const sameValue = (actual: Value, expected: Value) => sameWithin(actual, expected, 1e-9);

/**
 * The expected list with the defaults filled in and each span placed: the first occurrence of its
 * text after the previous span (start -1 when the table's text is not in the input).
 */
function expectedShown(input: string, expected: readonly ExpectedQuantity[]): Shown[] {
  let cursor = 0;
  return expected.map((e) => {
    const start = input.indexOf(e.text, cursor);
    if (start >= 0) cursor = start + e.text.length;
    const qualifier = e.qualifier ?? null;
    return {
      text: e.text,
      start,
      value: e.value,
      unit: e.unit ?? 'count',
      qualifier,
      vague: e.vague ?? false,
      ...(qualifier !== null ? { bound: QUALIFIER_BOUNDS[qualifier] } : {}),
    };
  });
}

/**
 * What the grammar found, in the same shape. A value within floating-point distance of the
 * expected one is shown as the expected one, so the diff shows only real differences.
 */
function foundShown(input: string, found: readonly Quantity[], expected: readonly Shown[]): Shown[] {
  return found.map((q, i) => {
    const e = expected[i];
    return {
      text: input.slice(q.start, q.end),
      start: q.start,
      value: e !== undefined && sameValue(q.value, e.value) ? e.value : q.value,
      unit: q.unit,
      qualifier: q.qualifier,
      vague: q.vague,
      ...(e?.bound !== undefined ? { bound: q.bound } : {}),
    };
  });
}

/** The input with invisible and look-alike characters (spaces, dashes, format chars) escaped. */
function visible(s: string): string {
  return s.replace(/[\p{Z}\p{Pd}\p{Cf}]/gu, (ch) =>
    ch === ' ' || ch === '-' ? ch : `\\u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`,
  );
}

function brief(list: readonly Shown[]): string {
  return JSON.stringify(list.map(({ text, value, unit, qualifier }) => ({ text: visible(text), value, unit, qualifier })));
}

function checkCase(c: GrammarCase): void {
  const want = expectedShown(c.input, c.expect);
  const found: readonly Quantity[] = parseQuantities(c.input);
  const got = foundShown(c.input, found, want);
  expect(got, `parseQuantities("${visible(c.input)}")\n  found:    ${brief(got)}\n  expected: ${brief(want)}`).toEqual(want);
}

/** Themes in table order: the part of each case name before the first colon. */
function byTheme(cases: readonly GrammarCase[]): [string, GrammarCase[]][] {
  const themes = new Map<string, GrammarCase[]>();
  for (const c of cases) {
    const theme = c.name.split(':')[0] ?? c.name;
    const list = themes.get(theme) ?? [];
    list.push(c);
    themes.set(theme, list);
  }
  return [...themes];
}

describe('parseQuantities', () => {
  describe.each(byTheme(GRAMMAR_CASES))('%s', (_theme, cases) => {
    it.each(cases.map((c): [string, GrammarCase] => [c.name, c]))('%s', (_name, c) => checkCase(c));
  });
});

describe('the grammar table', () => {
  it('has at least 170 cases with unique names', () => {
    expect(GRAMMAR_CASES.length).toBeGreaterThanOrEqual(170);
    const seen = new Set<string>();
    const duplicates = GRAMMAR_CASES.map((c) => c.name).filter((n) => seen.size === seen.add(n).size);
    expect(duplicates).toEqual([]);
  });

  it('gives every expected text as it occurs in the input, in order', () => {
    const missing = GRAMMAR_CASES.flatMap((c) =>
      expectedShown(c.input, c.expect)
        .filter((s) => s.start < 0)
        .map((s) => `${c.name}: "${visible(s.text)}"`),
    );
    expect(missing).toEqual([]);
  });

  it('uses only the qualifiers of docs/figures.md, and each of them at least once', () => {
    const used = new Set(GRAMMAR_CASES.flatMap((c) => c.expect.map((e) => e.qualifier ?? null)));
    used.delete(null);
    expect([...used].filter((q) => q !== null && !(q in QUALIFIER_BOUNDS))).toEqual([]);
    expect(Object.keys(QUALIFIER_BOUNDS).filter((q) => !used.has(q))).toEqual([]);
  });
});

describe('a decimal times its scale', () => {
  it('is the number written, not a binary fraction off it ("2.05 million" is 2,050,000)', () => {
    const values = parseQuantities('Pay could rise to 2.05 million won, and 1.15 million shells were sent.').map((q) => q.value);
    expect(values).toEqual([2050000, 1150000]);
  });
});
