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

/** A corpus file's text in the first format (version 1), with these sources: Rangefinder refuses it now. */
export const corpusFile = (...sources: unknown[]) => JSON.stringify({ rangefinder: 'corpus', version: 1, sources });

/**
 * A reader's body file made from a bundled one under a new body id, so that
 * every quote, figure, date and address in it is real:
 * `readerBody('uk-mod', 'reader-uk-mod')`. `pick` keeps only some estimates.
 */
export function readerBody(bundledId: string, id: string, pick = (_: { id: string }) => true) {
  const file = JSON.parse(readFileSync(join(CORPUS_DIR, `record/${bundledId}.json`), 'utf8'));
  return {
    body: { ...file.body, id, name: `${file.body.name} (a reader’s copy)` },
    estimates: file.estimates.filter(pick).map((e: { id: string }) => ({ ...e, id: e.id.replace(`${bundledId}/`, `${id}/`) })),
  } as { body: Record<string, unknown>; estimates: (Record<string, unknown> & { id: string })[] };
}

/** A corpus file's text, in the format Rangefinder imports, with these body files. */
export const recordFile = (...bodies: unknown[]) => JSON.stringify({ rangefinder: 'corpus', version: 2, bodies });
