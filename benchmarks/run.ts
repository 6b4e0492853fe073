/**
 * npm run bench: builds both browsers' extensions, then measures what
 * Rangefinder costs pages and readers, beside baselines measured in the same
 * run, and writes docs/performance.md, docs/performance.svg and the raw results
 * (.output/bench/). See docs/performance.md for what each measure is.
 *
 *   RUNS=5 (default) runs per measure; RUNS=1 for a quick look.
 *   npx tsx benchmarks/run.ts --report-only   rewrites the docs from .output/bench/latest.json
 *
 * Durations live here, never in the tests.
 */
import type { BrowserName } from '../tests/harness/launch-browser';
import { type Browsers, launchPair } from './browsers';
import { measureBundles, measureMarkJs } from './bundle-size';
import { measureCards } from './card-latency';
import { measureChromiumPage } from './chromium-pages';
import { measureCorpusScale } from './corpus-scale';
import { measureFirefoxPage } from './firefox-pages';
import { measureLivePage } from './live-page';
import { describeMachine } from './machine';
import { ARTICLE_FILE, DENSE_SIZES, denseFile, LIVE_FILE, offTopicFile, type PageSize, type ServedPages, SIZES, servePages } from './pages';
import { CHART, REPORT, writeReport } from './report';
import { type Results, readLatestResults, saveResults } from './results';
import { targetRows } from './targets';

function runsFromEnv(): number {
  const runs = Number(process.env.RUNS ?? 5);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`RUNS must be a whole number from 1 up, not ${process.env.RUNS}.`);
  return runs;
}

const RUNS = runsFromEnv();
/** The live page lasts 20 s a run, with and without the extension: at most 3 runs keep the whole under 15 minutes. */
const LIVE_RUNS = Math.min(RUNS, 3);
const started = Date.now();

function progress(section: string): (line: string) => void {
  return (line) => {
    const s = Math.round((Date.now() - started) / 1000);
    console.log(`[${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}] ${section}: ${line}`);
  };
}

const browserGone = (error: unknown) => /connection closed|target closed|session closed|disconnected/i.test(String(error));

/**
 * One part of the benchmark in a fresh pair of browsers (with and without the
 * extension), so that no part inherits another's state. Should a browser go
 * away mid-part, the part starts again once with fresh browsers.
 */
async function part<T>(
  name: BrowserName,
  label: string,
  versions: Record<string, string>,
  use: (browsers: Browsers, log: (line: string) => void) => Promise<T>,
): Promise<T> {
  const log = progress(label);
  for (let attempt = 1; ; attempt++) {
    const browsers = await launchPair(name);
    try {
      versions[name === 'chromium' ? 'Chromium' : 'Firefox'] ??= (await browsers.withExtension.browser.version()).replace(/^\w+\//, '');
      return await use(browsers, log);
    } catch (error) {
      if (attempt > 1 || !browserGone(error)) throw error;
      log(`a browser went away (${String(error)}); this part starts again with fresh browsers`);
    } finally {
      await browsers.close().catch(() => undefined);
    }
  }
}

async function inChromium(pages: ServedPages, versions: Record<string, string>): Promise<Results['chromium']> {
  const pagePart = (size: PageSize, dense: boolean, label: string) =>
    part('chromium', label, versions, async (browsers, log) => ({
      size: size.label,
      bytes: size.bytes,
      runs: await measureChromiumPage(browsers, pages.url(dense ? denseFile(size) : offTopicFile(size)), dense, RUNS, log),
    }));
  const offTopic = [];
  for (const size of Object.values(SIZES)) offTopic.push(await pagePart(size, false, `(a) ${size.label} without North Korea`));
  const dense = [];
  for (const size of DENSE_SIZES) dense.push(await pagePart(size, true, `(b) ${size.label} with figures`));
  const live = await part('chromium', '(c) live page', versions, (browsers, log) =>
    measureLivePage(browsers, pages.url(LIVE_FILE), LIVE_RUNS, log),
  );
  const cards = await part('chromium', '(d) cards, Chromium', versions, (browsers, log) =>
    measureCards(browsers.withExtension, pages.url(ARTICLE_FILE), RUNS, log),
  );
  return { offTopic, dense, live, cards };
}

async function inFirefox(pages: ServedPages, versions: Record<string, string>): Promise<Results['firefox']> {
  const dense = [];
  for (const size of DENSE_SIZES) {
    dense.push(
      await part('firefox', `(b) ${size.label} with figures, Firefox`, versions, async (browsers, log) => ({
        size: size.label,
        bytes: size.bytes,
        runs: await measureFirefoxPage(browsers, pages.url(denseFile(size)), RUNS, log),
      })),
    );
  }
  const cards = await part('firefox', '(d) cards, Firefox', versions, (browsers, log) =>
    measureCards(browsers.withExtension, pages.url(ARTICLE_FILE), RUNS, log),
  );
  return { dense, cards };
}

async function measureAll(): Promise<Results> {
  const bundles = measureBundles();
  progress('(e) sizes')(bundles.map((b) => `${b.build}/${b.path} ${(b.gzipBytes / 1000).toFixed(1)} KB gz`).join('; '));
  const corpus = await measureCorpusScale(progress('corpus'));
  const pages = await servePages();
  const versions: Record<string, string> = {};
  try {
    const chromium = await inChromium(pages, versions);
    const firefox = await inFirefox(pages, versions);
    return {
      date: new Date().toISOString(),
      machine: describeMachine(versions),
      runs: RUNS,
      liveRuns: LIVE_RUNS,
      chromium,
      firefox,
      bundles,
      markJsSize: measureMarkJs(),
      corpus,
    };
  } finally {
    await pages.close();
  }
}

async function main(): Promise<void> {
  const reportOnly = process.argv.includes('--report-only');
  const results = reportOnly ? readLatestResults() : await measureAll();
  if (!reportOnly) console.log(`\nRaw results: ${saveResults(results)}`);
  writeReport(results);
  console.log(`Report: ${REPORT}, chart: ${CHART}\n`);
  for (const row of targetRows(results))
    console.log(`${row.met ? 'met    ' : 'NOT MET'}  ${row.measure} (${row.browser}): ${row.value}; ${row.target}`);
}

main().catch((error: unknown) => {
  console.error(`rangefinder bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
