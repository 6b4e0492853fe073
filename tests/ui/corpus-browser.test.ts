// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { filtersQuery, readFilters } from '../../src/search/corpus-filter';
import { searchCorpus } from '../../src/search/corpus-search';
import { renderCorpusBrowser } from '../../src/ui/corpus-browser';

const total = bundledCorpus.claims.length;
let query = '';

/** Renders the page as a link with `search` would open it; the address it writes back is kept in `query`. */
function open(search = ''): HTMLElement {
  query = search;
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  renderCorpusBrowser(root, {
    corpus: bundledCorpus,
    params: new URLSearchParams(search),
    search: searchCorpus,
    setQuery: (next) => (query = next),
  });
  return root;
}

const $ = <E extends Element>(root: ParentNode, selector: string) => root.querySelector<E>(selector)!;
const shownIds = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>('li.claim')].map((li) => li.dataset.claim);

function choose(root: ParentNode, selector: string, value: string): void {
  const control = $<HTMLSelectElement | HTMLInputElement>(root, selector);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLInputElement ? 'input' : 'change', { bubbles: true }));
}

beforeEach(() => {
  query = '';
});

describe('the corpus browser', () => {
  it('lists every estimate and every source, each linking to the source page', () => {
    const root = open();
    expect(shownIds(root)).toEqual(bundledCorpus.claims.map((c) => c.id));
    expect($(root, '#count').textContent).toBe(`${total} of ${total} estimates`);
    for (const source of bundledCorpus.sources) {
      const item = $(root, `[data-source="${source.id}"]`);
      expect(item.querySelector('a')!.getAttribute('href')).toBe(`source.html?source=${encodeURIComponent(source.id)}`);
      expect(item.textContent).toContain(source.title);
    }
    const zelensky = $(root, 'li.claim[data-claim="001_6103265ed68543fd#8"]');
    expect(zelensky.querySelector('a')!.getAttribute('href')).toBe('source.html?claim=001_6103265ed68543fd%238');
    expect(zelensky.textContent).toContain('Attributed to Volodymyr Zelensky');
    expect(zelensky.textContent).toContain('as of 23 Dec 2024');
    expect(zelensky.textContent).toContain('North Korean soldiers killed and wounded');
    expect(zelensky.querySelector('blockquote')!.textContent).toBe(
      bundledCorpus.claims.find((c) => c.id === '001_6103265ed68543fd#8')!.quote,
    );
    expect(document.title).toBe('Rangefinder’s corpus');
  });

  it('narrows the list by measure, by source and by words, and counts what is left', () => {
    const root = open();
    choose(root, 'select#measure', 'artillery_shells');
    const shells = bundledCorpus.claims.filter((c) => c.measure === 'artillery_shells');
    expect(shownIds(root)).toEqual(shells.map((c) => c.id));
    expect($(root, '#count').textContent).toBe(`${shells.length} of ${total} estimates`);

    choose(root, 'select#source', '001_6103265ed68543fd');
    expect(shownIds(root)).toEqual(shells.filter((c) => c.source === '001_6103265ed68543fd').map((c) => c.id));

    choose(root, 'select#measure', '');
    choose(root, 'select#source', '');
    choose(root, 'input#q', 'Zelensky');
    expect(shownIds(root)[0]).toBe('001_6103265ed68543fd#8');
    expect(query).toBe('?q=Zelensky');
  });

  it('keeps the filters in the query, so a linked view opens as it was left', () => {
    const root = open();
    choose(root, 'select#measure', 'artillery_shells');
    choose(root, 'input#q', 'shells 2024');
    expect(query).toBe('?measure=artillery_shells&q=shells+2024');
    const before = shownIds(root);

    const reopened = open(query);
    expect(shownIds(reopened)).toEqual(before);
    expect($<HTMLSelectElement>(reopened, 'select#measure').value).toBe('artillery_shells');
    expect($<HTMLInputElement>(reopened, 'input#q').value).toBe('shells 2024');
    expect(readFilters(new URLSearchParams(query), bundledCorpus).filters).toEqual({
      measure: 'artillery_shells',
      source: null,
      q: 'shells 2024',
    });
    expect(filtersQuery({ measure: null, source: null, q: '  ' })).toBe('');
  });

  it('explains an empty result and offers to clear the filters', () => {
    const root = open('?measure=nk_captured');
    expect(shownIds(root)).toEqual([]);
    expect($(root, '#count').textContent).toBe(`0 of ${total} estimates`);
    const empty = $(root, '.empty');
    expect(empty.textContent).toContain('No estimate matches');
    expect(empty.textContent).toContain('Measure: North Korean soldiers captured');
    $<HTMLButtonElement>(empty, 'button').click();
    expect(shownIds(root)).toHaveLength(total);
    expect(query).toBe('');
    expect($<HTMLSelectElement>(root, 'select#measure').value).toBe('');
    expect(document.activeElement).toBe($(root, 'input#q'));
  });

  it('tells the reader about an unknown measure or source in the query, and shows everything else', () => {
    const root = open('?measure=unicorns&source=nowhere&q=shells');
    const alerts = [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts).toEqual([
      'There is no measure “unicorns” in Rangefinder, so the page shows every measure.',
      'There is no source “nowhere” in the corpus, so the page shows every source.',
    ]);
    expect(shownIds(root)).toEqual(searchCorpus('shells').map((h) => h.claim.id));
    expect($<HTMLSelectElement>(root, 'select#measure').value).toBe('');
  });

  it('downloads the corpus as JSON-LD from the export button', async () => {
    const root = open();
    const createObjectURL = vi.fn((_: Blob | MediaSource) => 'blob:corpus');
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(createObjectURL);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    $<HTMLButtonElement>(root, 'button#export').click();
    expect(clicked[0]!.download).toBe('rangefinder-corpus.jsonld');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:corpus');
    const blob = createObjectURL.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('application/ld+json');
    const document = JSON.parse(await blob.text());
    expect(document['@graph'].filter((n: { '@type': string }) => n['@type'] === 'Claim')).toHaveLength(total);
    vi.restoreAllMocks();
  });
});
