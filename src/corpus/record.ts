/**
 * The corpus of record: estimating bodies, the estimates each made, and the
 * reports that carry each estimate (one file per body under
 * assets/corpus/record/). The build checks it (verify-record.ts), cards set
 * figures beside it (on-record.ts) and `npm run corpus -- stats` counts it.
 * An estimate is made once, by one body, as of one
 * date; the pages that report it are its reports, first-hand (the body's own
 * page, or the outlet that did the reporting) or copies. NIS's figure carried
 * by Yonhap, KBS and the Korea Herald is one estimate with three reports.
 *
 * The fields map onto schema.org: an estimate is a Claim whose author is the
 * body, each report an `appearance` (a NewsArticle with its URL), and the
 * number an Observation (measuredProperty, value or minValue/maxValue, unitText,
 * observationDate = asOf).
 */
import { COUNT_KINDS, COVERAGES, type Counts, PERIODS } from '../engine/counts';
import { isMeasure, type Measure } from '../engine/measures';
import type { ApproxDate, Value } from '../engine/value';
import { checkDate, checkFigureInQuote, checkValue, type Issues, isRecord, text } from './schema';

// The vocabulary of what a count counts is the engine's, shared with the figures found on pages.
export { COUNT_KINDS, COVERAGES, type Counts, PERIODS } from '../engine/counts';

