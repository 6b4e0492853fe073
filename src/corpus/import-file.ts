/**
 * Estimates a reader adds to the corpus: a Rangefinder corpus file, checked
 * exactly as the bundled record is at build time (verify-record.ts), and
 * accepted whole or not at all. The file holds body files as the bundled
 * record has them under assets/corpus/record/, each body with its estimates
 * and each estimate with the pages that report it:
 *
 *   { "rangefinder": "corpus", "version": 2,
 *     "bodies": [ { "body": {…}, "estimates": [ {…, "reports": [ {…} ] } ] } ] }
 *
 * A file of the first format (version 1: sources with their documents'
 * text) is refused whole, with how to convert it; what a reader imported in
 * that format before keeps working. CONTRIBUTING.md describes both.
 */

import type { CorpusIndex } from './corpus-index';
import type { ImportedCorpus } from './imported-store';
import type { Body, BodyFile } from './record';
import { isRecord } from './schema';
import { valueText } from './verify-corpus';
import { verifyRecord } from './verify-record';

export const IMPORT_FORMAT = 'corpus';
export const IMPORT_VERSION = 2;
/** The first format: sources with their documents' text. */
export const OLD_IMPORT_VERSION = 1;
/** Larger files are refused before they are read: storage for extensions is counted in megabytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Why a file was refused: a summary, and every problem found in it. */
export interface ImportRefusal {
  readonly reason: 'too-large' | 'not-json' | 'not-corpus' | 'old-format' | 'invalid';
  readonly problems: readonly string[];
}

export type ImportResult = { readonly imported: ImportedCorpus } | { readonly refused: ImportRefusal };

const refuse = (reason: ImportRefusal['reason'], problems: string[]): ImportResult => ({ refused: { reason, problems } });

const sameBody = (a: Body, b: Body) => a.name === b.name && a.country === b.country && a.kind === b.kind;

/**
 * Reads a corpus file and checks it against the corpus it joins (`current`:
 * the bundled corpus and what was imported before). Returns everything imported
 * once it is added, or the refusal; nothing in between.
 */
export function readImportFile(text: string, current: CorpusIndex, before: ImportedCorpus): ImportResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return refuse('too-large', [`The file has ${bytes} bytes; at most ${MAX_IMPORT_BYTES} can be imported.`]);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse('not-json', [(error as Error).message]);
  }
  if (!isRecord(data) || data.rangefinder !== IMPORT_FORMAT) {
    return refuse('not-corpus', [`The file must be { "rangefinder": "corpus", "version": ${IMPORT_VERSION}, "bodies": [ … ] }.`]);
  }
  if (data.version === OLD_IMPORT_VERSION) return refuse('old-format', []);
  if (data.version !== IMPORT_VERSION)
    return refuse('not-corpus', [
      `Version ${String(data.version)} is not one this Rangefinder reads (it reads version ${IMPORT_VERSION}).`,
    ]);
  if (!Array.isArray(data.bodies)) return refuse('not-corpus', ['The file must have "bodies": [ … ], one entry per estimating body.']);
  if (data.bodies.length === 0) return refuse('not-corpus', ['The file has no bodies.']);

  const verified = verifyRecord(data.bodies);
  if (!('record' in verified)) return refuse('invalid', [...verified.issues]);

  // Checked against the corpus it joins: a body on record is the same body, an estimate is new.
  const problems: string[] = [];
  const onRecord = current.claims.filter((c) => c.record);
  const bodies = new Map(onRecord.map((c) => [c.record!.body.id, c.record!.body]));
  const keyOf = (body: string, measure: string, value: Parameters<typeof valueText>[0], date: string) =>
    [body, measure, valueText(value), date].join('\u0000');
  const known = new Map(onRecord.map((c) => [keyOf(c.record!.body.id, c.measure, c.value, c.asOf.date), c.id]));
  for (const body of verified.record.bodies) {
    const there = bodies.get(body.id);
    if (there && !sameBody(there, body))
      problems.push(
        `body ${body.id}: on record as "${there.name}" (${there.country ?? 'international'}, ${there.kind}); give it exactly so, or another id`,
      );
  }
  for (const e of verified.record.estimates) {
    if (current.claimById.has(e.id)) problems.push(`estimate ${e.id}: already in the corpus`);
    const same = known.get(keyOf(e.body.id, e.measure, e.value, e.asOf.date));
    if (same && same !== e.id)
      problems.push(`estimate ${e.id}: the same body, measure, value and date as estimate ${same}, already in the corpus`);
  }
  if (problems.length > 0) return refuse('invalid', problems);
  return { imported: { ...before, bodies: joinBodies(before.bodies, data.bodies as BodyFile[]) } };
}

/** Body files joined: a body imported before gets the new estimates after its own. */
function joinBodies(before: readonly BodyFile[], added: readonly BodyFile[]): BodyFile[] {
  const joined = before.map((file) => ({ ...file, estimates: [...file.estimates] }));
  for (const file of added) {
    const there = joined.find((f) => f.body.id === file.body.id);
    if (there) there.estimates.push(...file.estimates);
    else joined.push({ body: file.body, estimates: [...file.estimates] });
  }
  return joined;
}

/** What is left imported without the estimates of body `id` the reader imported. */
export function withoutBody(imported: ImportedCorpus, id: string): ImportedCorpus {
  return { ...imported, bodies: imported.bodies.filter((f) => f.body.id !== id) };
}

/** What is left imported without the source `id` (of the first format). */
export function withoutSource(imported: ImportedCorpus, id: string): ImportedCorpus {
  const files = imported.files.filter((f) => f.source.id !== id);
  const kept = new Set(files.map((f) => f.source.document));
  return {
    ...imported,
    files,
    documents: Object.fromEntries(Object.entries(imported.documents).filter(([name]) => kept.has(name))),
  };
}
