/**
 * Splits text into paragraphs (line breaks) and sentences, keeping offsets into
 * the original. Works on folded text (see fold-text.ts) for its decisions.
 */
import { MONTH_ABBREVIATIONS } from './lexicon/en/counts';
import { meter } from './step-meter';

export interface Span {
  readonly start: number;
  readonly end: number;
  /** A headline of a run joined by semicolons: it lends no maker to the next. */
  readonly alone?: boolean;
}

export interface Paragraph extends Span {
  /** A sentence-like paragraph, not a headline, caption, link or button. */
  readonly prose: boolean;
  /** Fewer words than prose needs: a label, a button, a key fact ("11,000 troops sent"). */
  readonly short: boolean;
  readonly sentences: readonly Span[];
}

/** Words after which a full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'maj',
  'adm',
  'gov',
  'sen',
  'rep',
  'no',
  'vs',
  'etc',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'approx',
  'est',
  'dept',
  'fig',
  ...MONTH_ABBREVIATIONS,
  'e.g',
  'i.e',
  'al',
  'pres',
  'prof',
  'rev',
  'a.m',
  'p.m',
]);

// Tried only where a run of stops begins: from inside a run ("!!!!…", a row of dots) it would read
// to the run's end again from every stop, quadratic in the run's length.
const SENTENCE_END = /(?<![.!?])[.!?]+["')\]]*(?=\s+["'([]?[A-Z0-9\u201C\u2018])/g;
const PROSE_END = /[.!?:"')\]]\s*$/;

/**
 * A run of headlines joined by semicolons, as broadcasters' transcripts list the hour's stories ("Death Toll Rises to
 * 16 as Wildfires Rage in Los Angeles; Ukraine Says …"): each headline is a sentence of its own. Told by two or more
 * such joins and words mostly capitalised, as no prose is.
 */
const HEADLINE_JOIN = /; (?=[A-Z])/g;
const LEAST_HEADLINE_JOINS = 2;
const WORD = /[A-Za-z][A-Za-z'-]*/g;
const CAPITALISED = /^[A-Z]/;
/** The share of words capitalised above which a run is headlines. */
const HEADLINE_CASE_SHARE = 0.6;

function headlineRun(text: string): boolean {
  HEADLINE_JOIN.lastIndex = 0;
  let joins = 0;
  while (joins < LEAST_HEADLINE_JOINS && HEADLINE_JOIN.exec(text)) {
    meter.steps++;
    joins++;
  }
  if (joins < LEAST_HEADLINE_JOINS) return false;
  let words = 0;
  let capitalised = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    meter.steps++;
    words++;
    if (CAPITALISED.test(m[0])) capitalised++;
  }
  return capitalised >= words * HEADLINE_CASE_SHARE;
}

function splitSentences(raw: string, start: number, end: number): Span[] {
  const text = raw.slice(start, end);
  if (headlineRun(text)) {
    const spans: Span[] = [];
    let from = 0;
    HEADLINE_JOIN.lastIndex = 0;
    for (let m = HEADLINE_JOIN.exec(text); m; m = HEADLINE_JOIN.exec(text)) {
      meter.steps++;
      spans.push(...splitProse(raw, start + from, start + m.index + 1));
      from = m.index + m[0].length;
    }
    spans.push(...splitProse(raw, start + from, end));
    return spans.map((span) => ({ ...span, alone: true }));
  }
  return splitProse(raw, start, end);
}

function splitProse(raw: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  const text = raw.slice(start, end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    meter.steps++;
    if (m[0].startsWith('.')) {
      const word = /(?<![A-Za-z.])([A-Za-z.]+)$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
      // Initials ("U.S.", "J.") and known abbreviations do not end a sentence.
      if (/^(?:[A-Za-z]\.)*[A-Z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase())) continue;
    }
    const stop = m.index + m[0].length;
    spans.push({ start: start + from, end: start + stop });
    from = stop;
    while (from < text.length && /\s/.test(text[from]!)) {
      meter.steps++;
      from++;
    }
  }
  if (from < text.length) spans.push({ start: start + from, end });
  return spans;
}

/** Whether `body` (trimmed) has `n` words or more: counted up to `n`, not split whole. */
function hasWords(body: string, n: number): boolean {
  const word = /\S+/g;
  let words = 0;
  while (words < n && word.exec(body)) {
    meter.steps++;
    words++;
  }
  return words >= n;
}

/** One line break, then a line that starts in lower case: the same paragraph, hard-wrapped. */
const WRAPPED = /^[ \t]*(?:\r\n|\n|\r)[ \t]*(?=[a-z])/;
const WRAP_LOOK = 16;
/** A line that ends a sentence, or a clause a list goes on from, is no wrapped line. */
const SENTENCE_END_AT = /[.!?:;"\u201D)\]]\s*$/;

/**
 * The paragraphs one at a time, for callers that pause between them. Paragraphs
 * are separated by line breaks; leading and trailing space is trimmed off each.
 */
export function* paragraphsOf(text: string): Generator<Paragraph, void, void> {
  const line = /[^\n\r\u2028\u2029]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    meter.steps++;
    let start = m.index;
    let end = m.index + m[0].length;
    // A line that runs on: hard-wrapped text, one line break and then lower case ("…3 million rounds of ammunition\nfor
    // Russia's war"), where the line before ends no sentence.
    for (let wrap = WRAPPED.exec(text.slice(end, end + WRAP_LOOK)); wrap && !SENTENCE_END_AT.test(text.slice(start, end)); ) {
      meter.steps++;
      line.lastIndex = end + wrap[0].length;
      const next = line.exec(text);
      if (!next) break;
      end = next.index + next[0].length;
      wrap = WRAPPED.exec(text.slice(end, end + WRAP_LOOK));
    }
    while (start < end && /[\s\u2022\u00B7*\-–]/.test(text[start]!)) {
      meter.steps++;
      start++;
    }
    while (end > start && /\s/.test(text[end - 1]!)) {
      meter.steps++;
      end--;
    }
    if (start === end) continue;
    const body = text.slice(start, end);
    const short = !hasWords(body, 6);
    yield { start, end, prose: !short && PROSE_END.test(body), short, sentences: splitSentences(text, start, end) };
  }
}
