/**
 * A Vite plugin that fails the build when the bundled corpus does not hold:
 * a field missing or malformed, a quote not in its document, a quote or a
 * report's sentence the engine does not read as its figure's value and
 * measure, an address that is not http(s), an estimate made twice or dated
 * after its earliest report, or a link to an unknown estimate. The message
 * names each claim or estimate and its problem. Used by wxt.config.ts, so
 * every build of the extension checks the corpus it ships.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { CorpusError } from './corpus-index';
import { CORPUS_DIR, corpusProblems } from './read-corpus';

export function corpusCheck(dir: string = CORPUS_DIR): Plugin {
  return {
    name: 'rangefinder:corpus-check',
    buildStart() {
      // In `wxt` dev mode, a change to the corpus rebuilds, and so checks again.
      for (const folder of ['sources', 'documents', 'record']) {
        if (existsSync(join(dir, folder))) for (const name of readdirSync(join(dir, folder))) this.addWatchFile(join(dir, folder, name));
      }
      const problems = corpusProblems(dir);
      if (problems.length > 0) this.error(new CorpusError(problems).message);
    },
  };
}
