/**
 * The corpus as Node reads it: the JSON source files and the documents the
 * extension bundles, verified as a whole (schema, quotes, the engine's reading;
 * see src/corpus/verify-corpus.ts). The build, the checker and the tests all
 * read it through here, so none of them can work from a corpus that does not hold.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorpusError, type CorpusIndex, withRecord } from './corpus-index';
import type { CorpusRecord } from './record';
import type { Corpus } from './schema';
import { type Verified, verifyCorpus } from './verify-corpus';
import { linkProblems, type VerifiedRecord, verifyRecord } from './verify-record';

/** The bundled corpus's folder: `sources/*.json` and `documents/*.txt`. */
export const CORPUS_DIR = resolve(import.meta.dirname, '../../assets/corpus');

/** Verifies the corpus under `dir`; a file that is not JSON is a problem like any other. */
export function verifyCorpusDir(dir: string = CORPUS_DIR): Verified {
  const { files, unreadable } = readJsonFiles(join(dir, 'sources'), 'sources');
  if (unreadable.length > 0) return { issues: unreadable };
  const documentText = (fileName: string) => {
    const path = join(dir, 'documents', fileName);
    return /^[\w.-]+$/.test(fileName) && existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  return verifyCorpus(files, documentText);
}

/** The seed documents' sources and claims, verified; throws CorpusError listing every problem. */
export function readSeeds(dir: string = CORPUS_DIR): Corpus {
  const verified = verifyCorpusDir(dir);
  if (!('corpus' in verified)) throw new CorpusError(verified.issues);
  return verified.corpus;
}

/** The verified corpus as the extension bundles it, the seeds and the record, indexed; throws CorpusError listing every problem. */
export function readCorpus(dir: string = CORPUS_DIR): CorpusIndex {
  const problems = corpusProblems(dir);
  if (problems.length > 0) throw new CorpusError(problems);
  return withRecord(readSeeds(dir), readRecord(dir));
}

/** The JSON files of a folder, parsed, in name order; a file that is not JSON is a problem like any other. */
function readJsonFiles(dir: string, label: string): { files: unknown[]; unreadable: string[] } {
  if (!existsSync(dir)) return { files: [], unreadable: [`${label}/: the folder is missing`] };
  const unreadable: string[] = [];
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      try {
        return JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
      } catch (error) {
        unreadable.push(`${label}/${name}: not valid JSON (${(error as Error).message})`);
        return null;
      }
    });
  return { files, unreadable };
}

/** Verifies the corpus of record under `dir`/record: one file per estimating body (see record.ts). */
export function verifyRecordDir(dir: string = CORPUS_DIR): VerifiedRecord {
  const { files, unreadable } = readJsonFiles(join(dir, 'record'), 'record');
  return unreadable.length > 0 ? { issues: unreadable } : verifyRecord(files);
}

/** The verified corpus of record; throws CorpusError listing every problem. */
export function readRecord(dir: string = CORPUS_DIR): CorpusRecord {
  const verified = verifyRecordDir(dir);
  if (!('record' in verified)) throw new CorpusError(verified.issues);
  return verified.record;
}

/** Every problem of the bundled corpus: its sources and documents, its record, and the links between them. */
export function corpusProblems(dir: string = CORPUS_DIR): readonly string[] {
  const sources = verifyCorpusDir(dir);
  const record = verifyRecordDir(dir);
  const links = 'corpus' in sources && 'record' in record ? linkProblems(sources.corpus, record.record) : [];
  return [...sources.issues, ...record.issues, ...links];
}
