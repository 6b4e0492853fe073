/**
 * Where what a reader imported is kept: `storage.local`, in three entries
 * written in one call — the estimates on record (read by every page with a
 * figure), and the source files of the first import format with their
 * documents' text (read only by the source page).
 * The corpus browser writes them through WXT storage (imported-storage.ts);
 * the scripts in pages read them here, with the browser's API alone.
 */
import { browser } from 'wxt/browser';
import { type BodyFile, validateRecord } from './record';
import { type SourceFile, validateCorpus } from './schema';

/**
 * What the reader imported: estimates on record, one file per body as the
 * bundled record has them; and, from the first import format, source files
 * with their documents' text by file name, which keep working.
 */
export interface ImportedCorpus {
  readonly bodies: readonly BodyFile[];
  readonly files: readonly SourceFile[];
  readonly documents: Readonly<Record<string, string>>;
}

/** What a card compares against: everything imported but the documents' text. */
export type ImportedFiles = Pick<ImportedCorpus, 'bodies' | 'files'>;

export const NOTHING_IMPORTED: ImportedCorpus = { bodies: [], files: [], documents: {} };

export const IMPORTED_AREA = 'local';
export const IMPORTED_RECORD_KEY = 'importedRecord';
export const IMPORTED_SOURCES_KEY = 'importedSources';
export const IMPORTED_DOCUMENTS_KEY = 'importedDocuments';

/** The stored body files, if they still hold as a record; like the source files, storage edited by other means is left out whole. */
export function storedBodies(stored: unknown): readonly BodyFile[] {
  if (!Array.isArray(stored) || stored.length === 0) return [];
  return 'record' in validateRecord(stored) ? (stored as BodyFile[]) : [];
}

/**
 * The stored source files, if they still hold as a corpus of their own. They
 * were verified whole on import; storage edited by other means is not trusted,
 * and is left out rather than shown half-right.
 */
export function storedFiles(stored: unknown): readonly SourceFile[] {
  if (!Array.isArray(stored) || stored.length === 0) return [];
  const checked = validateCorpus(stored);
  return 'corpus' in checked ? (stored as SourceFile[]) : [];
}

/** Everything imported but the documents' text: what a card compares against. */
export async function readImportedFiles(): Promise<ImportedFiles> {
  const stored = await browser.storage[IMPORTED_AREA].get([IMPORTED_RECORD_KEY, IMPORTED_SOURCES_KEY]);
  return { bodies: storedBodies(stored[IMPORTED_RECORD_KEY]), files: storedFiles(stored[IMPORTED_SOURCES_KEY]) };
}

/** Everything imported, documents included. */
export async function readImported(): Promise<ImportedCorpus> {
  const stored = await browser.storage[IMPORTED_AREA].get([IMPORTED_RECORD_KEY, IMPORTED_SOURCES_KEY, IMPORTED_DOCUMENTS_KEY]);
  const bodies = storedBodies(stored[IMPORTED_RECORD_KEY]);
  const documents = stored[IMPORTED_DOCUMENTS_KEY];
  // Sources without their documents would be half a corpus: they are left out together.
  const files = typeof documents === 'object' && documents !== null ? storedFiles(stored[IMPORTED_SOURCES_KEY]) : [];
  return { bodies, files, documents: files.length > 0 ? (documents as Record<string, string>) : {} };
}
