/**
 * The reference corpus: sources (one JSON file each under assets/corpus/sources/)
 * and the attributed estimates ("claims") each of them makes.
 *
 * The fields map onto schema.org without a rewrite:
 *   Claim.text = quote, Claim.author = attributedTo, Claim.appearance = the source,
 *   Claim.datePublished = source.published.date;
 *   Observation.measuredProperty = measure, Observation.value | minValue/maxValue = value,
 *   Observation.unitText = unit, Observation.observationDate = asOf.date.
 */
import { isMeasure, isScope, type Measure, SCOPES, type Scope } from '../engine/measures';
import type { ApproxDate, Value } from '../engine/value';

export const SOURCE_KINDS = ['news', 'opinion', 'blog', 'rewrite'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  /** The document's file name without `.txt`. */
  readonly id: string;
  /** The bundled document's file name under assets/corpus/documents/. */
  readonly document: string;
  readonly title: string;
  readonly kind: SourceKind;
  readonly outlet: string | null;
  readonly author: string | null;
  readonly published: ApproxDate;
  /** Where the text can be read online; null where the origin was not found. */
  readonly url: string | null;
  /** For a rewrite: the article it rewrites, where known. */
  readonly basedOn?: { readonly title: string; readonly outlet: string; readonly url: string | null };
  /** What is known about the origin, and what is not. */
  readonly provenance: string;
}

export interface Claim {
  /** Unique across the corpus: `<source id>#<n>`. */
  readonly id: string;
  readonly source: string;
  readonly measure: Measure;
  readonly value: Value;
  readonly unit: string;
  /** As written ("at least", "about", "up to", "exceeds"), lower case; null where the figure is bare. */
  readonly qualifier: string | null;
  /** For measures that mix what they count (Russia's casualties): killed, wounded, or both. */
  readonly scope?: Scope;
  /** Who made the estimate, or "unattributed". */
  readonly attributedTo: string;
  readonly asOf: ApproxDate;
  /** The sentence containing the figure, verbatim from the document. */
  readonly quote: string;
  /** The figure exactly as it stands in the quote, qualifier included ("about 12,000"). */
  readonly figure: string;
  /** For a figure worked out from others in the sentence ("one-third of near 15,000"). */
  readonly derivation?: string;
  /** The id of an earlier claim in the same document that this one repeats. */
  readonly restates?: string;
  /** The estimate on record (record.ts) this figure restates: its wording, value and date agree with it. */
  readonly estimate?: string;
}

export interface SourceFile {
  readonly source: Source;
  readonly claims: readonly Claim[];
}

export interface Corpus {
  readonly sources: readonly Source[];
  readonly claims: readonly Claim[];
}

/** A source's id, which names its document too: letters, digits, `_` and `-`. */
export const SOURCE_ID = /^[A-Za-z0-9_-]{1,64}$/;
/** A claim's id: its source's id, `#`, and its place among the source's claims (1, 2, …). */
export const CLAIM_ID = /^[A-Za-z0-9_-]{1,64}#[1-9]\d{0,5}$/;

// ---------------------------------------------------------------------------
// Validation: every problem is reported with the place it is in, so a bad file
// can be fixed without a debugger. Nothing is accepted half-valid.

export type Issues = string[];

const ISO_BY_PRECISION = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
} as const;

/** A JSON object: not null, not an array. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function text(o: Record<string, unknown>, key: string, where: string, issues: Issues, nullable = false) {
  const v = o[key];
  if (nullable && v === null) return;
  if (typeof v !== 'string' || v.trim() === '') {
    issues.push(`${where}: "${key}" must be a non-empty string${nullable ? ' or null' : ''}`);
  }
}

export function checkDate(v: unknown, where: string, issues: Issues) {
  if (!isRecord(v)) {
    issues.push(`${where}: must be an object { date, precision, certainty, basis }`);
    return;
  }
  const { date, precision, certainty } = v;
  if (precision !== 'year' && precision !== 'month' && precision !== 'day') {
    issues.push(`${where}.precision: must be "year", "month" or "day"`);
  } else if (typeof date !== 'string' || !ISO_BY_PRECISION[precision].test(date)) {
    issues.push(`${where}.date: "${String(date)}" is not an ISO date of ${precision} precision`);
  }
  if (certainty !== 'stated' && certainty !== 'about' && certainty !== 'after') {
    issues.push(`${where}.certainty: must be "stated", "about" or "after"`);
  }
  text(v, 'basis', where, issues);
}

export function checkValue(v: unknown, where: string, issues: Issues) {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) issues.push(`${where}: value ${v} must be a finite number ≥ 0`);
    return;
  }
  if (!isRecord(v) || typeof v.low !== 'number' || typeof v.high !== 'number') {
    issues.push(`${where}: value must be a number or { "low": n, "high": n }`);
    return;
  }
  if (!(v.low >= 0 && v.low < v.high && Number.isFinite(v.high))) {
    issues.push(`${where}: range low ${v.low} must be ≥ 0 and below high ${v.high}`);
  }
}

/** A figure stands in its quote, exactly as written. */
export function checkFigureInQuote(v: Record<string, unknown>, where: string, issues: Issues): void {
  if (typeof v.quote === 'string' && typeof v.figure === 'string' && !v.quote.includes(v.figure)) {
    issues.push(`${where}: figure "${v.figure}" does not occur in its quote`);
  }
}

