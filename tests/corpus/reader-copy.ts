/** Corpus files as a reader would import them, made from the bundled sources so that nothing in them is invented. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../../src/corpus/read-corpus';

/**
 * A reader's corpus file made from a bundled source under a new id, so that
 * every quote, figure and date in it is real: `readerCopy('002_5eb9459cdb95d9f7', 'copy-a')`.
 */
export function readerCopy(bundledId: string, id: string) {
  const file = JSON.parse(readFileSync(join(CORPUS_DIR, `sources/${bundledId}.json`), 'utf8'));
  const text = readFileSync(join(CORPUS_DIR, `documents/${bundledId}.txt`), 'utf8');
  const rename = (s: string) => s.replace(bundledId, id);
  return {
    source: { ...file.source, id, document: `${id}.txt`, title: `${file.source.title} (a reader’s copy)` },
    claims: file.claims.map((c: Record<string, unknown>) => ({
      ...c,
      id: rename(c.id as string),
      source: id,
      ...(c.restates ? { restates: rename(c.restates as string) } : {}),
    })),
    documentText: text,
  };
}

/** A corpus file's text with these sources. */
export const corpusFile = (...sources: unknown[]) => JSON.stringify({ rangefinder: 'corpus', version: 1, sources });
