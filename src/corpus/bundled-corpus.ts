/** The corpus bundled with the extension: every JSON file under assets/corpus/sources/. */
import { type CorpusIndex, indexCorpus } from './corpus-index';

const files = import.meta.glob<unknown>('../../assets/corpus/sources/*.json', { eager: true, import: 'default' });

export const bundledCorpus: CorpusIndex = indexCorpus(
  Object.keys(files)
    .sort()
    .map((path) => files[path]),
);
