/**
 * The card for a selection that holds no figure the engine can compare: it says
 * so, quoting what was selected, rather than failing silently.
 */
import { i18n } from '#i18n';
import { byReader } from './by-reader';
import { h } from './h';

/** Long selections are quoted by their start only. */
const QUOTE_CHARS = 160;

export function renderNoFigureCard(doc: Document, selected: string, close: () => void): HTMLElement {
  const text = selected.replace(/\s+/g, ' ').trim();
  const quoted = text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS).trimEnd()}…` : text;
  const closeButton = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': i18n.t('noFigure.close') }, '×');
  closeButton.addEventListener('click', byReader(close));
  return h(
    doc,
    'div',
    {
      class: 'card no-figure',
      role: 'dialog',
      'aria-labelledby': 'rangefinder-title',
      'aria-describedby': 'rangefinder-reading',
      tabindex: '-1',
      'data-stance': 'none',
    },
    h(doc, 'header', {}, h(doc, 'h2', { id: 'rangefinder-title' }, i18n.t('noFigure.title')), closeButton),
    h(doc, 'p', { id: 'rangefinder-reading', class: 'reading' }, quoted ? i18n.t('noFigure.reading', [quoted]) : i18n.t('noFigure.empty')),
    h(doc, 'p', { class: 'hint' }, i18n.t('noFigure.hint')),
  );
}