export const BODY_KINDS = ['intelligence', 'government', 'military', 'research', 'press', 'other'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** Who made an estimate: an agency, a government, a research group, a newsroom that counted for itself. */
export interface Body {
  /** Short and stable: `nis`, `hur`, `us-dod`; also the name of its file. */
  readonly id: string;
  /** As a reader would see it named: "South Korea's National Intelligence Service (NIS)". */
  readonly name: string;
  /** The country it belongs to, or null for an international body. */
  readonly country: string | null;
  readonly kind: BodyKind;
  /**
   * The names pages use for it, by language (BCP 47): "NIS", "South Korea's spy
   * agency", "Budanov". Only names that real reporting uses and that name this
   * body alone; a page's attribution is read against them (body-names.ts).
   */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

/** A page that carries an estimate, and the sentence or two in it that give the figure, verbatim. */
export interface Report {
  readonly url: string;
  readonly outlet: string;
  /** The page's headline as it has it, or null where it was not seen. */
  readonly headline: string | null;
  /** When the page was published, or null where the page gives no date. */
  readonly published: ApproxDate | null;
  /** BCP 47: en, ko, uk, ru. */
  readonly language: string;
  readonly quote: string;
  /** The figure exactly as it stands in the quote, qualifier included. */
  readonly figure: string;
  /** The body's own page, or the outlet that did the reporting; false for a page that repeats another's report. */
  readonly firstHand: boolean;
  /** Why it is, or whose report it repeats. */
  readonly provenance: string;
}

export interface Estimate {
  /** `<body id>/<as-of date>/<measure>`, with `-2`, `-3` … where a body gave two on one day. */
  readonly id: string;
  readonly measure: Measure;
  readonly value: Value;
  readonly unit: string;
  /** As its lead report words it ("about", "more than"), lower case; null where the figure is bare. */
  readonly qualifier: string | null;
  readonly counts: Counts;
  readonly asOf: ApproxDate;
  readonly reports: readonly Report[];
}

export interface BodyFile {
  readonly body: Body;
  readonly estimates: readonly Estimate[];
}

export interface EstimateOf extends Estimate {
  readonly body: Body;
}

export interface CorpusRecord {
  readonly bodies: readonly Body[];
  readonly estimates: readonly EstimateOf[];
}

export const BODY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ESTIMATE_ID = /^[a-z0-9-]+\/\d{4}(?:-\d{2}){0,2}\/[a-z_]+(?:-[2-9])?$/;
/** Reports are pages of the open web, some of them served over plain http still (KBS World's archive). */
const URL_SHAPE = /^https?:\/\/[^\s/$.?#][^\s]*$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function oneOf<T extends string>(v: unknown, options: readonly T[], where: string, issues: Issues): v is T {
  if (options.includes(v as T)) return true;
  issues.push(`${where}: must be one of ${options.join(', ')}`);
  return false;
}

function checkBody(v: unknown, where: string, issues: Issues): void {
  if (!isRecord(v)) {
    issues.push(`${where}: must be an object { id, name, country, kind }`);
    return;
  }
  text(v, 'id', where, issues);
  text(v, 'name', where, issues);
  text(v, 'country', where, issues, true);
  oneOf(v.kind, BODY_KINDS, `${where}.kind`, issues);
  if (typeof v.id === 'string' && !BODY_ID.test(v.id)) issues.push(`${where}: "id" must be lower-case letters, digits and "-"`);
  if (v.aliases !== undefined) checkAliases(v.aliases, `${where}.aliases`, issues);
}

function checkAliases(v: unknown, where: string, issues: Issues): void {
  if (!isRecord(v)) {
    issues.push(`${where}: must be an object of language tags, each with a list of names: { "en": ["NIS", …] }`);
    return;
  }
  for (const [language, names] of Object.entries(v)) {
    if (!LANGUAGE.test(language)) issues.push(`${where}: "${language}" is not a language tag such as "en"`);
    if (!Array.isArray(names) || names.length === 0 || names.some((n) => typeof n !== 'string' || n.trim() === '')) {
      issues.push(`${where}.${language}: must be a list of non-empty names`);
    } else if (new Set(names).size !== names.length) issues.push(`${where}.${language}: lists a name twice`);
  }
}

function checkCounts(v: unknown, where: string, issues: Issues): void {
  if (!isRecord(v)) {
    issues.push(`${where}: must be an object { kind, coverage }`);
    return;
  }
  if (oneOf(v.kind, COUNT_KINDS, `${where}.kind`, issues) && v.kind === 'period') oneOf(v.period, PERIODS, `${where}.period`, issues);
  if (v.kind === 'running_total' && v.period !== undefined) issues.push(`${where}.period: a running total has no period`);
  oneOf(v.coverage, COVERAGES, `${where}.coverage`, issues);
  for (const key of ['subKind', 'note']) if (v[key] !== undefined) text(v, key, where, issues);
}

function checkReport(v: unknown, where: string, issues: Issues): void {
  if (!isRecord(v)) {
    issues.push(`${where}: must be an object`);
    return;
  }
  for (const key of ['url', 'outlet', 'language', 'quote', 'figure', 'provenance']) text(v, key, where, issues);
  text(v, 'headline', where, issues, true);
  if (typeof v.url === 'string' && !URL_SHAPE.test(v.url)) issues.push(`${where}: "url" must be an http(s) address`);
  if (typeof v.firstHand !== 'boolean') issues.push(`${where}: "firstHand" must be true or false`);
  if (v.published !== null) checkDate(v.published, `${where}.published`, issues);
  if (typeof v.language === 'string' && !LANGUAGE.test(v.language)) issues.push(`${where}: "language" must be a language tag such as "en"`);
  checkFigureInQuote(v, where, issues);
}

function checkEstimate(v: unknown, where: string, issues: Issues): void {
  if (!isRecord(v)) {
    issues.push(`${where}: must be an object`);
    return;
  }
  const at = typeof v.id === 'string' ? `estimate ${v.id}` : where;
  text(v, 'id', at, issues);
  text(v, 'unit', at, issues);
  text(v, 'qualifier', at, issues, true);
  if (typeof v.id === 'string' && !ESTIMATE_ID.test(v.id)) issues.push(`${at}: "id" must be "<body id>/<as-of date>/<measure>"`);
  else if (typeof v.id === 'string' && isRecord(v.asOf) && !v.id.includes(`/${String(v.asOf.date)}/${String(v.measure)}`)) {
    issues.push(`${at}: "id" must name its as-of date and measure: "…/${String(v.asOf.date)}/${String(v.measure)}"`);
  }
  if (!isMeasure(v.measure)) issues.push(`${at}: unknown measure "${String(v.measure)}"`);
  checkValue(v.value, at, issues);
  checkCounts(v.counts, `${at}.counts`, issues);
  checkDate(v.asOf, `${at}.asOf`, issues);
  if (!Array.isArray(v.reports) || v.reports.length === 0) {
    issues.push(`${at}: "reports" must list at least one report`);
    return;
  }
  v.reports.forEach((report, i) => {
    checkReport(report, `${at} report ${i + 1}`, issues);
  });
}

/** Checks the body files' shape as a whole; returns the record, or every problem found. */
export function validateRecord(files: readonly unknown[]): { record: CorpusRecord; issues: [] } | { issues: string[] } {
  const issues: Issues = [];
  const bodies: Body[] = [];
  const estimates: EstimateOf[] = [];
  files.forEach((file, i) => {
    const where = `body file ${i + 1}`;
    if (!isRecord(file) || !Array.isArray(file.estimates)) {
      issues.push(`${where}: must be { "body": {…}, "estimates": […] }`);
      return;
    }
    const before = issues.length;
    checkBody(file.body, `${where} body`, issues);
    file.estimates.forEach((e, j) => {
      checkEstimate(e, `${where} estimate ${j + 1}`, issues);
    });
    if (issues.length > before) return;
    const body = file.body as Body;
    bodies.push(body);
    for (const estimate of file.estimates as Estimate[]) {
      if (!estimate.id.startsWith(`${body.id}/`)) issues.push(`estimate ${estimate.id}: "id" must start with "${body.id}/"`);
      estimates.push({ ...estimate, body });
    }
  });
  const ids = new Set<string>();
  for (const e of estimates) {
    if (ids.has(e.id)) issues.push(`estimate ${e.id}: id is used twice`);
    ids.add(e.id);
  }
  if (new Set(bodies.map((b) => b.id)).size !== bodies.length) issues.push('two body files share an id');
  return issues.length > 0 ? { issues } : { record: { bodies, estimates }, issues: [] };
}
