/**
 * The corpus browser's rows: one estimate (figure, measure, who, when, quote)
 * linking to its place on the source page, and one source with what its record
 * knows. Corpus text goes in as text only.
 */
import { i18n } from '#i18n';
import { asOfWords, describeOrigin } from '../compare/citation';
import { estimateLabel } from '../compare/compare';
import type { OnRecord } from '../corpus/on-record';
import type { Source } from '../corpus/schema';
import { formatDate } from '../engine/format-value';
import { claimPageUrl, sourcePageUrl } from '../names/page-urls';
import { type Child, h } from './h';
import { originalLink } from './original-link';
import { measureLabel, sourceKindLabel, words } from './words';

/** Short pieces joined by a middle dot, the empty ones left out. */
function dotted(doc: Document, className: string, parts: Child[]): HTMLElement {
  const p = h(doc, 'p', { class: className });
  parts.filter(Boolean).forEach((part, i) => {
    p.append(...(i > 0 ? [' · '] : []), part as Node | string);
  });
  return p;
}

export function claimRow(doc: Document, claim: OnRecord, source: Source | undefined): HTMLLIElement {
  const who = claim.attributedTo === 'unattributed' ? i18n.t('corpus.unattributed') : i18n.t('corpus.attributedTo', [claim.attributedTo]);
  // The page that reports it, at the very sentence: the lead report of an estimate on record, or a document's own address.
  const original = originalLink(doc, claim, source, 'original');
  return h(
    doc,
    'li',
    { class: 'claim', 'data-claim': claim.id },
    h(
      doc,
      'p',
      { class: 'headline' },
      h(doc, 'a', { class: 'figure', href: claimPageUrl(claim.id) }, words(estimateLabel(claim))),
      ' ',
      h(doc, 'span', { class: 'measure' }, measureLabel(claim.measure)),
    ),
    dotted(doc, 'meta', [
      who,
      words(asOfWords(claim)),
      claim.record ? words(describeOrigin(claim, source)) : source && i18n.t('corpus.inSource', [source.title]),
    ]),
    h(doc, 'blockquote', { class: 'quote' }, claim.quote),
    claim.restates && h(doc, 'p', { class: 'note' }, i18n.t('corpus.restates')),
    original && h(doc, 'p', { class: 'meta' }, original),
  );
}

export function sourceItem(doc: Document, source: Source, claimCount: number, imported = false): HTMLLIElement {
  const published = words(formatDate({ ...source.published, certainty: 'stated' }));
  return h(
    doc,
    'li',
    { class: 'source', 'data-source': source.id },
    h(doc, 'a', { class: 'title', href: sourcePageUrl(source.id) }, source.title),
    dotted(doc, 'meta', [
      imported && h(doc, 'strong', { class: 'imported' }, i18n.t('corpus.importedTag')),
      sourceKindLabel(source.kind),
      source.outlet && i18n.t('corpus.outlet', [source.outlet]),
      source.author && i18n.t('corpus.author', [source.author]),
      source.published.certainty === 'after' ? i18n.t('corpus.publishedAfter', [published]) : i18n.t('corpus.published', [published]),
      // A plain link that reloads the browser filtered to this source, so it works like any linked view.
      h(doc, 'a', { href: `?source=${encodeURIComponent(source.id)}` }, i18n.t('corpus.sourceEstimates', claimCount, [String(claimCount)])),
    ]),
    source.basedOn && h(doc, 'p', { class: 'meta' }, i18n.t('corpus.basedOn', [source.basedOn.title, source.basedOn.outlet])),
  );
}
