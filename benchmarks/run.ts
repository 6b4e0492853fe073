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
import { type Browsers, launchPair } from './browsers';
import { measureBundles, measureMarkJs } from './bundle-size';
import { measureCards } from './card-latency';
import { measureChromiumPage } from './chromium-pages';
import { measureCorpusScale } from './corpus-scale';
import { measureFirefoxPage } from './firefox-pages';
import { measureLivePage } from './live-page';
import { describeMachine } from './machine';
import { ARTICLE_FILE, DENSE_SIZES, denseFile, LIVE_FILE, offTopicFile, type ServedPages, servePages, SIZES } from './pages';
import { CHART, REPORT, writeReport } from './report';
import { readLatestResults, type Results, saveResults } from './results';
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

async function withBrowsers<T>(name: 'chromium' | 'firefox', use: (browsers: Browsers) => Promise<T>): Promise<T> {
  const browsers = await launchPair(name);
  try {
    return await use(browsers);
  } finally {
    await browsers.close();
  }
}

async function inChromium(pages: ServedPages, versions: Record<string, string>): Promise<Results['chromium']> {
  return withBrowsers('chromium', async (browsers) => {
    versions.Chromium = (await browsers.withExtension.browser.version()).replace(/^\w+\//, '');
    const offTopic = [];
    for (const size of Object.values(SIZES)) {
      const runs = await measureChromiumPage(browsers, pages.url(offTopicFile(size)), false, RUNS, progress(`(a) ${size.label} without North Korea`));
      offTopic.push({ size: size.label, bytes: size.bytes, runs });
    }
    const dense = [];
    for (const size of DENSE_SIZES) {
      const runs = await measureChromiumPage(browsers, pages.url(denseFile(size)), true, RUNS, progress(`(b) ${size.label} with figures`));
      dense.push({ size: size.label, bytes: size.bytes, runs });
    }
    const live = await measureLivePage(browsers, pages.url(LIVE_FILE), LIVE_RUNS, progress('(c) live page'));
    const cards = await measureCards(browsers.withExtension, pages.url(ARTICLE_FILE), RUNS, progress('(d) cards, Chromium'));
    return { offTopic, dense, live, cards };
  });
}

async function inFirefox(pages: ServedPages, versions: Record<string, string>): Promise<Results['firefox']> {
  return withBrowsers('firefox', async (browsers) => {
    versions.Firefox = (await browsers.withExtension.browser.version()).replace(/^\w+\//, '');
    const dense = [];
    for (const size of DENSE_SIZES) {
      const runs = await measureFirefoxPage(browsers, pages.url(denseFile(size)), RUNS, progress(`(b) ${size.label} with figures, Firefox`));
      dense.push({ size: size.label, bytes: size.bytes, runs });
    }
    const cards = await measureCards(browsers.withExtension, pages.url(ARTICLE_FILE), RUNS, progress('(d) cards, Firefox'));
    return { dense, cards };
  });
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
    return { date: new Date().toISOString(), machine: describeMachine(versions), runs: RUNS, liveRuns: LIVE_RUNS, chromium, firefox, bundles, markJsSize: measureMarkJs(), corpus };
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
  for (const row of targetRows(results)) console.log(`${row.met ? 'met    ' : 'NOT MET'}  ${row.measure} (${row.browser}): ${row.value}; ${row.target}`);
}

main().catch((error: unknown) => {
  console.error(`rangefinder bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
