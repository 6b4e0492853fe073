/**
 * What the corpus holds, counted: its estimates (those of the corpus of
 * record, and the seed documents' own claims that restate none of them), the
 * pages on record that report them, the bodies on record and when the
 * estimates date from. The seed documents are no reports: they are bundled
 * whole, and where they came from was not found (see their source records).
 * `npm run corpus -- stats` prints it.
 */
import { MEASURE_IDS, type Measure } from '../engine/measures';
import type { CorpusRecord } from './record';
import type { Corpus } from './schema';

export interface CorpusStats {
  readonly estimates: number;
  readonly reports: number;
  readonly outlets: number;
  readonly bodies: number;
  /** The share of estimates that name the body that made them. */
  readonly attributedShare: number;
  /** The share of reports with the address of the page. */
  readonly withUrlShare: number;
  readonly byMeasure: Readonly<Partial<Record<Measure, number>>>;
  readonly firstAsOf: string | null;
  readonly lastAsOf: string | null;
}

const UNATTRIBUTED = 'unattributed';

export function corpusStats(record: CorpusRecord, seeds: Corpus): CorpusStats {
  // A seed's claim that restates an estimate on record, or an earlier claim of its own document, is no estimate of its own.
  const seedEstimates = seeds.claims.filter((c) => !c.estimate && !c.restates);
  const estimates = [
    ...record.estimates.map((e) => ({ measure: e.measure, asOf: e.asOf.date, attributed: true })),
    ...seedEstimates.map((c) => ({ measure: c.measure, asOf: c.asOf.date, attributed: c.attributedTo !== UNATTRIBUTED })),
  ];
  // A report is a page on record. The seed documents are bundled whole, not reported: they are counted apart (`documents`).
  const reports = record.estimates.flatMap((e) => e.reports.map((r) => ({ url: r.url as string | null, outlet: r.outlet })));
  const byMeasure: Partial<Record<Measure, number>> = {};
  for (const measure of MEASURE_IDS) {
    const n = estimates.filter((e) => e.measure === measure).length;
    if (n > 0) byMeasure[measure] = n;
  }
  const dates = estimates.map((e) => e.asOf).sort();
  const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);
  return {
    estimates: estimates.length,
    reports: reports.length,
    outlets: new Set(reports.flatMap((r) => (r.outlet ? [r.outlet] : []))).size,
    bodies: record.bodies.length,
    attributedShare: share(estimates.filter((e) => e.attributed).length, estimates.length),
    withUrlShare: share(reports.filter((r) => r.url !== null).length, reports.length),
    byMeasure,
    firstAsOf: dates[0] ?? null,
    lastAsOf: dates.at(-1) ?? null,
  };
}
