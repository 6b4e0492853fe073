// @vitest-environment happy-dom
/**
 * Typing in a text field that the browser spell-checks makes Chrome download a
 * dictionary from Google the first time: a request the extension's own pages
 * would cause. Their text fields are not spell-checked.
 */
import { describe, expect, it } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { NOTHING_IMPORTED } from '../../src/corpus/imported-store';
import { renderOptions } from '../../src/options/options-view';
import { renderSearch } from '../../src/popup/search-view';
import { searchCorpus } from '../../src/search/corpus-search';
import { DEFAULT_SETTINGS } from '../../src/settings/settings';
import { renderCorpusBrowser } from '../../src/ui/corpus-browser';
import { importSection } from '../../src/ui/corpus-import';

function textFields(root: ParentNode): Element[] {
  return [...root.querySelectorAll('input, textarea, [contenteditable]')].filter(
    (el) => !['checkbox', 'radio', 'button', 'submit', 'file'].includes(el.getAttribute('type') ?? ''),
  );
}

describe('the text fields of the extension’s pages are not spell-checked', () => {
  it.each([
    ['the popup’s search', () => renderSearch(document, bundledCorpus, searchCorpus, () => undefined)],
    ['the settings', () => renderOptions(document, DEFAULT_SETTINGS, { change: async () => undefined })],
    [
      'the corpus browser',
      () => {
        const root = document.createElement('main');
        renderCorpusBrowser(root, {
          corpus: bundledCorpus,
          params: new URLSearchParams(),
          search: searchCorpus,
          setQuery: () => undefined,
          importSection: importSection(document, {
            corpus: bundledCorpus,
            imported: NOTHING_IMPORTED,
            save: async () => undefined,
            changed: () => undefined,
          }),
        });
        return root;
      },
    ],
  ])('%s', (_, render) => {
    const fields = textFields(render());
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(field.getAttribute('spellcheck'), field.outerHTML).toBe('false');
  });
});
