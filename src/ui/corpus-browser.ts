/**
 * The corpus browser page: every estimate of the bundled corpus (and of what
 * the reader imported), narrowed by measure, by the body that made it, by
 * document, by dates and by words, oldest first and grouped by measure, each
 * measure with a timeline of its estimates. The filters live in the page's
 * query, so a filtered view can be linked and reloaded; a value in the query
 * that names nothing is reported and left out. The exports hold what is shown.
 */
import { i18n } from '#i18n';
import type { CorpusIndex } from '../corpus/corpus-index';
import { corpusCsv } from '../corpus/csv';
import { corpusJsonLd } from '../corpus/json-ld';
import type { OnRecord } from '../corpus/on-record';
import { unitName } from '../engine/format-value';
import { MEASURE_IDS, type Measure } from '../engine/measures';
import { claimPageUrl } from '../names/page-urls';
import {
  applyFilters,
  bodiesOf,
  type Filters,
  filtersQuery,
  hasFilters,
  isDay,
  NO_FILTERS,
  readFilters,
  type UnknownFilter,
} from '../search/corpus-filter';
import type { SearchHit } from '../search/corpus-search';
import { claimRow, sourceItem } from './corpus-rows';
import { downloadFile } from './download-file';
import { type Child, h } from './h';
import { renderTimeline } from './timeline';
import { measureLabel, words } from './words';

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
export const CSV_FILE_NAME = 'rangefinder-corpus.csv';

const UNKNOWN_MESSAGES = {
  measure: 'corpus.badMeasure',
  body: 'corpus.badBody',
  source: 'corpus.badSource',
  from: 'corpus.badFrom',
  to: 'corpus.badTo',
} as const;

function unknownMessage(unknown: UnknownFilter): string {
  return i18n.t(UNKNOWN_MESSAGES[unknown.filter], [unknown.value]);
}

