/**
 * Finds estimates in the bundled corpus by words: "casualties", "shells 2024",
 * "Zelensky". Every word of a query must match somewhere in a claim (its
 * quote, figure, who made it, the measure, the source, its as-of date).
 * The index was built with the extension (see search-index-plugin.ts), so the
 * popup and the corpus browser only parse it.
 */

import prebuiltIndex from 'virtual:corpus-search-index';
import Fuse, { type IFuseOptions } from 'fuse.js';
import { bundledCorpus } from '../corpus/bundled-corpus';
import type { Claim, Corpus } from '../corpus/schema';
import { buildSearchIndex, type NameMeasure, SEARCH_OPTIONS, type SearchIndexData } from './search-records';

export interface SearchHit {
  readonly claim: Claim;
  /** 0 is a perfect match, 1 no match at all (Fuse's scale). */
  readonly score: number;
}

/** Searches a list of claims by words: the claims that match every word of `query`, best first. */
export type ClaimSearch = (query: string, limit?: number) => SearchHit[];

/** Text as the narrowing compares it: lower case, accents dropped. */
function plain(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Every word of a claim's index record, as one plain text. */
function recordText(record: SearchIndexData['records'][number]): string {
  const values = Object.values((record as { $: Record<string, { v: string } | { v: string }[]> }).$);
  return plain(values.flatMap((value) => (Array.isArray(value) ? value.map((v) => v.v) : [value.v])).join(' '));
}

/**
 * The part of a query word a claim must hold as written for the narrowing:
 * short words whole ("2024"), longer ones their first seven tenths, so that
 * "casualties" still reaches "casualty" and "Zelensky" "Zelenskyy".
 */
function stemOf(word: string): string {
  return word.length <= 4 ? word : word.slice(0, Math.ceil(word.length * 0.7));
}

/**
 * A search over `claims` with their prebuilt index, whose records line up with
 * the claims by position. The bundled corpus is searched through this; the
 * benchmark runs it over a larger corpus.
 *
 * Fuzzy matching costs the same for every claim, so a query is first narrowed
 * to the claims that hold the start of each of its words as written, and Fuse
 * ranks those through the same index. Only when none of them matches (a typo
 * in the query) does Fuse go through every claim.
 */
export function claimSearch(claims: readonly Claim[], index: SearchIndexData): ClaimSearch {
  // A different count means the index was built from other claims than these.
  if (index.records.length !== claims.length) {
    throw new Error(`The search index has ${index.records.length} records for ${claims.length} claims: rebuild the extension.`);
  }
  const options = SEARCH_OPTIONS as IFuseOptions<Claim>;
  const fuse = new Fuse(claims, options, Fuse.parseIndex<Claim>(index));
  const texts = index.records.map(recordText);
  const run = (searcher: Fuse<Claim>, query: string, limit?: number): SearchHit[] =>
    searcher.search(query, limit === undefined ? undefined : { limit }).map(({ item, score }) => ({ claim: item, score: score ?? 0 }));
  return (query, limit) => {
    if (query.trim() === '') return [];
    const stems = plain(query).split(/\s+/).filter(Boolean).map(stemOf);
    const narrowed: number[] = [];
    texts.forEach((text, i) => {
      if (stems.every((stem) => text.includes(stem))) narrowed.push(i);
    });
    if (narrowed.length > 0 && narrowed.length < claims.length) {
      // The same index records, renumbered for the narrowed claims.
      const records = narrowed.map((i, at) => ({ ...index.records[i]!, i: at }));
      const some = new Fuse(
        narrowed.map((i) => claims[i]!),
        options,
        Fuse.parseIndex<Claim>({ ...index, records }),
      );
      sharedStatistics(some, fuse);
      const hits = run(some, query, limit);
      if (hits.length > 0) return hits;
    }
    return run(fuse, query, limit);
  };
}

/**
 * Token search weighs each query word by how rare it is across the whole
 * collection (Fuse keeps those counts in its private inverted index). A search
 * over the narrowed claims must weigh words as the whole corpus does, or the
 * same claim would score differently narrowed and not: so it takes the whole
 * collection's counts. The search tests pin that both give the same order and
 * scores, and fail should a Fuse release rename the field.
 */
function sharedStatistics(narrowed: Fuse<Claim>, whole: Fuse<Claim>): void {
  type Counts = { _invertedIndex: unknown };
  (narrowed as unknown as Counts)._invertedIndex = (whole as unknown as Counts)._invertedIndex;
}

let bundledSearch: ClaimSearch | undefined;

/** The claims of the bundled corpus that match every word of `query`, best first; nothing for a blank query. */
export function searchCorpus(query: string, limit?: number): SearchHit[] {
  if (query.trim() === '') return [];
  bundledSearch ??= claimSearch(bundledCorpus.claims, prebuiltIndex);
  return bundledSearch(query, limit);
}

/**
 * A search over `corpus`: the prebuilt index when it is the bundled corpus;
 * with sources the reader imported, an index built now over every claim.
 */
export function corpusSearch(corpus: Corpus, nameOf: NameMeasure): ClaimSearch {
  if (corpus === bundledCorpus) return searchCorpus;
  return claimSearch(corpus.claims, buildSearchIndex(corpus, nameOf));
}
