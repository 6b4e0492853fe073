/**
 * The expected figures of a fixture: one shape for every page and document the
 * tests read, the engine's tests and the browser journeys alike, kept beside
 * the page as `<page>.expected.json` (CONTRIBUTING.md, Fixtures):
 *
 *   { "about": "…", "figures": [{ "text", "measure", "value" }], "frames": { "<name>": [ … ] } }
 *
 * A file of any other shape is refused, naming the file and what is wrong.
 */
import { readFileSync } from 'node:fs';
import { isRecord } from '../../src/corpus/schema';
import { isMeasure, type Measure } from '../../src/engine/measures';
import type { Value } from '../../src/engine/value';

export interface ExpectedFigure {
  /** Exactly as the page has it (a highlight's text), qualifier included. */
  readonly text: string;
  readonly measure: Measure;
  readonly value: Value;
}

export interface ExpectedFigures {
  /** What the page is and what it tests, in a sentence or two. */
  readonly about: string;
  /** The page's figures, in document order. */
  readonly figures: readonly ExpectedFigure[];
  /** Figures a journey expects elsewhere: in a frame, or after the page changed. */
  readonly frames: Readonly<Record<string, readonly ExpectedFigure[]>>;
}

const isValue = (v: unknown): v is Value =>
  (typeof v === 'number' && Number.isFinite(v)) || (isRecord(v) && typeof v.low === 'number' && typeof v.high === 'number');

function figures(list: unknown, where: string): ExpectedFigure[] {
  if (!Array.isArray(list)) throw new Error(`${where}: must be a list of figures`);
  return list.map((f, i) => {
    const at = `${where}[${i}]`;
    if (!isRecord(f) || Object.keys(f).sort().join() !== 'measure,text,value')
      throw new Error(`${at}: must be exactly { text, measure, value }`);
    if (typeof f.text !== 'string' || f.text === '') throw new Error(`${at}.text: must be the figure's text`);
    if (!isMeasure(f.measure)) throw new Error(`${at}.measure: unknown measure ${JSON.stringify(f.measure)}`);
    if (!isValue(f.value)) throw new Error(`${at}.value: must be a number or { low, high }`);
    return { text: f.text, measure: f.measure, value: f.value };
  });
}

/** Reads and checks one expected file. */
export function readExpectedFigures(path: string | URL): ExpectedFigures {
  const name = String(path);
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isRecord(data)) throw new Error(`${name}: must be an object`);
  const extra = Object.keys(data).filter((key) => !['about', 'figures', 'frames'].includes(key));
  if (extra.length > 0) throw new Error(`${name}: unknown fields ${extra.join(', ')}`);
  if (typeof data.about !== 'string' || data.about.trim() === '') throw new Error(`${name}: "about" must say what the page is`);
  const frames = data.frames ?? {};
  if (!isRecord(frames)) throw new Error(`${name}: "frames" must map names to lists of figures`);
  return {
    about: data.about,
    figures: figures(data.figures, `${name} figures`),
    frames: Object.fromEntries(Object.entries(frames).map(([frame, list]) => [frame, figures(list, `${name} frames.${frame}`)])),
  };
}

/** The expected file beside a page or document. */
export function expectedFileOf(page: string): string {
  return page.replace(/\.(html|txt)$/, '.expected.json');
}

/** The figures' texts, as the highlights show them. */
export function textsOf(figures: readonly ExpectedFigure[]): string[] {
  return figures.map((f) => f.text);
}
