/**
 * What corpus search looks at: one flat record of words per claim, and the
 * Fuse index over those records. The index is built once, at build time, in
 * Node (see search-index-plugin.ts); the extension only parses it, so this
 * module must give the same records wherever it runs.
 */
import Fuse, { type FuseOptionKeyObject, type IFuseOptions } from 'fuse.js';
import type { OnRecord } from '../corpus/on-record';
import type { Claim, Source } from '../corpus/schema';
import type { ApproxDate } from '../engine/value';

/** The words of one claim, in the claims' order, so an index record's position is its claim's. */
export interface SearchRecord {
  readonly quote: string;
  readonly figure: string;
  readonly attributedTo: string;
  readonly measureName: string;
  /** The measure's id as the corpus browser's URL carries it (`nk_casualties`). */
  readonly measureId: string;
  readonly sourceTitle: string;
  /** Outlet, author and the outlet of a rewritten article: whichever the source knows. */
  readonly publisher: readonly string[];
  /** "23 December 2024": the day, month and year as far as the date is known. */
  readonly asOf: string;
}

/** Who and what weigh more than a word somewhere in a long quote. */
export const SEARCH_KEYS: FuseOptionKeyObject<SearchRecord>[] = [
  { name: 'attributedTo', weight: 3 },
  { name: 'measureName', weight: 2 },
  { name: 'measureId', weight: 2 },
  { name: 'figure', weight: 2 },
  { name: 'asOf', weight: 2 },
  { name: 'quote', weight: 1 },
  { name: 'sourceTitle', weight: 1 },
  { name: 'publisher', weight: 1 },
];

/**
 * Token search with every word required: "shells 2024" means both. A low
 * threshold lets "casualties" find "casualty" and "Zelenskyy", but keeps
 * "2024" from matching 2023 or 2025 (one wrong digit in four).
 */
export const SEARCH_OPTIONS: IFuseOptions<unknown> = {
  keys: SEARCH_KEYS as FuseOptionKeyObject<unknown>[],
  useTokenSearch: true,
  tokenMatch: 'all',
  ignoreDiacritics: true,
  threshold: 0.2,
  includeScore: true,
};

const MONTH_NAMES = Array.from({ length: 12 }, (_, month) =>
  new Date(Date.UTC(2000, month, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' }),
);

/** "2024", "December 2024", "23 December 2024": an as-of date as the words a reader types. */
export function dateWords(date: ApproxDate): string {
  const [year, month, day] = date.date.split('-');
  const monthName = month ? MONTH_NAMES[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : null, monthName, year].filter(Boolean).join(' ');
}

function publisherOf(source: Source | undefined): string[] {
  if (!source) return [];
  return [source.outlet, source.author, source.basedOn?.outlet].filter((name): name is string => !!name);
}

/** Names a measure in words the index is searched in; the index is built in Node, in English. */
export type NameMeasure = (measure: Claim['measure']) => string;

export function searchRecord(claim: OnRecord, source: Source | undefined, nameOf: NameMeasure): SearchRecord {
  // An estimate on record is found by its lead report's headline and every outlet that reports it; a seed claim by its document.
  const reports = claim.record?.reports;
  return {
    quote: claim.quote,
    figure: claim.figure,
    attributedTo: claim.attributedTo,
    measureName: nameOf(claim.measure),
    measureId: claim.measure,
    sourceTitle: reports ? (reports[0]!.headline ?? '') : (source?.title ?? ''),
    publisher: reports ? [...new Set(reports.map((r) => r.outlet))] : publisherOf(source),
    asOf: dateWords(claim.asOf),
  };
}

export function searchRecords(
  corpus: { readonly sources: readonly Source[]; readonly claims: readonly OnRecord[] },
  nameOf: NameMeasure,
): SearchRecord[] {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  return corpus.claims.map((claim) => searchRecord(claim, sources.get(claim.source), nameOf));
}

export type SearchIndexData = ReturnType<ReturnType<typeof Fuse.createIndex<SearchRecord>>['toJSON']>;

/** The serialisable Fuse index of a corpus's claims, for `Fuse.parseIndex`. */
export function buildSearchIndex(
  corpus: { readonly sources: readonly Source[]; readonly claims: readonly OnRecord[] },
  nameOf: NameMeasure,
): SearchIndexData {
  return Fuse.createIndex(SEARCH_KEYS, searchRecords(corpus, nameOf)).toJSON();
}
