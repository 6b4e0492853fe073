/**
 * The toolbar popup: the figures on the page grouped by measure, each with its
 * reading (choosing one scrolls the page to it and opens its card), a switch
 * for the site, and empty states that say why there is nothing to show.
 */
import { i18n } from '#i18n';
import type { PageFigure } from '../messaging/protocol';
import { stanceWords } from '../ui/card-view';
import { h } from '../ui/h';
import { measureLabel } from '../ui/words';
import { groupByMeasure, type PageSummary } from './page-summary';

export interface PopupActions {
  reveal(figure: PageFigure): void;
  setSiteOn(site: string, on: boolean): void;
}

function figureItem(doc: Document, figure: PageFigure, actions: PopupActions): HTMLLIElement {
  const button = h(
    doc,
    'button',
    { type: 'button', class: 'figure', 'data-index': String(figure.index), 'data-stance': figure.stance },
    h(
      doc,
      'span',
      { class: 'figure-line' },
      h(doc, 'strong', { class: 'figure-text' }, figure.text),
      h(doc, 'span', { class: 'stance' }, h(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' }), stanceWords(figure.stance)),
    ),
    h(doc, 'span', { class: 'reading' }, figure.reading),
  );
  button.addEventListener('click', () => actions.reveal(figure));
  return h(doc, 'li', {}, button);
}

function siteSwitch(doc: Document, site: string, on: boolean, actions: PopupActions): HTMLElement {
  const input = h(doc, 'input', { type: 'checkbox', id: 'site-switch', role: 'switch' });
  input.checked = on;
  input.addEventListener('change', () => actions.setSiteOn(site, input.checked));
  return h(doc, 'label', { class: 'site-switch', for: 'site-switch' }, input, h(doc, 'span', {}, i18n.t('popup.siteSwitch', [site])));
}

function empty(doc: Document, kind: string, title: string, detail: string): HTMLElement {
  return h(
    doc,
    'div',
    { class: 'empty', id: 'page-state', 'data-state': kind },
    h(doc, 'p', { class: 'empty-title' }, title),
    h(doc, 'p', { class: 'empty-detail' }, detail),
  );
}

/** The page section of the popup for a summary of its tab. */
export function renderPageSection(doc: Document, summary: PageSummary, actions: PopupActions): HTMLElement {
  const section = h(
    doc,
    'section',
    { class: 'page', 'aria-labelledby': 'page-heading' },
    h(doc, 'h2', { id: 'page-heading' }, i18n.t('popup.onThisPage')),
  );
  switch (summary.kind) {
    case 'unscannable':
      section.append(empty(doc, 'unscannable', i18n.t('popup.unscannable.title'), i18n.t('popup.unscannable.detail')));
      return section;
    case 'off':
      section.append(
        siteSwitch(doc, summary.site, false, actions),
        empty(doc, 'off', i18n.t('popup.off.title'), i18n.t('popup.off.detail', [summary.site])),
      );
      return section;
    case 'not-scanned':
      section.append(
        siteSwitch(doc, summary.site, true, actions),
        empty(doc, 'no-topic', i18n.t('popup.noTopic.title'), i18n.t('popup.noTopic.detail')),
      );
      return section;
    case 'figures':
      section.append(siteSwitch(doc, summary.site, true, actions));
      if (summary.figures.length === 0) {
        section.append(empty(doc, 'no-figures', i18n.t('popup.noFigures.title'), i18n.t('popup.noFigures.detail')));
        return section;
      }
      section.append(
        h(doc, 'p', { class: 'count', id: 'page-state', 'data-state': 'figures' }, i18n.t('popup.count', summary.figures.length)),
        ...groupByMeasure(summary.figures).map((group) =>
          h(
            doc,
            'section',
            { class: 'measure-group', 'data-measure': group.measure },
            h(doc, 'h3', {}, measureLabel(group.measure)),
            h(doc, 'ul', { class: 'figures' }, ...group.figures.map((f) => figureItem(doc, f, actions))),
          ),
        ),
      );
      return section;
  }
}
