/**
 * The extension's source page: a bundled document with the quoted sentence
 * highlighted and scrolled into view, beside what is known of the source.
 * `?claim=<id>` opens a claim; `?source=<id>` a source; neither lists them all.
 * Corpus text goes in as text only.
 */
import { asOfWords, citationOf, describeSource, originalUrl } from '../corpus/citation';
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Claim, Source } from '../corpus/schema';
import { estimateLabel } from '../engine/compare';
import { formatDate } from '../engine/format-value';
import { MEASURES } from '../engine/measures';
import { copyText } from './copy-text';

type Child = Node | string | null | undefined | false;

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

function link(href: string, text: string): HTMLAnchorElement {
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, text);
}

const KIND_WORDS: Record<Source['kind'], string> = {
  news: 'News report',
  opinion: 'Opinion',
  blog: 'Blog post',
  rewrite: 'Rewrite of another article',
};

function sourceDetails(source: Source): HTMLElement {
  const row = (term: string, ...value: Child[]) => [h('dt', {}, term), h('dd', {}, ...value)];
  return h(
    'dl',
    { class: 'details' },
    ...row('Kind', KIND_WORDS[source.kind]),
    ...row('Outlet', source.outlet ?? 'Unknown'),
    ...row('Author', source.author ?? 'Unknown'),
    ...row('Published', formatDate(source.published), h('span', { class: 'basis' }, ` — ${source.published.basis}`)),
    ...row('Address', source.url ? link(source.url, source.url) : 'Not found'),
    ...(source.basedOn
      ? row('Rewrites', `“${source.basedOn.title}”, ${source.basedOn.outlet}`, source.basedOn.url && ' — ', source.basedOn.url && link(source.basedOn.url, source.basedOn.url))
      : []),
    ...row('Provenance', source.provenance),
  );
}

function claimPanel(claim: Claim, source: Source): HTMLElement {
  const copy = h('button', { type: 'button', class: 'copy' }, 'Copy citation');
  copy.addEventListener('click', async () => {
    const ok = await copyText(citationOf(claim, source), copy);
    copy.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => (copy.textContent = 'Copy citation'), 1600);
  });
  const url = originalUrl(claim, source);
  return h(
    'section',
    { class: 'claim', 'aria-labelledby': 'claim-title' },
    h('h2', { id: 'claim-title' }, `${estimateLabel(claim)} — ${MEASURES[claim.measure].label}`),
    h('p', {}, `Estimated by ${claim.attributedTo}, ${asOfWords(claim)}.`),
    h('p', { class: 'basis' }, claim.asOf.basis),
    claim.derivation && h('p', { class: 'basis' }, `Worked out: ${claim.derivation}`),
    h('p', { class: 'actions' }, copy, url && link(url, 'Original at the quote ↗')),
  );
}

/** The document as paragraphs, the quote (if found) wrapped in a <mark id="quote">. */
function documentView(text: string, quote: string | null): { view: HTMLElement; mark: HTMLElement | null } {
  const at = quote ? text.indexOf(quote) : -1;
  let mark: HTMLElement | null = null;
  const article = h('article', { class: 'document', 'aria-label': 'The bundled document' });
  let offset = 0;
  for (const block of text.split(/\n/)) {
    const start = offset;
    offset += block.length + 1;
    if (block.trim() === '') continue;
    const p = h('p');
    const end = start + block.length;
    if (at >= start && at < end) {
      const from = at - start;
      const to = Math.min(block.length, from + quote!.length);
      mark = h('mark', { id: 'quote', tabindex: '-1' }, block.slice(from, to));
      p.append(block.slice(0, from), mark, block.slice(to));
    } else p.append(block);
    article.append(p);
  }
  return { view: article, mark };
}

function sourceList(corpus: CorpusIndex): HTMLElement {
  return h(
    'ul',
    { class: 'sources' },
    ...corpus.sources.map((s) =>
      h('li', {}, h('a', { href: `?source=${encodeURIComponent(s.id)}` }, s.title), h('span', { class: 'basis' }, ` — ${describeSource(s).replace(/^“[^”]*”, /, '')}`)),
    ),
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
  const claim = claimId ? corpus.claims.find((c) => c.id === claimId) : undefined;
  const source = corpus.sourceById.get(claim?.source ?? sourceId ?? '');
  if (!source) {
    const problem = claimId ? `No estimate “${claimId}” is in the bundled corpus.` : sourceId ? `No source “${sourceId}” is in the bundled corpus.` : null;
    document.title = 'Rangefinder sources';
    root.replaceChildren(
      h(
        'div',
        {},
        h('h1', {}, 'Rangefinder’s sources'),
        problem && h('p', { class: 'error', role: 'alert' }, problem),
        h('p', {}, 'The documents bundled with the extension, readable offline:'),
        sourceList(corpus),
      ),
    );
    return;
  }
  document.title = `${source.title} — Rangefinder source`;
  const text = await loadDocument(source.document);
  const { view, mark } = documentView(text, claim?.quote ?? null);
  const others = corpus.claims.filter((c) => c.source === source.id && c !== claim);
  root.replaceChildren(
    h(
      'div',
      {},
      h('p', { class: 'eyebrow' }, h('a', { href: '?' }, 'Rangefinder sources'), ` · ${KIND_WORDS[source.kind]}`),
    h('h1', {}, source.title),
    claim ? claimPanel(claim, source) : null,
    sourceDetails(source),
    h('h2', {}, 'The document'),
    view,
    others.length > 0 && h('h2', {}, claim ? 'Other estimates in this document' : 'Estimates in this document'),
    others.length > 0 &&
      h('ul', { class: 'others' }, ...others.map((c) => h('li', {}, h('a', { href: `?claim=${encodeURIComponent(c.id)}` }, estimateLabel(c)), ` — ${MEASURES[c.measure].label}, ${c.attributedTo}`))),
    ),
  );
  if (mark) {
    mark.scrollIntoView({ block: 'center' });
    mark.focus({ preventScroll: true });
  }
}
