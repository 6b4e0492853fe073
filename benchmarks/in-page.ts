/**
 * The probes of in-page.js, put into a page's own world before its first
 * script runs, with their types for the code that calls them. They are plain
 * JavaScript read as text: a function handed to `page.evaluate` from here
 * would carry the TypeScript loader's helpers, which the page does not have.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { NORTH_KOREA_ANY_CASE } from '../src/engine/topic-keywords';
import { poll } from '../tests/harness/poll';
import { ROOT } from '../tests/harness/project-root';

const SOURCE = readFileSync(join(ROOT, 'benchmarks/in-page.js'), 'utf8');
export const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

/** The gate's keyword test, as the extension has it. */
export const KEYWORD = NORTH_KOREA_ANY_CASE.source;

/**
 * The floor's figure-ish number: digits with thousands separators and
 * decimals, an optional currency sign before, an optional percent or scale word after.
 */
export const NUMBER = String.raw`[$£€]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%|\s?(?:percent|million|billion|thousand)\b)?`;

export interface Timed {
  /** From the start until the result was painted (or, for the gate, until the test returned). */
  ms: number;
}

export interface Painted extends Timed {
  /** The synchronous part: until the work returned, before the frame that paints it. */
  scriptMs: number;
  matches: number;
}

export interface HighlightState {
  count: number;
  lastChange: number | null;
  lastPainted: number | null;
  now: number;
  loadEventEnd: number | null;
}

export interface CardTiming {
  clickAt: number;
  shownAt: number;
  paintedAt: number;
}

interface Probes {
  afterPaint(): Promise<void>;
  watchHighlights(): void;
  highlightState(): HighlightState;
  gateFloor(keyword: string): Timed & { found: boolean };
  scanFloor(keyword: string, number: string, highlight: string): Promise<Painted>;
  markJs(source: string, flags: string): Promise<Painted>;
  watchCards(): void;
  cardTiming(): CardTiming | null;
}

declare global {
  interface Window {
    __bench: Probes;
  }
}

/** The probes in every document the page loads from now on, watching the highlights or the card from the first frame. */
export async function installProbes(page: Page, ...watch: ('highlights' | 'cards')[]): Promise<void> {
  const start = watch.map((w) => (w === 'highlights' ? 'window.__bench.watchHighlights();' : 'window.__bench.watchCards();'));
  await page.evaluateOnNewDocument([SOURCE, ...start].join('\n'));
}

/** mark.js marking what the floor marks: the gate's keyword on a page without figures, numbers on one with them. */
export function markJsRegex(dense: boolean): { source: string; flags: string } {
  return dense ? { source: NUMBER, flags: 'g' } : { source: KEYWORD, flags: 'gi' };
}

/** Loads mark.js into the page, outside any timing. */
export async function loadMarkJs(page: Page): Promise<void> {
  await page.addScriptTag({ path: MARK_JS });
}

/** How long the highlights must stay still to count as done. */
export const QUIET_MS = 1_500;

/** How often Node reads the page's state while it waits: the same on both sides of a comparison. */
const READ_EVERY_MS = 250;

const stateOf = (page: Page) => page.evaluate(() => window.__bench.highlightState());

/**
 * Waits until the stance highlights have not changed for `quietMs` of the
 * page's time (counted from the load event if they never appeared), and
 * returns what the page saw. On a page with figures the quiet counts only
 * once the first highlight is there: on a 5 MB page the first may come later
 * than `quietMs` after the load event. Needs `installProbes(page, 'highlights')`.
 */
export function waitForLastHighlight(page: Page, quietMs: number, timeout: number, hasFigures = true): Promise<HighlightState> {
  const quiet = (s: HighlightState) =>
    s.loadEventEnd !== null &&
    s.loadEventEnd > 0 &&
    (!hasFigures || s.count > 0) &&
    s.now - Math.max(s.lastChange ?? 0, s.loadEventEnd) >= quietMs;
  return poll(() => stateOf(page), quiet, { what: 'the highlights to settle', timeout, interval: READ_EVERY_MS });
}

/** Waits until `ms` of the page's time have passed since navigation, reading its state as waitForLastHighlight does. */
export function waitUntilPageTime(page: Page, ms: number): Promise<HighlightState> {
  return poll(
    () => stateOf(page),
    (s) => s.now >= ms,
    { what: `${ms} ms of page time`, timeout: ms + 60_000, interval: READ_EVERY_MS },
  );
}
