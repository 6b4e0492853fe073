/**
 * Writing the imported sources, from the corpus browser: through WXT storage,
 * every entry in one write, so a reader's corpus is never left half-changed.
 * Pages read them with imported-store.ts.
 */
import { storage } from 'wxt/utils/storage';
import { IMPORTED_AREA, IMPORTED_DOCUMENTS_KEY, IMPORTED_RECORD_KEY, IMPORTED_SOURCES_KEY, type ImportedCorpus } from './imported-store';
import type { BodyFile } from './record';
import type { SourceFile } from './schema';

const recordItem = storage.defineItem<readonly BodyFile[]>(`${IMPORTED_AREA}:${IMPORTED_RECORD_KEY}`, { fallback: [] });
const sourcesItem = storage.defineItem<readonly SourceFile[]>(`${IMPORTED_AREA}:${IMPORTED_SOURCES_KEY}`, { fallback: [] });
const documentsItem = storage.defineItem<Readonly<Record<string, string>>>(`${IMPORTED_AREA}:${IMPORTED_DOCUMENTS_KEY}`, { fallback: {} });

export async function saveImported(imported: ImportedCorpus): Promise<void> {
  await storage.setItems([
    { item: recordItem, value: imported.bodies },
    { item: sourcesItem, value: imported.files },
    { item: documentsItem, value: imported.documents },
  ]);
}
