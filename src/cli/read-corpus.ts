/** The corpus as the command line reads it: the same JSON files the extension bundles. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CorpusIndex, indexCorpus } from '../corpus/corpus-index';

const SOURCES = fileURLToPath(new URL('../../assets/corpus/sources/', import.meta.url));

export function readCorpus(): CorpusIndex {
  const files = readdirSync(SOURCES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return JSON.parse(readFileSync(`${SOURCES}${name}`, 'utf8')) as unknown;
      } catch (error) {
        throw new Error(`assets/corpus/sources/${name}: not valid JSON (${(error as Error).message})`);
      }
    });
  return indexCorpus(files);
}
