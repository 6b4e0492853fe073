/**
 * A Vite plugin that builds the corpus search index at build time, in Node,
 * from the same JSON files the extension bundles, and serves it as the module
 * `virtual:corpus-search-index`. The extension then parses the index instead of
 * indexing every claim each time the popup or the corpus browser opens.
 * Used by wxt.config.ts and vitest.config.ts alike.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { readCorpus } from '../corpus/read-corpus';
import { measureName } from '../engine/measures';
import { english } from '../words/english';
import { say } from '../words/phrase';
import { buildSearchIndex } from './search-records';

const englishMeasureName = (measure: Parameters<typeof measureName>[0]) => say(measureName(measure), english);

export const SEARCH_INDEX_MODULE = 'virtual:corpus-search-index';
// The \0 prefix keeps other plugins from treating the id as a file.
const RESOLVED_ID = `\0${SEARCH_INDEX_MODULE}`;
const SOURCES = fileURLToPath(new URL('../../assets/corpus/sources/', import.meta.url));

export function corpusSearchIndex(): Plugin {
  return {
    name: 'rangefinder:corpus-search-index',
    resolveId(id) {
      return id === SEARCH_INDEX_MODULE ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Watching the corpus files rebuilds the index in `wxt` dev mode when one changes.
      for (const name of readdirSync(SOURCES)) this.addWatchFile(join(SOURCES, name));
      return `export default ${JSON.stringify(buildSearchIndex(readCorpus(), englishMeasureName))};`;
    },
  };
}
