/**
 * The whole check the corpus of record passes before anyone sees it: the shape
 * of every body, estimate and report (record.ts), then each report against the
 * engine (its quote, read as any page is, gives the estimate's figure with the
 * estimate's value and measure), and the record as a whole: no estimate made
 * twice, none dated after the earliest page that reports it. Every problem is
 * named with its estimate; nothing passes half-checked.
 */
import { detectFigures } from '../engine/detect-figures';
import { sameValue, type Value } from '../engine/value';
import { type CorpusRecord, type EstimateOf, validateRecord } from './record';
import type { Corpus } from './schema';

export type VerifiedRecord = { readonly record: CorpusRecord; readonly issues: readonly [] } | { readonly issues: readonly string[] };

const valueText = (value: Value) => (typeof value === 'number' ? String(value) : `${value.low}–${value.high}`);

/** What is wrong with each report of `estimate` against the engine; nothing when every one holds. */
export function reportProblems(estimate: EstimateOf): string[] {
  return estimate.reports.flatMap((report, i) => {
    const at = `estimate ${estimate.id} report ${i + 1} (${report.outlet})`;
    const read = detectFigures(report.quote, { assumeTopic: true }).filter((f) => f.text === report.figure);
    if (read.length === 0) return [`${at}: the engine finds no figure "${report.figure}" in the quote`];
    if (read.some((f) => f.measure === estimate.measure && sameValue(f.value, estimate.value))) return [];
    const [first] = read;
    return [
      `${at}: the engine reads "${report.figure}" as ${first!.measure} ${valueText(first!.value)}, not ${estimate.measure} ${valueText(estimate.value)}`,
    ];
  });
}

/** Whether date `a` can be no later than date `b`, each known only to its precision (2024-10 is any day of October). */
function notAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** Estimates made twice: the same body, measure, value and date. */
function duplicates(estimates: readonly EstimateOf[]): string[] {
  const seen = new Map<string, string>();
  const issues: string[] = [];
  for (const e of estimates) {
    const key = [e.body.id, e.measure, valueText(e.value), e.asOf.date].join('\u0000');
    const first = seen.get(key);
    if (first) issues.push(`estimate ${e.id}: the same body, measure, value and date as estimate ${first}; make it a report of that one`);
    else seen.set(key, e.id);
  }
  return issues;
}

/** The seed claims that name an estimate on record which is not there. */
export function linkProblems(corpus: Corpus, record: CorpusRecord): string[] {
  const ids = new Set(record.estimates.map((e) => e.id));
  return corpus.claims.flatMap((c) =>
    c.estimate && !ids.has(c.estimate) ? [`claim ${c.id}: restates unknown estimate "${c.estimate}"`] : [],
  );
}

/** Checks body files as a whole, shape first; when the shape holds, every estimate and report. */
export function verifyRecord(files: readonly unknown[]): VerifiedRecord {
  const checked = validateRecord(files);
  if (!('record' in checked)) return checked;
  const { record } = checked;
  const issues = [
    ...record.estimates.flatMap(reportProblems),
    ...record.estimates.flatMap((e) => {
      const earliest = e.reports.flatMap((r) => (r.published ? [r.published.date] : [])).sort()[0];
      return !earliest || notAfter(e.asOf.date, earliest)
        ? []
        : [`estimate ${e.id}: made ${e.asOf.date}, after its earliest report (${earliest})`];
    }),
    ...duplicates(record.estimates),
  ];
  return issues.length > 0 ? { issues } : { record, issues: [] };
}
