/**
 * The corpus as Node reads it: the JSON source files and the documents the
 * extension bundles, verified as a whole (schema, quotes, the engine's reading;
 * see src/corpus/verify-corpus.ts). The build, the checker and the tests all
 * read it through here, so none of them can work from a corpus that does not hold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorpusError, type CorpusIndex, indexOf } from './corpus-index';
import { type Verified, verifyCorpus } from './verify-corpus';

/** The bundled corpus's folder: `sources/*.json` and `documents/*.txt`. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../assets/corpus');

/** Verifies the corpus under `dir`; a file that is not JSON is a problem like any other. */
export function verifyCorpusDir(dir: string = CORPUS_DIR): Verified {
  const sources = join(dir, 'sources');
  const names = readdirSync(sources)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const unreadable: string[] = [];
  const files = names.map((name) => {
    try {
      return JSON.parse(readFileSync(join(sources, name), 'utf8')) as unknown;
    } catch (error) {
      unreadable.push(`sources/${name}: not valid JSON (${(error as Error).message})`);
      return null;
    }
  });
  if (unreadable.length > 0) return { issues: unreadable };
  const documentText = (fileName: string) => {
    const path = join(dir, 'documents', fileName);
    return /^[\w.-]+$/.test(fileName) && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  return verifyCorpus(files, documentText);
}

/** The verified corpus, indexed; throws CorpusError listing every problem. */
export function readCorpus(dir: string = CORPUS_DIR): CorpusIndex {
  const verified = verifyCorpusDir(dir);
  if (!('corpus' in verified)) throw new CorpusError(verified.issues);
  return indexOf(verified.corpus);
}
