/** The corpus bundled with the extension: every JSON file under assets/corpus/sources/. */
import { type CorpusIndex, indexCorpus, withSources } from './corpus-index';
import type { SourceFile } from './schema';

const files = import.meta.glob<unknown>('../../assets/corpus/sources/*.json', { eager: true, import: 'default' });

export const bundledCorpus: CorpusIndex = indexCorpus(
  Object.keys(files)
    .sort()
    .map((path) => files[path]),
);

/** The bundled corpus with the sources the reader imported after it; the bundled corpus itself when there are none. */
export function bundledWith(imported: readonly SourceFile[]): CorpusIndex {
  return imported.length > 0 ? withSources(bundledCorpus, imported) : bundledCorpus;
}
