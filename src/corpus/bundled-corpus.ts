/** The corpus bundled with the extension: the seed documents' sources (assets/corpus/sources/) and the record (assets/corpus/record/). */
import { CorpusError, type CorpusIndex, indexCorpus, withRecord, withSources } from './corpus-index';
import { validateRecord } from './record';
import type { SourceFile } from './schema';

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

/** The bundled corpus with the sources the reader imported after it; the bundled corpus itself when there are none. */
export function bundledWith(imported: readonly SourceFile[]): CorpusIndex {
  return imported.length > 0 ? withSources(bundledCorpus, imported) : bundledCorpus;
}
