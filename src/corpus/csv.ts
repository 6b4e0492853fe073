/**
 * Estimates as CSV (RFC 4180), one row per estimate, for a spreadsheet: who
 * made it, what it counts, the value, as of when, and its lead report with its
 * address; the other reports' addresses follow in one cell. Only what the
 * corpus records is written: an unknown cell is empty, never filled in.
 */
import type { Measure } from '../engine/measures';
import { valueBounds } from '../engine/value';
import type { OnRecord } from './on-record';
import type { Source } from './schema';

export const CSV_COLUMNS = [
  'id',
  'measure',
  'measure_name',
  'value_low',
  'value_high',
  'unit',
  'qualifier',
  'figure',
  'body_id',
  'body',
  'body_country',
  'body_kind',
  'as_of',
  'as_of_certainty',
  'counts',
  'quote',
  'outlet',
  'headline',
  'published',
  'url',
  'first_hand',
  'provenance',
  'other_report_urls',
  'derivation',
] as const;

/**
 * A cell as RFC 4180 has it, quoted when it holds a comma, quote or line
 * break. A cell a spreadsheet would run as a formula (=, +, -, @ first) is
 * kept as text by a leading apostrophe, unless it is a plain number.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text) && !/^-?\d+(\.\d+)?$/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(claim: OnRecord, source: Source | undefined, measureName: (measure: Measure) => string): (string | number | boolean | null)[] {
  const { low, high } = valueBounds(claim.value);
  const record = claim.record;
  const lead = record?.reports[0];
  const counts = record
    ? [record.counts.kind, record.counts.period, record.counts.coverage, record.counts.subKind, record.counts.note]
    : [];
  return [
    claim.id,
    claim.measure,
    measureName(claim.measure),
    low,
    high,
    claim.unit,
    claim.qualifier,
    claim.figure,
    record?.body.id ?? null,
    record ? record.body.name : claim.attributedTo,
    record?.body.country ?? null,
    record?.body.kind ?? null,
    claim.asOf.date,
    claim.asOf.certainty,
    counts.filter(Boolean).join('; ') || null,
    claim.quote,
    lead ? lead.outlet : (source?.outlet ?? null),
    lead ? lead.headline : (source?.title ?? null),
    lead ? (lead.published?.date ?? null) : (source?.published.date ?? null),
    lead ? lead.url : (source?.url ?? null),
    lead ? lead.firstHand : null,
    lead ? lead.provenance : null,
    record && record.reports.length > 1
      ? record.reports
          .slice(1)
          .map((r) => r.url)
          .join(' ')
      : null,
    claim.derivation ?? null,
  ];
}

/** The claims as one CSV text, a header row first, lines ended by CRLF as RFC 4180 has them. */
export function corpusCsv(
  corpus: { readonly sources: readonly Source[]; readonly claims: readonly OnRecord[] },
  measureName: (measure: Measure) => string,
): string {
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  const lines = [
    CSV_COLUMNS.join(','),
    ...corpus.claims.map((claim) => row(claim, sources.get(claim.source), measureName).map(csvCell).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
