/**
 * The corpus browser page: every estimate and every source of the bundled
 * corpus, narrowed by measure, by source and by words. The filters live in the
 * page's query, so a filtered view can be linked and reloaded; an id in the
 * query that names nothing is reported and left out.
 */
import { i18n } from '#i18n';
import type { CorpusIndex } from '../corpus/corpus-index';
import { corpusJsonLd } from '../corpus/json-ld';
import { MEASURE_IDS } from '../engine/measures';
import { applyFilters, type Filters, filtersQuery, hasFilters, NO_FILTERS, readFilters, type UnknownFilter } from '../search/corpus-filter';
import type { SearchHit } from '../search/corpus-search';
import { claimRow, sourceItem } from './corpus-rows';
import { downloadFile } from './download-file';
import { type Child, h } from './h';
import { measureLabel } from './words';

export interface CorpusBrowserOptions {
  readonly corpus: CorpusIndex;
  /** The page's query, as `location.search` gives it. */
  readonly params: URLSearchParams;
  readonly search: (query: string) => readonly SearchHit[];
  /** Told the new query ("?measure=…", or "" for none) whenever a filter changes, to put it in the address. */
  readonly setQuery: (query: string) => void;
  /** The sources the reader imported, marked as theirs in the list. */
  readonly importedIds?: ReadonlySet<string>;
  /** The import section (corpus-import.ts), after the sources. */
  readonly importSection?: HTMLElement;
}

export const EXPORT_FILE_NAME = 'rangefinder-corpus.jsonld';

function unknownMessage(unknown: UnknownFilter): string {
  return unknown.filter === 'measure' ? i18n.t('corpus.badMeasure', [unknown.value]) : i18n.t('corpus.badSource', [unknown.value]);
}

export function renderCorpusBrowser(
  root: HTMLElement,
  { corpus, params, search, setQuery, importedIds, importSection }: CorpusBrowserOptions,
): void {
  const doc = root.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]) =>
    h(doc, tag, attributes, ...children);
  const read = readFilters(params, corpus);
  let filters: Filters = read.filters;

  const countOf = (pick: (claim: CorpusIndex['claims'][number]) => boolean) => corpus.claims.filter(pick).length;
  const option = (value: string, text: string) => el('option', { value }, text);
  const measureSelect = el(
    'select',
    { id: 'measure', name: 'measure' },
    option('', i18n.t('corpus.allMeasures')),
    ...MEASURE_IDS.map((m) => option(m, i18n.t('corpus.option', [measureLabel(m), String(countOf((c) => c.measure === m))]))),
  );
  const sourceSelect = el(
    'select',
    { id: 'source', name: 'source' },
    option('', i18n.t('corpus.allSources')),
    ...corpus.sources.map((s) => option(s.id, s.title)),
  );
  // No spell-checking: in Chrome it downloads a dictionary the first time a field is typed in.
  const words = el('input', { id: 'q', name: 'q', type: 'search', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'q-hint' });
  const clear = el('button', { type: 'button', id: 'clear' }, i18n.t('corpus.clear'));
  const exportButton = el('button', { type: 'button', id: 'export', 'aria-describedby': 'export-hint' }, i18n.t('corpus.export'));
  const field = (control: HTMLElement, label: string, ...after: Child[]) =>
    el('div', { class: 'field' }, el('label', { for: control.id }, label), control, ...after);
  const form = el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': i18n.t('corpus.filters') },
    field(measureSelect, i18n.t('corpus.measure')),
    field(sourceSelect, i18n.t('corpus.source')),
    field(words, i18n.t('corpus.words'), el('span', { id: 'q-hint', class: 'hint' }, i18n.t('corpus.wordsHint'))),
    el('div', { class: 'actions' }, clear, exportButton, el('span', { id: 'export-hint', class: 'hint' }, i18n.t('corpus.exportHint'))),
  );
  const problems = el(
    'div',
    { class: 'problems' },
    ...read.unknown.map((u) => el('p', { class: 'error', role: 'alert' }, unknownMessage(u))),
  );
  const count = el('p', { id: 'count', role: 'status' });
  const results = el('div', { class: 'results' });

  function emptyState(): HTMLElement {
    const source = filters.source ? corpus.sourceById.get(filters.source) : undefined;
    const again = el('button', { type: 'button', class: 'clear' }, i18n.t('corpus.clear'));
    again.addEventListener('click', clearFilters);
    return el(
      'div',
      { class: 'empty' },
      el('p', {}, el('strong', {}, i18n.t('corpus.empty'))),
      el(
        'ul',
        {},
        filters.measure && el('li', {}, i18n.t('corpus.emptyMeasure', [measureLabel(filters.measure)])),
        source && el('li', {}, i18n.t('corpus.emptySource', [source.title])),
        filters.q.trim() !== '' && el('li', {}, i18n.t('corpus.emptyWords', [filters.q.trim()])),
      ),
      again,
    );
  }

  function showResults(): void {
    const shown = applyFilters(corpus, filters, search);
    const total = corpus.claims.length;
    count.textContent = i18n.t('corpus.count', total, [String(shown.length), String(total)]);
    clear.disabled = !hasFilters(filters);
    results.replaceChildren(
      shown.length > 0
        ? el('ul', { class: 'claims' }, ...shown.map((claim) => claimRow(doc, claim, corpus.sourceById.get(claim.source))))
        : emptyState(),
    );
  }

  function showFilters(): void {
    measureSelect.value = filters.measure ?? '';
    sourceSelect.value = filters.source ?? '';
    words.value = filters.q;
  }

  function change(next: Filters): void {
    filters = next;
    // The problem was the query as linked; once the reader picks filters, it no longer applies.
    problems.replaceChildren();
    setQuery(filtersQuery(filters));
    showResults();
  }

  function clearFilters(): void {
    change(NO_FILTERS);
    showFilters();
    words.focus();
  }

  const fromForm = (): Filters => ({
    measure: MEASURE_IDS.find((m) => m === measureSelect.value) ?? null,
    source: sourceSelect.value || null,
    q: words.value,
  });
  measureSelect.addEventListener('change', () => change(fromForm()));
  sourceSelect.addEventListener('change', () => change(fromForm()));
  words.addEventListener('input', () => change(fromForm()));
  form.addEventListener('submit', (event) => event.preventDefault());
  clear.addEventListener('click', clearFilters);
  exportButton.addEventListener('click', () =>
    downloadFile(doc, EXPORT_FILE_NAME, JSON.stringify(corpusJsonLd(corpus, measureLabel), null, 2), 'application/ld+json'),
  );

  doc.title = i18n.t('corpus.title');
  root.replaceChildren(
    el('header', {}, el('h1', {}, i18n.t('corpus.title')), el('p', { class: 'intro' }, i18n.t('corpus.intro'))),
    problems,
    form,
    el(
      'section',
      { 'aria-labelledby': 'estimates-title' },
      el('h2', { id: 'estimates-title' }, i18n.t('corpus.estimates')),
      count,
      results,
    ),
    el(
      'section',
      { 'aria-labelledby': 'sources-title' },
      el('h2', { id: 'sources-title' }, i18n.t('corpus.sources')),
      el(
        'ul',
        { class: 'sources' },
        ...corpus.sources.map((s) =>
          sourceItem(
            doc,
            s,
            countOf((c) => c.source === s.id),
            importedIds?.has(s.id) ?? false,
          ),
        ),
      ),
    ),
    ...(importSection ? [importSection] : []),
  );
  showFilters();
  showResults();
}
