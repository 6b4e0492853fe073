/**
 * Where the sources a reader imported are kept: `storage.local`, in two
 * entries written in one call — the source files (small, read by every page
 * with a figure) and their documents' text (read only by the source page).
 * The corpus browser writes them through WXT storage (imported-storage.ts);
 * the scripts in pages read them here, with the browser's API alone.
 */
import { browser } from 'wxt/browser';
import { type SourceFile, validateCorpus } from './schema';

/** What the reader imported: source files as the bundled ones, and their documents' text by file name. */
export interface ImportedCorpus {
  readonly files: readonly SourceFile[];
  readonly documents: Readonly<Record<string, string>>;
}

export const NOTHING_IMPORTED: ImportedCorpus = { files: [], documents: {} };

export const IMPORTED_AREA = 'local';
export const IMPORTED_SOURCES_KEY = 'importedSources';
export const IMPORTED_DOCUMENTS_KEY = 'importedDocuments';

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

/** The imported source files, without their documents: what a card compares against. */
export async function readImportedFiles(): Promise<readonly SourceFile[]> {
  const stored = await browser.storage[IMPORTED_AREA].get(IMPORTED_SOURCES_KEY);
  return storedFiles(stored[IMPORTED_SOURCES_KEY]);
}

/** Everything imported, documents included. */
export async function readImported(): Promise<ImportedCorpus> {
  const stored = await browser.storage[IMPORTED_AREA].get([IMPORTED_SOURCES_KEY, IMPORTED_DOCUMENTS_KEY]);
  const files = storedFiles(stored[IMPORTED_SOURCES_KEY]);
  const documents = stored[IMPORTED_DOCUMENTS_KEY];
  if (files.length === 0 || typeof documents !== 'object' || documents === null) return NOTHING_IMPORTED;
  return { files, documents: documents as Record<string, string> };
}
