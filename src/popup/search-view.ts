/**
 * The popup's corpus search: estimates found by words, as the corpus browser
 * lists them; each opens its source page in a new tab.
 */
import { i18n } from '#i18n';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { ClaimSearch } from '../search/corpus-search';
import { claimRow } from '../ui/corpus-rows';
import { h } from '../ui/h';

/** Enough to choose from in a popup; the corpus browser shows them all. */
export const POPUP_HITS = 8;

/** `search` goes through `corpus`: the bundled sources and those the reader imported. */
export function renderSearch(doc: Document, corpus: CorpusIndex, search: ClaimSearch, openPage: (path: string) => void): HTMLElement {
  // No spell-checking: in Chrome it downloads a dictionary the first time a field is typed in.
  const input = h(doc, 'input', {
    type: 'search',
    id: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: i18n.t('popup.search.placeholder'),
    'aria-controls': 'hits',
  });
  const status = h(doc, 'p', { id: 'search-status', class: 'count', role: 'status' });
  const hits = h(doc, 'ul', { id: 'hits', class: 'hits' });
  input.addEventListener('input', () => {
    const query = input.value;
    const found = search(query, POPUP_HITS);
    hits.replaceChildren(...found.map(({ claim }) => claimRow(doc, claim, corpus.sourceById.get(claim.source))));
    status.textContent = query.trim() === '' ? '' : found.length === 0 ? i18n.t('popup.search.none', [query.trim()]) : '';
  });
  // Links in the popup open beside the reader's tab, not inside the popup.
  hits.addEventListener('click', (event) => {
    const link = (event.target as Element).closest('a');
    if (!link) return;
    event.preventDefault();
    openPage(link.getAttribute('href')!);
  });
  return h(
    doc,
    'section',
    { class: 'search', 'aria-labelledby': 'search-heading' },
    h(doc, 'h2', { id: 'search-heading' }, i18n.t('popup.search.heading')),
    h(doc, 'label', { for: 'search', class: 'visually-hidden' }, i18n.t('popup.search.label')),
    input,
    status,
    hits,
  );
}
