/**
 * What a figure is set beside: the estimates on record (record.ts), each with
 * the body that made it and the pages that report it, and the seed documents'
 * own claims (schema.ts). Both are claims to the comparison: a value of a
 * measure, said by someone, as of a date, in a sentence. An estimate on record
 * speaks through its lead report, the first-hand one where there is one.
 */
import type { Body, CorpusRecord, Counts, EstimateOf, Report } from './record';
import type { Claim } from './schema';

/** Where an estimate on record comes from: who made it, what it counts, and every page that reports it, the lead first. */
export interface RecordOrigin {
  readonly body: Body;
  readonly counts: Counts;
  readonly reports: readonly Report[];
}

export interface OnRecord extends Claim {
  /** Present for an estimate on record; absent for a seed document's claim. */
  readonly record?: RecordOrigin;
}

/** The `source` of an estimate on record: its body, in a form no source id takes. */
export const recordSource = (body: Body) => `record/${body.id}`;

export function estimateClaim(e: EstimateOf): OnRecord {
  const lead = e.reports[0]!;
  return {
    id: e.id,
    source: recordSource(e.body),
    measure: e.measure,
    value: e.value,
    unit: e.unit,
    qualifier: e.qualifier,
    attributedTo: e.body.name,
    asOf: e.asOf,
    quote: lead.quote,
    figure: lead.figure,
    record: { body: e.body, counts: e.counts, reports: e.reports },
  };
}

/** The record's estimates as claims, in the record's order. */
export function recordClaims(record: CorpusRecord): OnRecord[] {
  return record.estimates.map(estimateClaim);
}
