/**
 * Corpus scale, in Node: the engine's comparison of each figure and the
 * popup's corpus search, per call, with the bundled corpus and with one 100
 * times its size (synthetic-corpus.ts). The figures are those the engine finds
 * in the dense page's text. The search is the extension's own code
 * (src/search/corpus-search.ts, loaded through Vite so that its build-time
 * index module resolves), over an index built once beforehand and parsed as
 * the extension parses its prebuilt one.
 */
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { htmlToText } from '../src/cli/html-to-text';
import { compareFigure } from '../src/compare/compare';
import type { CorpusIndex } from '../src/corpus/corpus-index';
import { readCorpus } from '../src/corpus/read-corpus';
import { detectFigures, type Figure } from '../src/engine/detect-figures';
import { measureName } from '../src/engine/measures';
import type * as CorpusSearch from '../src/search/corpus-search';
import { corpusSearchIndex } from '../src/search/search-index-plugin';
import { buildSearchIndex, type SearchIndexData } from '../src/search/search-records';
import { english } from '../src/words/english';
import { say } from '../src/words/phrase';
import { ROOT } from '../tests/harness/project-root';
import { densePage, SIZES } from './pages';
import { type Summary, summarize } from './stats';
import { syntheticCorpus } from './synthetic-corpus';

export const SCALE = 100;
export const QUERIES = ['casualties', 'shells 2024', 'Zelensky', 'troops Kursk'];
/** Each query is timed this many times at each scale. */
const SEARCH_REPEATS = 25;

export interface ScaleResult {
  scale: number;
  claims: number;
  figures: number;
  /** One compareFigure call, per figure. */
  compareMs: Summary;
  /** One search call, over every query. */
  searchMs: Summary;
  /** Median per query. */
  searchByQueryMs: Record<string, number>;
  /** Parsing the prebuilt index into a search, as the popup does when it opens. */
  searchSetupMs: Summary;
  /** Hits per query, to show the search finds as much more as there is. */
  hits: Record<string, number>;
}

function timeEach(count: number, call: (i: number) => unknown): number[] {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    call(i);
    times.push(performance.now() - start);
  }
  return times;
}

function measureScale(
  corpus: CorpusIndex,
  scale: number,
  figures: readonly Figure[],
  claimSearch: typeof CorpusSearch.claimSearch,
): ScaleResult {
  const nameOf = (m: Parameters<typeof measureName>[0]) => say(measureName(m), english);
  // Built once beforehand and shipped as JSON, as the extension's build does.
  const index = JSON.parse(JSON.stringify(buildSearchIndex(corpus, nameOf))) as SearchIndexData;
  // A pass to warm the engine up, then the timed one.
  timeEach(figures.length, (i) => compareFigure(figures[i]!, corpus));
  const compareMs = timeEach(figures.length, (i) => compareFigure(figures[i]!, corpus));
  const searchSetupMs = timeEach(5, () => claimSearch(corpus.claims, index));
  const search = claimSearch(corpus.claims, index);
  for (const q of QUERIES) search(q);
  const byQuery = Object.fromEntries(QUERIES.map((q) => [q, timeEach(SEARCH_REPEATS, () => search(q))]));
  return {
    scale,
    claims: corpus.claims.length,
    figures: figures.length,
    compareMs: summarize(compareMs),
    searchMs: summarize(Object.values(byQuery).flat()),
    searchByQueryMs: Object.fromEntries(QUERIES.map((q) => [q, summarize(byQuery[q]!).median])),
    searchSetupMs: summarize(searchSetupMs),
    hits: Object.fromEntries(QUERIES.map((q) => [q, search(q).length])),
  };
}

export async function measureCorpusScale(progress: (line: string) => void): Promise<ScaleResult[]> {
  const { module } = await runnerImport<typeof CorpusSearch>(join(ROOT, 'src/search/corpus-search.ts'), {
    configFile: false,
    root: ROOT,
    plugins: [corpusSearchIndex()],
    logLevel: 'silent',
  });
  const seeds = readCorpus();
  const figures = detectFigures(htmlToText(densePage(SIZES.small.bytes)));
  const results: ScaleResult[] = [];
  for (const [scale, corpus] of [
    [1, seeds],
    [SCALE, syntheticCorpus(seeds, SCALE)],
  ] as const) {
    const result = measureScale(corpus, scale, figures, module.claimSearch);
    results.push(result);
    progress(
      `×${scale} (${result.claims} claims): compare ${result.compareMs.median.toFixed(3)} ms per figure (p95 ${result.compareMs.p95.toFixed(3)}); ` +
        `search ${result.searchMs.median.toFixed(2)} ms per query (p95 ${result.searchMs.p95.toFixed(2)})`,
    );
  }
  return results;
}