/** The claims of one measure, split by unit (a share is not a head count), each list in the order given. */
function byMeasureAndUnit(claims: readonly OnRecord[]): { measure: Measure; units: OnRecord[][] }[] {
  return MEASURE_IDS.flatMap((measure) => {
    const ofMeasure = claims.filter((c) => c.measure === measure);
    if (ofMeasure.length === 0) return [];
    const units = [...new Set(ofMeasure.map((c) => c.unit))].map((unit) => ofMeasure.filter((c) => c.unit === unit));
    return [{ measure, units }];
  });
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
  let shown: OnRecord[] = [];

  const countOf = (pick: (claim: OnRecord) => boolean) => corpus.claims.filter(pick).length;
  const option = (value: string, text: string) => el('option', { value }, text);
  // Measures with no estimate are not offered: choosing one could only show nothing.
  const measures = MEASURE_IDS.filter((m) => countOf((c) => c.measure === m) > 0);
  const measureSelect = el(
    'select',
    { id: 'measure', name: 'measure' },
    option('', i18n.t('corpus.allMeasures')),
    ...measures.map((m) => option(m, i18n.t('corpus.option', [measureLabel(m), String(countOf((c) => c.measure === m))]))),
  );
  const bodies = bodiesOf(corpus);
  const bodySelect = el(
    'select',
    { id: 'body', name: 'body' },
    option('', i18n.t('corpus.allBodies')),
    ...bodies.map(({ body, count }) => option(body.id, i18n.t('corpus.option', [body.name, String(count)]))),
  );
  const sourceSelect = el(
    'select',
    { id: 'source', name: 'source' },
    option('', i18n.t('corpus.allSources')),
    ...corpus.sources.map((s) => option(s.id, s.title)),
  );
  const fromInput = el('input', { id: 'from', name: 'from', type: 'date', spellcheck: 'false' });
  const toInput = el('input', { id: 'to', name: 'to', type: 'date', spellcheck: 'false' });
  // No spell-checking: in Chrome it downloads a dictionary the first time a field is typed in.
  const wordsInput = el('input', {
    id: 'q',
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'q-hint',
  });
  const clear = el('button', { type: 'button', id: 'clear' }, i18n.t('corpus.clear'));
  const exportButton = el('button', { type: 'button', id: 'export', 'aria-describedby': 'export-hint' }, i18n.t('corpus.export'));
  const csvButton = el('button', { type: 'button', id: 'export-csv', 'aria-describedby': 'export-hint' }, i18n.t('corpus.exportCsv'));
  const field = (control: HTMLElement, label: string, ...after: Child[]) =>
    el('div', { class: 'field' }, el('label', { for: control.id }, label), control, ...after);
  const form = el(
    'form',
    { class: 'filters', role: 'search', 'aria-label': i18n.t('corpus.filters') },
    field(measureSelect, i18n.t('corpus.measure')),
    field(bodySelect, i18n.t('corpus.body')),
    field(sourceSelect, i18n.t('corpus.source')),
    el('div', { class: 'dates' }, field(fromInput, i18n.t('corpus.from')), field(toInput, i18n.t('corpus.to'))),
    field(wordsInput, i18n.t('corpus.words'), el('span', { id: 'q-hint', class: 'hint' }, i18n.t('corpus.wordsHint'))),
    el(
      'div',
      { class: 'actions' },
      clear,
      exportButton,
      csvButton,
      el('span', { id: 'export-hint', class: 'hint' }, i18n.t('corpus.exportHint')),
    ),
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
    const body = filters.body ? bodies.find((b) => b.body.id === filters.body)?.body : undefined;
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
        body && el('li', {}, i18n.t('corpus.emptyBody', [body.name])),
        source && el('li', {}, i18n.t('corpus.emptySource', [source.title])),
        filters.from && el('li', {}, i18n.t('corpus.emptyFrom', [filters.from])),
        filters.to && el('li', {}, i18n.t('corpus.emptyTo', [filters.to])),
        filters.q.trim() !== '' && el('li', {}, i18n.t('corpus.emptyWords', [filters.q.trim()])),
      ),
      again,
    );
  }

  function measureSection(measure: Measure, units: readonly OnRecord[][]): HTMLElement {
    const n = units.reduce((all, list) => all + list.length, 0);
    const titleId = `measure-${measure}`;
    return el(
      'section',
      { class: 'measure', 'data-measure': measure, 'aria-labelledby': titleId },
      el('h3', { id: titleId }, i18n.t('corpus.measureHeading', n, [String(n), measureLabel(measure)])),
      ...units.map((claims) =>
        renderTimeline(doc, measure, claims, {
          href: (claim) => claimPageUrl(claim.id),
          text: {
            label: i18n.t('timeline.label', [measureLabel(measure)]),
            xAxis: i18n.t('timeline.xAxis'),
            yAxis: i18n.t('timeline.yAxis', [words(unitName(claims[0]!.unit))]),
            legend: i18n.t('timeline.legend'),
            unattributed: i18n.t('timeline.unattributed'),
            keys: i18n.t('timeline.keys'),
          },
        }),
      ),
      el('ul', { class: 'claims' }, ...units.flat().map((claim) => claimRow(doc, claim, corpus.sourceById.get(claim.source)))),
    );
  }

  function showResults(): void {
    shown = applyFilters(corpus, filters, search);
    const total = corpus.claims.length;
    count.textContent = i18n.t('corpus.count', total, [String(shown.length), String(total)]);
    clear.disabled = !hasFilters(filters);
    exportButton.disabled = shown.length === 0;
    csvButton.disabled = shown.length === 0;
    results.replaceChildren(
      ...(shown.length > 0 ? byMeasureAndUnit(shown).map(({ measure, units }) => measureSection(measure, units)) : [emptyState()]),
    );
  }

  function showFilters(): void {
    measureSelect.value = filters.measure ?? '';
    bodySelect.value = filters.body ?? '';
    sourceSelect.value = filters.source ?? '';
    fromInput.value = filters.from ?? '';
    toInput.value = filters.to ?? '';
    wordsInput.value = filters.q;
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
    wordsInput.focus();
  }

  const fromForm = (): Filters => ({
    measure: MEASURE_IDS.find((m) => m === measureSelect.value) ?? null,
    body: bodySelect.value || null,
    source: sourceSelect.value || null,
    // A date field half typed gives no value yet; it filters once it holds a day.
    from: isDay(fromInput.value) ? fromInput.value : null,
    to: isDay(toInput.value) ? toInput.value : null,
    q: wordsInput.value,
  });
  for (const select of [measureSelect, bodySelect, sourceSelect]) select.addEventListener('change', () => change(fromForm()));
  // A date field says "input" as each part is typed or picked; the value counts once it is a whole day.
  for (const date of [fromInput, toInput]) date.addEventListener('input', () => change(fromForm()));
  wordsInput.addEventListener('input', () => change(fromForm()));
  form.addEventListener('submit', (event) => event.preventDefault());
  clear.addEventListener('click', clearFilters);
  /** What is shown, with the documents its claims stand in. */
  const shownCorpus = () => {
    const ids = new Set(shown.map((c) => c.source));
    return { sources: corpus.sources.filter((s) => ids.has(s.id)), claims: shown };
  };
  exportButton.addEventListener('click', () =>
    downloadFile(doc, EXPORT_FILE_NAME, JSON.stringify(corpusJsonLd(shownCorpus(), measureLabel), null, 2), 'application/ld+json'),
  );
  csvButton.addEventListener('click', () => downloadFile(doc, CSV_FILE_NAME, corpusCsv(shownCorpus(), measureLabel), 'text/csv'));

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