export function validateSource(v: unknown, where: string, issues: Issues): void {
  if (!isRecord(v)) {
    issues.push(`${where}: must be an object`);
    return;
  }
  for (const key of ['id', 'document', 'title', 'provenance']) text(v, key, where, issues);
  for (const key of ['outlet', 'author', 'url']) text(v, key, where, issues, true);
  if (!SOURCE_KINDS.includes(v.kind as SourceKind)) {
    issues.push(`${where}: "kind" must be one of ${SOURCE_KINDS.join(', ')}`);
  }
  if (typeof v.id === 'string' && !SOURCE_ID.test(v.id)) {
    issues.push(`${where}: "id" must be letters, digits, "_" and "-" only`);
  }
  if (typeof v.id === 'string' && v.document !== `${v.id}.txt`) {
    issues.push(`${where}: "document" must be "${v.id}.txt"`);
  }
  if (typeof v.url === 'string' && !/^https:\/\/\S+$/.test(v.url)) {
    issues.push(`${where}: "url" must be an https URL`);
  }
  checkDate(v.published, `${where}.published`, issues);
}

export function validateClaim(v: unknown, where: string, issues: Issues): void {
  if (!isRecord(v)) {
    issues.push(`${where}: must be an object`);
    return;
  }
  const at = typeof v.id === 'string' ? `claim ${v.id}` : where;
  for (const key of ['id', 'source', 'unit', 'attributedTo', 'quote', 'figure']) text(v, key, at, issues);
  text(v, 'qualifier', at, issues, true);
  if (typeof v.id === 'string' && !CLAIM_ID.test(v.id)) issues.push(`${at}: "id" must be "<source id>#<n>"`);
  if (!isMeasure(v.measure)) issues.push(`${at}: unknown measure "${String(v.measure)}"`);
  checkValue(v.value, at, issues);
  checkDate(v.asOf, `${at}.asOf`, issues);
  checkFigureInQuote(v, at, issues);
  if (v.scope !== undefined && !isScope(v.scope)) {
    issues.push(`${at}: "scope" must be one of ${SCOPES.join(', ')}`);
  }
  for (const key of ['derivation', 'restates', 'estimate']) {
    if (v[key] !== undefined) text(v, key, at, issues);
  }
}

/** Checks a set of source files as a whole; returns the corpus, or every problem found. */
export function validateCorpus(files: readonly unknown[]): { corpus: Corpus; issues: [] } | { issues: string[] } {
  const issues: Issues = [];
  const sources: Source[] = [];
  const claims: Claim[] = [];
  files.forEach((file, i) => {
    const where = `source file ${i + 1}`;
    if (!isRecord(file) || !Array.isArray(file.claims)) {
      issues.push(`${where}: must be { "source": {…}, "claims": […] }`);
      return;
    }
    const before = issues.length;
    validateSource(file.source, `${where} source`, issues);
    file.claims.forEach((c, j) => {
      validateClaim(c, `${where} claim ${j + 1}`, issues);
    });
    if (issues.length > before) return;
    const source = file.source as Source;
    sources.push(source);
    for (const claim of file.claims as Claim[]) {
      if (claim.source !== source.id) issues.push(`claim ${claim.id}: "source" must be "${source.id}"`);
      else if (!claim.id.startsWith(`${source.id}#`)) issues.push(`claim ${claim.id}: "id" must start with "${source.id}#"`);
      claims.push(claim);
    }
  });
  const ids = new Set<string>();
  for (const claim of claims) {
    if (ids.has(claim.id)) issues.push(`claim ${claim.id}: id is used twice`);
    ids.add(claim.id);
  }
  for (const claim of claims) {
    if (claim.restates !== undefined && !ids.has(claim.restates)) {
      issues.push(`claim ${claim.id}: restates unknown claim "${claim.restates}"`);
    }
  }
  if (new Set(sources.map((s) => s.id)).size !== sources.length) issues.push('two source files share an id');
  return issues.length > 0 ? { issues } : { corpus: { sources, claims }, issues: [] };
}
