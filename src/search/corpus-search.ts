/**
 * Finds estimates in the bundled corpus by words: "casualties", "shells 2024",
 * "Zelensky". Every word of a query must match somewhere in a claim (its
 * quote, figure, who made it, the measure, the source, its as-of date).
 * The index was built with the extension (see search-index-plugin.ts), so the
 * popup and the corpus browser only parse it.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import prebuiltIndex from 'virtual:corpus-search-index';
import { bundledCorpus } from '../corpus/bundled-corpus';
import type { Claim } from '../corpus/schema';
import { SEARCH_OPTIONS, type SearchIndexData } from './search-records';

export interface SearchHit {
  readonly claim: Claim;
  /** 0 is a perfect match, 1 no match at all (Fuse's scale). */
  readonly score: number;
}

/** Searches a list of claims by words: the claims that match every word of `query`, best first. */
export type ClaimSearch = (query: string, limit?: number) => SearchHit[];

/**
 * A search over `claims` with their prebuilt index, whose records line up with
 * the claims by position. The bundled corpus is searched through this; the
 * benchmark runs it over a larger corpus.
 */
export function claimSearch(claims: readonly Claim[], index: SearchIndexData): ClaimSearch {
  // A different count means the index was built from other claims than these.
  if (index.records.length !== claims.length) {
    throw new Error(`The search index has ${index.records.length} records for ${claims.length} claims: rebuild the extension.`);
  }
  const fuse = new Fuse(claims, SEARCH_OPTIONS as IFuseOptions<Claim>, Fuse.parseIndex<Claim>(index));
  return (query, limit) => {
    if (query.trim() === '') return [];
    const results = fuse.search(query, limit === undefined ? undefined : { limit });
    return results.map(({ item, score }) => ({ claim: item, score: score ?? 0 }));
  };
}

let bundledSearch: ClaimSearch | undefined;

/** The claims of the bundled corpus that match every word of `query`, best first; nothing for a blank query. */
export function searchCorpus(query: string, limit?: number): SearchHit[] {
  if (query.trim() === '') return [];
  bundledSearch ??= claimSearch(bundledCorpus.claims, prebuiltIndex);
  return bundledSearch(query, limit);
}
