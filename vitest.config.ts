import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { corpusSearchIndex } from './src/search/search-index-plugin';

export default defineConfig({
  plugins: [WxtVitest(), corpusSearchIndex()],
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup/english.ts'],
    // The highlight styles are read as text by code under test (src/page/shadow-styles.ts): give them their content.
    css: { include: [/src\/names\/highlight\.css/] },
  },
});
