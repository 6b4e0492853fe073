/**
 * Scoring the detector on labelled sentences of real reporting: which expected
 * figures it finds (recall), how much of what it reports is expected
 * (precision), how often a found figure has the right measure and value, and
 * how often it is given the estimating body its page names (attribution).
 * Pure: `npm run eval` (eval.ts) reads the set and prints what this returns.
 */
import type { DetectOptions, Figure } from '../engine/detect-figures';
import { MEASURE_IDS, type Measure } from '../engine/measures';
import { sameValue, type Value } from '../engine/value';

/** One labelled figure: its text as it stands in the sentence (at `start` where the text repeats), value and measure. */
export interface ExpectedFigure {
  readonly text: string;
  readonly value: Value;
  readonly measure: Measure;
  readonly start?: number;
  /** The estimating body the page says made it (a body id of the corpus of record), or null where it names none on record. */
  readonly body?: string | null;
}

/** One case: a sentence (or headline, caption…) of a real page, and the figures a reader should see in it. */
export interface Case {
  readonly url: string;
  readonly text: string;
  readonly figures: readonly ExpectedFigure[];
  /** For a negative: what its page is about. A page about the war that never names North Korea is read as such. */
  readonly topic?: string;
}

/** Finds the figures of a case's text; `from` is the case, for a detector that reads it with its page. */
export type Detect = (text: string, options: DetectOptions, from?: Case) => readonly Figure[];

/** Between two cases of a page read together: each a paragraph, as a page's reader gives them. */
const PARAGRAPH_BREAK = '\n\n';

/** A run of white space with a line break in it. */
const LINE_BREAK_RUN = /[^\S\n\r\u2028\u2029]*[\n\r\u2028\u2029]\s*/g;

/**
 * A case is one sentence or headline: a line break within it is the stored page's layout ("put the\nnumber as high as
 * 19,000", "alongside\n\nRussian troops"), read as the one space a browser shows, not as a paragraph's end. Each
 * figure's text and place move with it.
 */
export function asOneLine(c: Case): Case {
  if (!/[\n\r\u2028\u2029]/.test(c.text)) return c;
  const text = c.text.replace(LINE_BREAK_RUN, ' ');
  // Where each place of the old text stands in the new one.
  const moved = (at: number) => c.text.slice(0, at).replace(LINE_BREAK_RUN, ' ').length;
  return {
    ...c,
    text,
    figures: c.figures.map((f) => ({
      ...f,
      text: f.text.replace(LINE_BREAK_RUN, ' '),
      ...(f.start === undefined ? {} : { start: moved(f.start) }),
    })),
  };
}

/**
 * A detector that reads each page's cases together, in the set's order, as one text of paragraphs (as the
 * extension reads a page), and gives each case the figures found within it: the sentences before it lend it their
 * subject and their counts ("North Korean troops are fighting in Kursk. … There are already 11,000 in the region").
 * A page is read as about North Korea unless it is a page about the war that never names it: one whose every sentence
 * is so labelled.
 */
export function readAsPages(cases: readonly Case[], detect: Detect): Detect {
  const pages = new Map<string, Case[]>();
  for (const c of cases) {
    const page = pages.get(c.url);
    if (page) page.push(c);
    else pages.set(c.url, [c]);
  }
  const found = new Map<Case, readonly Figure[]>();
  for (const page of pages.values()) {
    // The labels say what a page is about, as they do of each sentence; a page is about the war without North Korea
    // only where every sentence of it is so labelled (not the figures it is labelled with, which the extension cannot know).
    const figures = detect(page.map((c) => c.text).join(PARAGRAPH_BREAK), {
      assumeTopic: !page.every((c) => c.topic === 'war-without-nk'),
    });
    let start = 0;
    for (const c of page) {
      const end = start + c.text.length;
      found.set(
        c,
        figures.filter((f) => f.start >= start && f.end <= end).map((f) => ({ ...f, start: f.start - start, end: f.end - start })),
      );
      start = end + PARAGRAPH_BREAK.length;
    }
  }
  return (text, options, from) => (from ? found.get(from) : undefined) ?? detect(text, options);
}

