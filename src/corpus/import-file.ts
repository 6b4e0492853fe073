/**
 * Sources a reader adds to the corpus: a Rangefinder corpus file, checked
 * exactly as the bundled corpus is at build time (verify-corpus.ts), and
 * accepted whole or not at all. The file holds each source with its claims
 * and its document's text:
 *
 *   { "rangefinder": "corpus", "version": 1,
 *     "sources": [ { "source": {…}, "claims": [ {…} ], "documentText": "…" } ] }
 *
 * `source` and `claims` have the shape of the bundled files under
 * assets/corpus/sources/; `documentText` is the text the quotes are taken from.
 * The format is described for readers in docs/corpus-format.md.
 */
import type { CorpusIndex } from './corpus-index';
import type { ImportedCorpus } from './imported-store';
import { isRecord } from './schema';
import { verifyCorpus } from './verify-corpus';

export const IMPORT_FORMAT = 'corpus';
export const IMPORT_VERSION = 1;
/** Larger files are refused before they are read: storage for extensions is counted in megabytes. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Why a file was refused: a summary, and every problem found in it. */
export interface ImportRefusal {
  readonly reason: 'too-large' | 'not-json' | 'not-corpus' | 'invalid';
  readonly problems: readonly string[];
}

export type ImportResult = { readonly imported: ImportedCorpus } | { readonly refused: ImportRefusal };

const refuse = (reason: ImportRefusal['reason'], problems: string[]): ImportResult => ({ refused: { reason, problems } });

/**
 * Reads a corpus file and checks it against the corpus it joins (`current`:
 * the bundled sources and those imported before). Returns everything imported
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
  if (!isRecord(data) || data.rangefinder !== IMPORT_FORMAT || !Array.isArray(data.sources)) {
    return refuse('not-corpus', ['The file must be { "rangefinder": "corpus", "version": 1, "sources": [ … ] }.']);
  }
  if (data.version !== IMPORT_VERSION)
    return refuse('not-corpus', [
      `Version ${String(data.version)} is not one this Rangefinder reads (it reads version ${IMPORT_VERSION}).`,
    ]);
  if (data.sources.length === 0) return refuse('not-corpus', ['The file has no sources.']);

  const problems: string[] = [];
  const documents: Record<string, string> = {};
  const files = data.sources.map((entry: unknown, i) => {
    const where = `source ${i + 1}`;
    if (!isRecord(entry)) {
      problems.push(`${where}: must be { "source": {…}, "claims": […], "documentText": "…" }`);
      return entry;
    }
    const { documentText, ...file } = entry;
    const name = isRecord(file.source) ? file.source.document : undefined;
    if (typeof documentText !== 'string' || documentText.trim() === '')
      problems.push(`${where}: "documentText" must be the document's text`);
    else if (typeof name === 'string') documents[name] = documentText;
    return file;
  });
  const verified = verifyCorpus(files, (name) => documents[name]);
  problems.push(...verified.issues);
  if (!('corpus' in verified) || problems.length > 0) return refuse('invalid', problems);

  const { sources, claims } = verified.corpus;
  for (const source of sources) {
    if (current.sourceById.has(source.id)) problems.push(`source ${source.id}: already in the corpus`);
  }
  const claimIds = new Set(current.claims.map((c) => c.id));
  for (const claim of claims) {
    if (claimIds.has(claim.id)) problems.push(`claim ${claim.id}: already in the corpus`);
  }
  if (problems.length > 0) return refuse('invalid', problems);
  return {
    imported: {
      files: [...before.files, ...sources.map((source) => ({ source, claims: claims.filter((c) => c.source === source.id) }))],
      documents: { ...before.documents, ...documents },
    },
  };
}

/** What is left imported without the source `id`. */
export function withoutSource(imported: ImportedCorpus, id: string): ImportedCorpus {
  const files = imported.files.filter((f) => f.source.id !== id);
  const kept = new Set(files.map((f) => f.source.document));
  return { files, documents: Object.fromEntries(Object.entries(imported.documents).filter(([name]) => kept.has(name))) };
}
