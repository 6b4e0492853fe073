/**
 * A Vite plugin that fails the build when the bundled corpus does not hold:
 * a field missing or malformed, a quote not in its document, or a quote the
 * engine does not read as its claim's value and measure. The message names
 * each claim and its problem. Used by wxt.config.ts, so every build of the
 * extension checks the corpus it ships.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CorpusError } from './corpus-index';
import { CORPUS_DIR, verifyCorpusDir } from './read-corpus';

export function corpusCheck(dir: string = CORPUS_DIR): Plugin {
  return {
    name: 'rangefinder:corpus-check',
    buildStart() {
      // In `wxt` dev mode, a change to the corpus rebuilds, and so checks again.
      for (const folder of ['sources', 'documents']) {
        for (const name of readdirSync(join(dir, folder))) this.addWatchFile(join(dir, folder, name));
      }
      const verified = verifyCorpusDir(dir);
      if (!('corpus' in verified)) this.error(new CorpusError(verified.issues).message);
    },
  };
}
