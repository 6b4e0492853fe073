/**
 * The extension's source page: a bundled document with the quoted sentence
 * highlighted and scrolled into view, beside what is known of the source.
 * `?claim=<id>` opens a claim; `?source=<id>` a source; neither lists them all.
 * Corpus text goes in as text only.
 */
import { i18n } from '#i18n';
import { asOfWords, citationOf, describeReport, originalUrl, publication, reportUrl } from '../compare/citation';
import { describeEstimate, estimateLabel } from '../compare/compare';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { OnRecord, RecordOrigin } from '../corpus/on-record';
import type { Report } from '../corpus/record';
import type { Claim, Source } from '../corpus/schema';
import { formatDate } from '../engine/format-value';
import { measureName } from '../engine/measures';
import { byAsOf } from '../search/corpus-filter';
import { phrase } from '../words/phrase';
import { copyText } from './copy-text';
import { type Child, h } from './h';
import { measureLabel, sourceKindLabel, words } from './words';

/** Elements of this page's document. */
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return h(document, tag, attributes, ...children);
}

function link(href: string, text: string): HTMLAnchorElement {
  return el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

function sourceDetails(source: Source): HTMLElement {
  const row = (term: string, ...value: Child[]) => [el('dt', {}, term), el('dd', {}, ...value)];
  return el(
    'dl',
    { class: 'details' },
    ...row(i18n.t('source.details.kind'), sourceKindLabel(source.kind)),
    ...row(i18n.t('source.details.outlet'), source.outlet ?? i18n.t('source.unknown')),
    ...row(i18n.t('source.details.author'), source.author ?? i18n.t('source.unknown')),
    ...row(
      i18n.t('source.details.published'),
      words(formatDate(source.published)),
      el('span', { class: 'basis' }, ` — ${source.published.basis}`),
    ),
    ...row(i18n.t('source.details.address'), source.url ? link(source.url, source.url) : i18n.t('source.notFound')),
    ...(source.basedOn
      ? row(
          i18n.t('source.details.rewrites'),
          words(phrase('list.comma', phrase('list.quoted', source.basedOn.title), source.basedOn.outlet)),
          source.basedOn.url && ' — ',
          source.basedOn.url && link(source.basedOn.url, source.basedOn.url),
        )
      : []),
    ...row(i18n.t('source.details.provenance'), source.provenance),
  );
}

/** "Copy citation": the citation of `claim` on the clipboard, the button saying whether it went. */
function copyCitationButton(claim: OnRecord, source: Source | undefined): HTMLButtonElement {
  const copy = el('button', { type: 'button', class: 'copy' }, i18n.t('estimate.copyCitation'));
  copy.addEventListener('click', async () => {
    const ok = await copyText(words(citationOf(claim, source, new Date())), copy);
    copy.textContent = ok ? i18n.t('estimate.copied') : i18n.t('estimate.copyFailed');
    setTimeout(() => (copy.textContent = i18n.t('estimate.copyCitation')), 1600);
  });
  return copy;
}

function claimPanel(claim: Claim, source: Source): HTMLElement {
  const copy = copyCitationButton(claim, source);
  const url = originalUrl(claim, source);
  return el(
    'section',
    { class: 'claim', 'aria-labelledby': 'claim-title' },
    el('h2', { id: 'claim-title' }, words(phrase('source.claimTitle', estimateLabel(claim), measureName(claim.measure)))),
    el('p', {}, words(phrase('source.estimatedBy', claim.attributedTo, asOfWords(claim)))),
    el('p', { class: 'basis' }, claim.asOf.basis),
    claim.derivation && el('p', { class: 'basis' }, i18n.t('estimate.workedOut', [claim.derivation])),
    el('p', { class: 'actions' }, copy, url && link(url, i18n.t('estimate.original'))),
  );
}

/** The document as paragraphs, the quote (if found) wrapped in a <mark id="quote">. */
function documentView(text: string, quote: string | null): { view: HTMLElement; mark: HTMLElement | null } {
  const at = quote ? text.indexOf(quote) : -1;
  let mark: HTMLElement | null = null;
  const article = el('article', { class: 'document', 'aria-label': i18n.t('source.documentLabel') });
  let offset = 0;
  for (const block of text.split(/\n/)) {
    const start = offset;
    offset += block.length + 1;
    if (block.trim() === '') continue;
    const p = el('p');
    const end = start + block.length;
    if (at >= start && at < end) {
      const from = at - start;
      const to = Math.min(block.length, from + quote!.length);
      mark = el('mark', { id: 'quote', tabindex: '-1' }, block.slice(from, to));
      p.append(block.slice(0, from), mark, block.slice(to));
    } else p.append(block);
    article.append(p);
  }
  return { view: article, mark };
}

function sourceList(corpus: CorpusIndex): HTMLElement {
  return el(
    'ul',
    { class: 'sources' },
    ...corpus.sources.map((s) =>
      el(
        'li',
        {},
        el('a', { href: `?source=${encodeURIComponent(s.id)}` }, s.title),
        el('span', { class: 'basis' }, ` — ${words(publication(s))}`),
      ),
    ),
  );
}

/**
 * The estimates of the same measure made just before and just after this one,
 * by whoever made them: the context a reader weighs it in.
 */
function neighbours(claim: OnRecord, corpus: CorpusIndex): OnRecord[] {
  const list = [...(corpus.byMeasure.get(claim.measure) ?? [])].filter((c) => c.unit === claim.unit).sort(byAsOf);
  const at = list.findIndex((c) => c.id === claim.id);
  return at < 0 ? [] : [list[at - 1], list[at + 1]].filter((c): c is OnRecord => c !== undefined);
}

/** An estimate on record: who made it, when, what it counts, every page that reports it at its sentence, and its neighbours. */
function recordView(claim: OnRecord, record: RecordOrigin, corpus: CorpusIndex): HTMLElement {
  const copy = copyCitationButton(claim, undefined);
  const around = neighbours(claim, corpus);
  const report = (r: Report, index: number) =>
    el(
      'li',
      { class: 'report' },
      el(
        'p',
        { class: 'where' },
        words(describeReport(r)),
        ' · ',
        r.firstHand ? i18n.t('source.record.firstHand') : i18n.t('source.record.copy'),
      ),
      // The lead report's sentence is marked where the page opens, as a document's quote is.
      el('blockquote', { class: 'quote' }, index === 0 ? el('mark', { id: 'quote', tabindex: '-1' }, r.quote) : r.quote),
      el('p', { class: 'basis' }, r.provenance, r.published ? '' : ` (${i18n.t('source.record.noDate')})`),
      el('p', { class: 'actions' }, link(reportUrl(r), i18n.t('estimate.originalAtSentence'))),
    );
  return el(
    'div',
    {},
    el('p', { class: 'eyebrow' }, el('a', { href: '?' }, i18n.t('source.listTitle')), ` · ${i18n.t('source.record.heading')}`),
    el('h1', {}, words(phrase('source.claimTitle', estimateLabel(claim), measureName(claim.measure)))),
    el(
      'section',
      { class: 'claim', 'aria-labelledby': 'claim-title' },
      el('h2', { id: 'claim-title' }, record.body.name),
      el('p', {}, words(phrase('source.record.madeBy', record.body.name, asOfWords(claim)))),
      el('p', { class: 'basis' }, claim.asOf.basis),
      record.counts.note && el('p', {}, i18n.t('source.record.counts', [record.counts.note])),
      el('p', { class: 'actions' }, copy),
    ),
    el('h2', {}, i18n.t('source.record.reports')),
    el('ol', { class: 'reports' }, ...record.reports.map(report)),
    ...(around.length > 0
      ? [
          el('h2', {}, i18n.t('source.record.around', [measureLabel(claim.measure)])),
          el(
            'ul',
            { class: 'around' },
            ...around.map((c) => el('li', {}, el('a', { href: `?claim=${encodeURIComponent(c.id)}` }, words(describeEstimate(c))))),
          ),
        ]
      : []),
  );
}

export async function renderSourcePage(
  root: HTMLElement,
  params: URLSearchParams,
  corpus: CorpusIndex,
  loadDocument: (fileName: string) => Promise<string>,
): Promise<void> {
  const claimId = params.get('claim');
  const sourceId = params.get('source');
  const claim = claimId ? corpus.claimById.get(claimId) : undefined;
  if (claim?.record) {
    document.title = i18n.t('source.pageTitle', [claim.record.body.name]);
    root.replaceChildren(recordView(claim, claim.record, corpus));
    const first = root.querySelector<HTMLElement>('#quote');
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
    return;
  }
  const source = corpus.sourceById.get(claim?.source ?? sourceId ?? '');
  if (!source) {
    const problem = claimId ? i18n.t('source.noClaim', [claimId]) : sourceId ? i18n.t('source.noSource', [sourceId]) : null;
    document.title = i18n.t('source.listTitle');
    root.replaceChildren(
      el(
        'div',
        {},
        el('h1', {}, i18n.t('source.listHeading')),
        problem && el('p', { class: 'error', role: 'alert' }, problem),
        el('p', {}, i18n.t('source.listIntro')),
        sourceList(corpus),
      ),
    );
    return;
  }
  document.title = i18n.t('source.pageTitle', [source.title]);
  const text = await loadDocument(source.document);
  const { view, mark } = documentView(text, claim?.quote ?? null);
  const others = corpus.claims.filter((c) => c.source === source.id && c !== claim);
  root.replaceChildren(
    el(
      'div',
      {},
      el('p', { class: 'eyebrow' }, el('a', { href: '?' }, i18n.t('source.listTitle')), ` · ${sourceKindLabel(source.kind)}`),
      el('h1', {}, source.title),
      claim ? claimPanel(claim, source) : null,
      sourceDetails(source),
      el('h2', {}, i18n.t('source.document')),
      view,
      others.length > 0 && el('h2', {}, claim ? i18n.t('source.otherEstimates') : i18n.t('source.estimates')),
      others.length > 0 &&
        el(
          'ul',
          { class: 'others' },
          ...others.map((c) =>
            el(
              'li',
              {},
              el('a', { href: `?claim=${encodeURIComponent(c.id)}` }, words(estimateLabel(c))),
              ` — ${words(phrase('list.comma', measureLabel(c.measure), c.attributedTo))}`,
            ),
          ),
        ),
    ),
  );
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}
