/**
 * The whole check the corpus of record passes before anyone sees it: the shape
 * of every body, estimate and report (record.ts), then each report against the
 * engine (its sentence, read with its topic taken as given, gives the
 * estimate's figure with the estimate's value and measure), and the record as
 * a whole: no estimate made twice, none dated after a page that reports it,
 * no page listed twice as a report of one estimate. Every problem is named
 * with its estimate; nothing passes half-checked.
 */
import { sameValue } from '../engine/value';
import { aliasesOf, nameKey } from './body-names';
import { type Body, type CorpusRecord, type EstimateOf, validateRecord } from './record';
import type { Corpus } from './schema';
import { misreading, valueText } from './verify-corpus';

export type VerifiedRecord = { readonly record: CorpusRecord; readonly issues: readonly [] } | { readonly issues: readonly string[] };

/** What is wrong with each report of `estimate` against the engine; nothing when every one holds. */
export function reportProblems(estimate: EstimateOf): string[] {
  return estimate.reports.flatMap((report, i) => {
    const problem = misreading(report.quote, report.figure, estimate.measure, estimate.value);
    return problem ? [`estimate ${estimate.id} report ${i + 1} (${report.outlet}): ${problem}`] : [];
  });
}

/** Whether date `a` can be no later than date `b`, each known only to its precision (2024-10 is any day of October). */
function notAfter(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) <= b.slice(0, n);
}

/** Whether two dates can be the same day, each known only to its precision. */
function sameDate(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** An estimate is made no later than any page that reports it. */
function datedAfterReports(e: EstimateOf): string[] {
  const later = e.reports.flatMap((r) => (r.published && !notAfter(e.asOf.date, r.published.date) ? [r.published.date] : [])).sort();
  return later.length > 0 ? [`estimate ${e.id}: made ${e.asOf.date}, after a report of ${later[0]}`] : [];
}

function pagesTwice(e: EstimateOf): string[] {
  const urls = e.reports.map((r) => r.url);
  return urls.filter((url, i) => urls.indexOf(url) !== i).map((url) => `estimate ${e.id}: the page ${url} is listed twice`);
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

/** The seed claims that restate an estimate on record: it must be there, of the same measure and value, and of the same date. */
export function linkProblems(corpus: Corpus, record: CorpusRecord): string[] {
  const byId = new Map(record.estimates.map((e) => [e.id, e]));
  return corpus.claims.flatMap((c) => {
    if (!c.estimate) return [];
    const e = byId.get(c.estimate);
    if (!e) return [`claim ${c.id}: restates unknown estimate "${c.estimate}"`];
    if (e.measure !== c.measure || !sameValue(e.value, c.value)) {
      return [`claim ${c.id}: restates estimate ${e.id}, of ${e.measure} ${valueText(e.value)}, not ${c.measure} ${valueText(c.value)}`];
    }
    return sameDate(e.asOf.date, c.asOf.date) ? [] : [`claim ${c.id}: restates estimate ${e.id}, made ${e.asOf.date}, not ${c.asOf.date}`];
  });
}

/** A name pages use for two bodies names neither: a page's attribution must lead to one body or none. */
function sharedNames(bodies: readonly Body[]): string[] {
  const owner = new Map<string, string>();
  const issues: string[] = [];
  for (const body of bodies) {
    for (const alias of new Set(aliasesOf(body).map((alias) => nameKey(alias)))) {
      const first = owner.get(alias);
      if (alias.trim() === '') issues.push(`body ${body.id}: an alias has no words to match`);
      else if (first) issues.push(`body ${body.id}: the alias "${alias.trim()}" is also body ${first}'s`);
      else owner.set(alias, body.id);
    }
  }
  return issues;
}

/** Checks body files as a whole, shape first; when the shape holds, every estimate and report. */
export function verifyRecord(files: readonly unknown[]): VerifiedRecord {
  const checked = validateRecord(files);
  if (!('record' in checked)) return checked;
  const { record } = checked;
  const issues = [
    ...record.estimates.flatMap(reportProblems),
    ...record.estimates.flatMap(datedAfterReports),
    ...record.estimates.flatMap(pagesTwice),
    ...duplicates(record.estimates),
    ...sharedNames(record.bodies),
  ];
  return issues.length > 0 ? { issues } : { record, issues: [] };
}
