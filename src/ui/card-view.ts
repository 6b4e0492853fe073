/**
 * The card's content, built from a comparison the engine computed. Corpus and
 * page text go in as text nodes only, never as HTML.
 */
import { i18n } from '#i18n';
import { asOfWords, describeOrigin } from '../compare/citation';
import { estimateLabel, type Stance } from '../compare/compare';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { OnRecord } from '../corpus/on-record';
import type { MarkedFigure } from '../page/highlight-registry';
import { byReader } from './by-reader';
import { h } from './h';
import { likelySourceLine } from './likely-source-line';
import { originalLink } from './original-link';
import { renderRangeStrip, stripLayout } from './range-strip';
import { measureLabel, words } from './words';

export interface CardActions {
  close(): void;
  step(direction: 'next' | 'previous'): void;
  openSource(claim: OnRecord): void;
  copyCitation(claim: OnRecord, button: HTMLButtonElement): void;
}

/** What the highlight's colour means, in words. */
export function stanceWords(stance: Stance): string {
  switch (stance) {
    case 'matches':
      return i18n.t('card.stance.matches');
    case 'within':
      return i18n.t('card.stance.within');
    case 'above':
      return i18n.t('card.stance.above');
    case 'below':
      return i18n.t('card.stance.below');
    case 'none':
      return i18n.t('card.stance.none');
  }
}

function estimateItem(doc: Document, claim: OnRecord, corpus: CorpusIndex, actions: CardActions, isMatch: boolean): HTMLLIElement {
  const source = corpus.sourceById.get(claim.source);
  const open = h(
    doc,
    'button',
    { type: 'button', class: 'action source' },
    i18n.t(claim.record ? 'estimate.readReports' : 'estimate.readSource'),
  );
  open.addEventListener(
    'click',
    byReader(() => actions.openSource(claim)),
  );
  const copy = h(doc, 'button', { type: 'button', class: 'action copy' }, i18n.t('estimate.copyCitation'));
  copy.addEventListener(
    'click',
    byReader(() => actions.copyCitation(claim, copy)),
  );
  const original = originalLink(doc, claim, source, 'action original');
  return h(
    doc,
    'li',
    { class: isMatch ? 'estimate match' : 'estimate', 'data-claim': claim.id },
    h(
      doc,
      'div',
      { class: 'estimate-line' },
      h(doc, 'strong', { class: 'value' }, words(estimateLabel(claim))),
      ' ',
      h(doc, 'span', { class: 'who' }, claim.attributedTo),
    ),
    h(
      doc,
      'div',
      { class: 'estimate-meta' },
      h(doc, 'span', { class: 'when' }, words(asOfWords(claim))),
      ' · ',
      h(doc, 'span', { class: 'where' }, words(describeOrigin(claim, source))),
    ),
    claim.derivation && h(doc, 'div', { class: 'estimate-meta' }, i18n.t('estimate.workedOut', [claim.derivation])),
    h(doc, 'div', { class: 'actions' }, open, original, copy),
  );
}

export interface CardPosition {
  readonly index: number;
  readonly total: number;
}

/** The card for a marked figure: a labelled dialog whose description is the one-line reading. */
export function renderCard(
  doc: Document,
  marked: MarkedFigure,
  corpus: CorpusIndex,
  position: CardPosition,
  actions: CardActions,
): HTMLElement {
  const { figure, comparison } = marked;
  const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': i18n.t('card.close') }, '×');
  close.addEventListener(
    'click',
    byReader(() => actions.close()),
  );
  const previous = h(doc, 'button', { type: 'button', class: 'step previous' }, i18n.t('card.previous'));
  previous.addEventListener(
    'click',
    byReader(() => actions.step('previous')),
  );
  const next = h(doc, 'button', { type: 'button', class: 'step next' }, i18n.t('card.next'));
  next.addEventListener(
    'click',
    byReader(() => actions.step('next')),
  );
  const reading = words(comparison.reading);
  const quoted = comparison.quotes && describeOrigin(comparison.quotes, corpus.sourceById.get(comparison.quotes.source));
  const strip =
    comparison.estimates.length > 0 && renderRangeStrip(doc, stripLayout(comparison.estimates, figure.value, figure.unit), reading);
  return h(
    doc,
    'div',
    {
      class: 'card',
      role: 'dialog',
      'aria-labelledby': 'rangefinder-title',
      'aria-describedby': 'rangefinder-reading',
      tabindex: '-1',
      'data-stance': comparison.stance,
    },
    h(
      doc,
      'header',
      {},
      h(doc, 'p', { class: 'stance' }, h(doc, 'span', { class: 'swatch', 'aria-hidden': 'true' }), stanceWords(comparison.stance)),
      h(
        doc,
        'h2',
        { id: 'rangefinder-title' },
        h(doc, 'span', { class: 'figure-text' }, figure.text),
        h(doc, 'span', { class: 'measure' }, measureLabel(figure.measure)),
      ),
      close,
    ),
    figure.derivation && h(doc, 'p', { class: 'derivation' }, i18n.t('estimate.workedOut', [words(figure.derivation)])),
    h(doc, 'p', { id: 'rangefinder-reading', class: 'reading' }, reading),
    quoted && h(doc, 'p', { class: 'quoted' }, i18n.t('card.quoted', [words(quoted)])),
    comparison.likelySource && likelySourceLine(doc, comparison.likelySource, corpus),
    strip,
    comparison.estimates.length > 0 && h(doc, 'h3', {}, i18n.t('card.estimates', [String(comparison.estimates.length)])),
    comparison.estimates.length > 0 &&
      h(
        doc,
        'ol',
        { class: 'estimates' },
        ...comparison.estimates.map((c) => estimateItem(doc, c, corpus, actions, comparison.matches.includes(c))),
      ),
    comparison.reasons.length > 0 && h(doc, 'h3', {}, i18n.t('card.whyDiffer')),
    comparison.reasons.length > 0 &&
      h(doc, 'ul', { class: 'reasons' }, ...comparison.reasons.map((r) => h(doc, 'li', { 'data-reason': r.kind }, words(r.text)))),
    // A figure the reader selected, not one marked on the page, has no place among them.
    position.total > 0 &&
      h(
        doc,
        'footer',
        {},
        previous,
        h(doc, 'span', { class: 'position' }, i18n.t('card.position', [String(position.index + 1), String(position.total)])),
        next,
      ),
  );
}
