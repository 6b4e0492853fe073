/**
 * The corpus browser's filters as data: read from and written to the page's
 * query (`?measure=…&source=…&q=…`) so a filtered view can be linked and
 * reloaded, and applied to the corpus. No DOM here; the view draws the result.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Claim } from '../corpus/schema';
import { isMeasure, type Measure } from '../engine/measures';
import type { SearchHit } from './corpus-search';

export interface Filters {
  readonly measure: Measure | null;
  readonly source: string | null;
  /** The words box as typed; blank means no word filter. */
  readonly q: string;
}

export const NO_FILTERS: Filters = { measure: null, source: null, q: '' };

/** A query value that names nothing in the corpus: it is left out, and the reader is told. */
export interface UnknownFilter {
  readonly filter: 'measure' | 'source';
  readonly value: string;
}

/** The filters a query asks for; an unknown measure or source id is dropped and reported, not thrown. */
export function readFilters(params: URLSearchParams, corpus: CorpusIndex): { filters: Filters; unknown: UnknownFilter[] } {
  const unknown: UnknownFilter[] = [];
  const measureParam = params.get('measure') ?? '';
  const sourceParam = params.get('source') ?? '';
  let measure: Measure | null = null;
  if (isMeasure(measureParam)) measure = measureParam;
  else if (measureParam !== '') unknown.push({ filter: 'measure', value: measureParam });
  let source: string | null = null;
  if (corpus.sourceById.has(sourceParam)) source = sourceParam;
  else if (sourceParam !== '') unknown.push({ filter: 'source', value: sourceParam });
  return { filters: { measure, source, q: params.get('q') ?? '' }, unknown };
}

/** The query for a set of filters, without the ones not set: "?measure=troops_deployed&q=2024", or "". */
export function filtersQuery(filters: Filters): string {
  const params = new URLSearchParams();
  if (filters.measure) params.set('measure', filters.measure);
  if (filters.source) params.set('source', filters.source);
  if (filters.q.trim() !== '') params.set('q', filters.q);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(filters: Filters): boolean {
  return filters.measure !== null || filters.source !== null || filters.q.trim() !== '';
}

/**
 * The claims that pass every filter: in corpus order, or best match first when
 * there are words to match. `search` is the corpus search (injected, so the
 * filters can be tried on any corpus).
 */
export function applyFilters(corpus: CorpusIndex, filters: Filters, search: (query: string) => readonly SearchHit[]): Claim[] {
  const ranked = filters.q.trim() === '' ? corpus.claims : matchingClaims(corpus, search(filters.q));
  return ranked.filter(
    (claim) =>
      (filters.measure === null || claim.measure === filters.measure) && (filters.source === null || claim.source === filters.source),
  );
}

/** Hits are matched to this corpus's claims by id, so a hit from another copy of the corpus still counts. */
function matchingClaims(corpus: CorpusIndex, hits: readonly SearchHit[]): Claim[] {
  const byId = new Map(corpus.claims.map((c) => [c.id, c]));
  return hits.map((hit) => byId.get(hit.claim.id)).filter((claim): claim is Claim => claim !== undefined);
}
