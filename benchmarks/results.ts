/** Everything one run of the benchmark measured: written as JSON to .output/bench/, read back by the report. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/harness/project-root';
import type { FileSize, ScriptSize } from './bundle-size';
import type { CardRun } from './card-latency';
import type { ChromiumRun } from './chromium-pages';
import type { ScaleResult } from './corpus-scale';
import type { FirefoxRun } from './firefox-pages';
import type { LiveRun } from './live-page';
import type { Machine } from './machine';

export interface PageRuns<Run> {
  /** "1 MB" */
  size: string;
  bytes: number;
  runs: Run[];
}

export interface Results {
  /** ISO time the run finished. */
  date: string;
  machine: Machine;
  /** Runs per measure (RUNS), and for the live page, which lasts 20 s a run. */
  runs: number;
  liveRuns: number;
  chromium: {
    offTopic: PageRuns<ChromiumRun>[];
    dense: PageRuns<ChromiumRun>[];
    live: LiveRun[];
    cards: CardRun[];
  };
  firefox: {
    dense: PageRuns<FirefoxRun>[];
    cards: CardRun[];
  };
  bundles: ScriptSize[];
  /** mark.js as the baseline dist ships it, minified. */
  markJsSize: FileSize;
  corpus: ScaleResult[];
}

export const RESULTS_DIR = join(ROOT, '.output/bench');
const LATEST = join(RESULTS_DIR, 'latest.json');

/** Saves the results as the latest and under their date; returns the dated file's path relative to the project. */
export function saveResults(results: Results): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const name = `results-${results.date.replace(/[:.]/g, '-')}.json`;
  const json = `${JSON.stringify(results, null, 2)}\n`;
  writeFileSync(join(RESULTS_DIR, name), json);
  writeFileSync(LATEST, json);
  return `.output/bench/${name}`;
}

export function readLatestResults(): Results {
  return JSON.parse(readFileSync(LATEST, 'utf8')) as Results;
}