/** The id of the body on record that a page's words name, if they name one (the corpus's `bodyNamed`). */
export type NameBody = (phrase: string) => string | undefined;

/** Values within half a percent are the same figure read the same way (as the comparison has it). */
const TOLERANCE = 0.005;

export interface Miss {
  readonly url: string;
  readonly sentence: string;
  readonly text: string;
  readonly measure: Measure;
}

export interface Mislabel extends Miss {
  /** What the detector said instead: the measure, or the value as text. */
  readonly found: string;
}

export interface BodyMiss extends Miss {
  /** The body the page names, and the one the figure was given (null for none). */
  readonly expected: string | null;
  readonly found: string | null;
}

/** Of the figures found whose labels say who made them: how often the figure is given that body. */
export interface AttributionScore {
  /** Found figures whose page names a body on record, and how many were given that body. */
  readonly named: number;
  readonly right: number;
  readonly accuracy: number;
  /** Found figures whose page names no body on record, and how many were given one all the same. */
  readonly unnamed: number;
  readonly wronglyGiven: number;
  readonly wronglyGivenShare: number;
  readonly wrong: readonly BodyMiss[];
}

export interface MeasureScore {
  readonly expected: number;
  readonly found: number;
  readonly recall: number;
  readonly reported: number;
  readonly relevant: number;
  readonly precision: number;
  readonly rightMeasure: number;
}

export interface Score {
  readonly cases: number;
  readonly pages: number;
  readonly expected: number;
  readonly found: number;
  readonly reported: number;
  readonly relevant: number;
  readonly recall: number;
  readonly precision: number;
  /** Of the figures found, the share given the right measure, and the right value. */
  readonly measureAccuracy: number;
  readonly valueAccuracy: number;
  readonly byMeasure: Readonly<Partial<Record<Measure, MeasureScore>>>;
  readonly missed: readonly Miss[];
  /** Reported where the set expects no figure. */
  readonly unexpected: readonly Miss[];
  readonly wrongMeasure: readonly Mislabel[];
  readonly wrongValue: readonly Mislabel[];
  /** Present where the scoring was given the corpus's names of bodies. */
  readonly attribution?: AttributionScore;
}

const share = (part: number, whole: number) => (whole === 0 ? 1 : Math.round((part / whole) * 1000) / 1000);

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Where a text first stands as whole words: "two" is not the one in "networks". */
function wholeIndexOf(sentence: string, text: string): number {
  for (let at = sentence.indexOf(text); at >= 0; at = sentence.indexOf(text, at + 1)) {
    const before = sentence[at - 1];
    const after = sentence[at + text.length];
    const startsWord = !WORD_CHARACTER.test(text[0] ?? '') || before === undefined || !WORD_CHARACTER.test(before);
    const endsWord = !WORD_CHARACTER.test(text.at(-1) ?? '') || after === undefined || !WORD_CHARACTER.test(after);
    if (startsWord && endsWord) return at;
  }
  return sentence.indexOf(text);
}

/** Where an expected figure stands in its sentence; -1 where the text is not there (a broken case). */
function spanOf(sentence: string, figure: ExpectedFigure): { start: number; end: number } {
  const start = figure.start ?? wholeIndexOf(sentence, figure.text);
  return { start, end: start + figure.text.length };
}

const valueText = (value: Value) => (typeof value === 'number' ? String(value) : `${value.low}–${value.high}`);

/**
 * Reads each case's sentence as part of its page: a page on North Korea, save
 * the negatives from pages about the war that never name it. A found figure
 * answers an expected one when their spans overlap, each at most once. With
 * `nameBody`, each found figure labelled with its body is scored for attribution.
 */
