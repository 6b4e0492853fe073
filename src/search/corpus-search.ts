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
import { SEARCH_OPTIONS } from './search-records';

export interface SearchHit {
  readonly claim: Claim;
  /** 0 is a perfect match, 1 no match at all (Fuse's scale). */
  readonly score: number;
}

let fuse: Fuse<Claim> | undefined;

function searcher(): Fuse<Claim> {
  if (fuse) return fuse;
  // The index's records line up with the claims by position; a different count
  // means the index was built from other corpus files than the ones bundled.
  if (prebuiltIndex.records.length !== bundledCorpus.claims.length) {
    throw new Error(`The search index has ${prebuiltIndex.records.length} records for ${bundledCorpus.claims.length} claims: rebuild the extension.`);
  }
  fuse = new Fuse(bundledCorpus.claims, SEARCH_OPTIONS as IFuseOptions<Claim>, Fuse.parseIndex<Claim>(prebuiltIndex));
  return fuse;
}

/** The claims that match every word of `query`, best first; nothing for a blank query. */
export function searchCorpus(query: string, limit?: number): SearchHit[] {
  if (query.trim() === '') return [];
  const results = searcher().search(query, limit === undefined ? undefined : { limit });
  return results.map(({ item, score }) => ({ claim: item, score: score ?? 0 }));
}
