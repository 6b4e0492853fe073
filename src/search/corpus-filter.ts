/**
 * The corpus browser's filters as data: read from and written to the page's
 * query (`?measure=…&body=…&source=…&from=…&to=…&q=…`) so a filtered view can
 * be linked and reloaded, and applied to the corpus. No DOM here; the view
 * draws the result.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { OnRecord } from '../corpus/on-record';
import type { Body } from '../corpus/record';
import { dateKey } from '../engine/format-value';
import { isMeasure, type Measure } from '../engine/measures';
import type { ApproxDate } from '../engine/value';
import type { SearchHit } from './corpus-search';

export interface Filters {
  readonly measure: Measure | null;
  /** An estimating body on record, by id. */
  readonly body: string | null;
  /** A document (a seed or one the reader imported), by id. */
  readonly source: string | null;
  /** The first and last day of the dates shown, `YYYY-MM-DD`; null is open. */
  readonly from: string | null;
  readonly to: string | null;
  /** The words box as typed; blank means no word filter. */
  readonly q: string;
}

export const NO_FILTERS: Filters = { measure: null, body: null, source: null, from: null, to: null, q: '' };

/** A query value that names nothing in the corpus, or no day: it is left out, and the reader is told. */
export interface UnknownFilter {
  readonly filter: 'measure' | 'body' | 'source' | 'from' | 'to';
  readonly value: string;
}

/** A calendar day as `YYYY-MM-DD`, and one that exists (no 31 April). */
export function isDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
}

/** The bodies whose estimates the corpus holds, by name, each with how many. */
export function bodiesOf(corpus: { readonly claims: readonly OnRecord[] }): { body: Body; count: number }[] {
  const found = new Map<string, { body: Body; count: number }>();
  for (const claim of corpus.claims) {
    const body = claim.record?.body;
    if (!body) continue;
    const entry = found.get(body.id) ?? { body, count: 0 };
    entry.count += 1;
    found.set(body.id, entry);
  }
  return [...found.values()].sort((a, b) => a.body.name.localeCompare(b.body.name, 'en'));
}

/** The filters a query asks for; an unknown measure, body or source, or a date that is no day, is dropped and reported, not thrown. */
export function readFilters(params: URLSearchParams, corpus: CorpusIndex): { filters: Filters; unknown: UnknownFilter[] } {
  const unknown: UnknownFilter[] = [];
  const known = <T extends string>(filter: UnknownFilter['filter'], ok: (value: string) => value is T): T | null => {
    const value = params.get(filter) ?? '';
    if (value === '') return null;
    if (ok(value)) return value;
    unknown.push({ filter, value });
    return null;
  };
  const bodies = new Set(bodiesOf(corpus).map((b) => b.body.id));
  const measure = known('measure', isMeasure);
  const body = known('body', (v): v is string => bodies.has(v));
  const source = known('source', (v): v is string => corpus.sourceById.has(v));
  const from = known('from', (v): v is string => isDay(v));
  const to = known('to', (v): v is string => isDay(v));
  return { filters: { measure, body, source, from, to, q: params.get('q') ?? '' }, unknown };
}

/** The query for a set of filters, without the ones not set: "?measure=troops_deployed&q=2024", or "". */
export function filtersQuery(filters: Filters): string {
  const params = new URLSearchParams();
  for (const key of ['measure', 'body', 'source', 'from', 'to'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.q.trim() !== '') params.set('q', filters.q);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function hasFilters(filters: Filters): boolean {
  return (
    filters.measure !== null ||
    filters.body !== null ||
    filters.source !== null ||
    filters.from !== null ||
    filters.to !== null ||
    filters.q.trim() !== ''
  );
}

const LAST_DAY = '9999-12-31';

/**
 * The days an estimate's date may stand for: "2024-10" is 1–31 October; a
 * date known only as "after Aug 2025" runs on without end.
 */
export function daysOf(date: ApproxDate): { first: string; last: string } {
  const first = dateKey(date).replace(/-00/g, '-01');
  if (date.certainty === 'after') return { first, last: LAST_DAY };
  if (date.precision === 'day') return { first, last: first };
  if (date.precision === 'month') {
    const [year, month] = date.date.split('-').map(Number);
    const end = new Date(Date.UTC(year!, month!, 0)).toISOString().slice(0, 10);
    return { first, last: end };
  }
  return { first, last: `${date.date.slice(0, 4)}-12-31` };
}

/** An estimate is in a date range when the days its date may stand for meet the range. */
function inRange(claim: OnRecord, from: string | null, to: string | null): boolean {
  const { first, last } = daysOf(claim.asOf);
  return (from === null || last >= from) && (to === null || first <= to);
}

/** Oldest first; an estimate's id settles a tie, so the order never depends on the corpus's. */
export function byAsOf(a: OnRecord, b: OnRecord): number {
  const x = dateKey(a.asOf);
  const y = dateKey(b.asOf);
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The claims that pass every filter, oldest first. `search` is the corpus
 * search (injected, so the filters can be tried on any corpus); a claim passes
 * the words when the search finds it.
 */
export function applyFilters(corpus: CorpusIndex, filters: Filters, search: (query: string) => readonly SearchHit[]): OnRecord[] {
  const found = filters.q.trim() === '' ? null : new Set(search(filters.q).map((hit) => hit.claim.id));
  return corpus.claims
    .filter(
      (claim) =>
        (found === null || found.has(claim.id)) &&
        (filters.measure === null || claim.measure === filters.measure) &&
        (filters.body === null || claim.record?.body.id === filters.body) &&
        (filters.source === null || claim.source === filters.source) &&
        inRange(claim, filters.from, filters.to),
    )
    .sort(byAsOf);
}