export function scoreCases(cases: readonly Case[], detect: Detect, nameBody?: NameBody): Score {
  const missed: Miss[] = [];
  const unexpected: Miss[] = [];
  const wrongMeasure: Mislabel[] = [];
  const wrongValue: Mislabel[] = [];
  const tally = new Map<Measure, { expected: number; found: number; reported: number; relevant: number; rightMeasure: number }>();
  const count = (measure: Measure) => {
    const entry = tally.get(measure) ?? { expected: 0, found: 0, reported: 0, relevant: 0, rightMeasure: 0 };
    tally.set(measure, entry);
    return entry;
  };
  let expected = 0;
  let found = 0;
  let reported = 0;
  let relevant = 0;
  let rightMeasure = 0;
  let rightValue = 0;
  const bodies = { named: 0, right: 0, unnamed: 0, wronglyGiven: 0, wrong: [] as BodyMiss[] };
  for (const c of cases) {
    const figures = detect(c.text, { assumeTopic: c.topic !== 'war-without-nk' }, c);
    const used = new Set<Figure>();
    for (const want of c.figures) {
      const span = spanOf(c.text, want);
      expected++;
      count(want.measure).expected++;
      const hit = figures.find((f) => !used.has(f) && f.start < span.end && span.start < f.end);
      const miss = { url: c.url, sentence: c.text, text: want.text, measure: want.measure };
      if (!hit) {
        missed.push(miss);
        continue;
      }
      used.add(hit);
      found++;
      count(want.measure).found++;
      if (hit.measure === want.measure) {
        rightMeasure++;
        count(want.measure).rightMeasure++;
      } else wrongMeasure.push({ ...miss, found: hit.measure });
      if (sameValue(hit.value, want.value, TOLERANCE)) rightValue++;
      else wrongValue.push({ ...miss, found: valueText(hit.value) });
      if (nameBody && want.body !== undefined) {
        const given = (hit.attribution && nameBody(hit.attribution.text)) ?? null;
        if (want.body === null) bodies.unnamed++;
        else bodies.named++;
        if (given === want.body) {
          if (want.body !== null) bodies.right++;
        } else {
          if (want.body === null) bodies.wronglyGiven++;
          bodies.wrong.push({ ...miss, expected: want.body, found: given });
        }
      }
    }
    for (const f of figures) {
      reported++;
      count(f.measure).reported++;
      if (used.has(f)) {
        relevant++;
        count(f.measure).relevant++;
      } else unexpected.push({ url: c.url, sentence: c.text, text: f.text, measure: f.measure });
    }
  }
  const byMeasure: Partial<Record<Measure, MeasureScore>> = {};
  for (const measure of MEASURE_IDS) {
    const t = tally.get(measure);
    if (!t) continue;
    byMeasure[measure] = {
      expected: t.expected,
      found: t.found,
      recall: share(t.found, t.expected),
      reported: t.reported,
      relevant: t.relevant,
      precision: share(t.relevant, t.reported),
      rightMeasure: t.rightMeasure,
    };
  }
  return {
    cases: cases.length,
    pages: new Set(cases.map((c) => c.url)).size,
    expected,
    found,
    reported,
    relevant,
    recall: share(found, expected),
    precision: share(relevant, reported),
    measureAccuracy: share(rightMeasure, found),
    valueAccuracy: share(rightValue, found),
    byMeasure,
    missed,
    unexpected,
    wrongMeasure,
    wrongValue,
    ...(nameBody
      ? {
          attribution: {
            named: bodies.named,
            right: bodies.right,
            accuracy: share(bodies.right, bodies.named),
            unnamed: bodies.unnamed,
            wronglyGiven: bodies.wronglyGiven,
            wronglyGivenShare: bodies.unnamed === 0 ? 0 : Math.round((bodies.wronglyGiven / bodies.unnamed) * 1000) / 1000,
            wrong: bodies.wrong,
          },
        }
      : {}),
  };
}

/** A case's problems of its own: a figure whose text is not in its sentence, an unknown measure. */
export function caseProblems(c: Case, line: number): string[] {
  return c.figures.flatMap((f) => {
    const problems: string[] = [];
    const { start } = spanOf(c.text, f);
    if (start < 0 || c.text.slice(start, start + f.text.length) !== f.text)
      problems.push(`line ${line}: "${f.text}" is not in its sentence${f.start === undefined ? '' : ` at ${f.start}`}`);
    if (!(MEASURE_IDS as readonly string[]).includes(f.measure)) problems.push(`line ${line}: unknown measure "${f.measure}"`);
    return problems;
  });
}
