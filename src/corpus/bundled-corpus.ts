/** The corpus bundled with the extension: the seed documents' sources (assets/corpus/sources/) and the record (assets/corpus/record/). */
import { CorpusError, type CorpusIndex, indexCorpus, withImported, withRecord } from './corpus-index';
import type { ImportedFiles } from './imported-store';
import { validateRecord } from './record';

const sourceFiles = import.meta.glob<unknown>('../../assets/corpus/sources/*.json', { eager: true, import: 'default' });
const bodyFiles = import.meta.glob<unknown>('../../assets/corpus/record/*.json', { eager: true, import: 'default' });

const inOrder = (files: Record<string, unknown>) =>
  Object.keys(files)
    .sort()
    .map((path) => files[path]);

/** The build checked the record whole (corpus-check-plugin.ts); here its shape is read again, as for the sources. */
function bundledRecord() {
  const checked = validateRecord(inOrder(bodyFiles));
  if (!('record' in checked)) throw new CorpusError(checked.issues);
  return checked.record;
}

export const bundledCorpus: CorpusIndex = withRecord(indexCorpus(inOrder(sourceFiles)), bundledRecord());

/** The bundled corpus with what the reader imported after it; the bundled corpus itself when there is nothing. */
export function bundledWith(imported: ImportedFiles): CorpusIndex {
  return imported.files.length > 0 || imported.bodies.length > 0 ? withImported(bundledCorpus, imported) : bundledCorpus;
}
