// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { textFragmentUrl } from '../../src/compare/citation';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import type { OnRecord } from '../../src/corpus/on-record';
import { MEASURE_IDS } from '../../src/engine/measures';
import { byAsOf, daysOf, filtersQuery, NO_FILTERS, readFilters } from '../../src/search/corpus-filter';
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

/** The claims in the order the page lists them: by measure, in the engine's order of measures; within one, oldest first. */
const listed = (claims: readonly OnRecord[]) =>
  MEASURE_IDS.flatMap((m) => {
    const ofMeasure = claims.filter((c) => c.measure === m).sort(byAsOf);
    return [...new Set(ofMeasure.map((c) => c.unit))].flatMap((unit) => ofMeasure.filter((c) => c.unit === unit));
  });

/** Catches what the page downloads: the file name, type and text of each. */
function downloads() {
  const files: { name: string; type: string; text: Promise<string> }[] = [];
  let blob: Blob | undefined;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:corpus';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, type: blob!.type, text: blob!.text() });
  });
  return files;
}

describe('the corpus browser', () => {
  it('lists every estimate, grouped by measure and oldest first, each linking to its page', () => {
    const root = open();
    expect(shownIds(root)).toEqual(listed(bundledCorpus.claims).map((c) => c.id));
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
    expect(zelensky.querySelector('blockquote')!.textContent).toBe(bundledCorpus.claimById.get('001_6103265ed68543fd#8')!.quote);
    const nis = $(root, 'li.claim[data-claim="nis/2024-12-24/troops_deployed"]');
    expect(nis.querySelector('a')!.getAttribute('href')).toBe('source.html?claim=nis%2F2024-12-24%2Ftroops_deployed');
    expect(nis.textContent).toContain("Attributed to South Korea's National Intelligence Service (NIS)");
    // One click to the original at the very sentence, from the list as from the card.
    const lead = bundledCorpus.claimById.get('nis/2024-12-24/troops_deployed')!.record!.reports[0]!;
    const original = nis.querySelector<HTMLAnchorElement>('a.original')!;
    expect(original.textContent).toBe('Open the original at this sentence ↗');
    expect(original.getAttribute('href')).toBe(textFragmentUrl(lead.url, lead.quote));
    expect(original.getAttribute('rel')).toBe('noopener noreferrer');
    expect(document.title).toBe('Rangefinder’s corpus');
  });

  it('heads each measure that has estimates, and offers no measure that has none', () => {
    const root = open();
    const headed = [...root.querySelectorAll<HTMLElement>('section.measure')].map((s) => s.dataset.measure);
    const withEstimates = MEASURE_IDS.filter((m) => bundledCorpus.claims.some((c) => c.measure === m));
    expect(headed).toEqual(withEstimates);
    const offered = [...root.querySelectorAll<HTMLOptionElement>('select#measure option')].map((o) => o.value).filter(Boolean);
    expect(offered).toEqual(withEstimates);
    const troops = bundledCorpus.claims.filter((c) => c.measure === 'troops_deployed').length;
    expect($(root, 'section[data-measure="troops_deployed"] h3').textContent).toBe(
      `North Korean troops sent to Russia (${troops} estimates)`,
    );
  });

  it('narrows the list by measure, body, document, dates and words, and counts what is left', () => {
    const root = open();
    choose(root, 'select#measure', 'artillery_shells');
    const shells = bundledCorpus.claims.filter((c) => c.measure === 'artillery_shells');
    expect(shownIds(root)).toEqual(listed(shells).map((c) => c.id));
    expect($(root, '#count').textContent).toBe(`${shells.length} of ${total} estimates`);

    choose(root, 'select#body', 'nis');
    const nisShells = shells.filter((c) => c.record?.body.id === 'nis');
    expect(nisShells.length).toBeGreaterThan(0);
    expect(shownIds(root)).toEqual(listed(nisShells).map((c) => c.id));
    expect(query).toBe('?measure=artillery_shells&body=nis');

    choose(root, 'select#body', '');
    choose(root, 'select#source', '001_6103265ed68543fd');
    expect(shownIds(root)).toEqual(listed(shells.filter((c) => c.source === '001_6103265ed68543fd')).map((c) => c.id));

    choose(root, 'select#measure', '');
    choose(root, 'select#source', '');
    choose(root, 'input#q', 'Zelensky');
    expect(shownIds(root)).toContain('001_6103265ed68543fd#8');
    expect(query).toBe('?q=Zelensky');
  });

  it('keeps an estimate whose date may fall in the range: a month meets a range that starts inside it', () => {
    const root = open();
    choose(root, 'input#from', '2024-10-15');
    choose(root, 'input#to', '2024-10-31');
    const inRange = bundledCorpus.claims.filter((c) => {
      const { first, last } = daysOf(c.asOf);
      return last >= '2024-10-15' && first <= '2024-10-31';
    });
    expect(shownIds(root)).toEqual(listed(inRange).map((c) => c.id));
    // "Oct 2024" may be any day of October, so it is kept; 23 Oct is inside; 1 Nov is not.
    expect(shownIds(root)).toContain('us-white-house/2024-10/troops_deployed');
    expect(shownIds(root)).toContain('hur/2024-10-23/troops_deployed');
    expect(shownIds(root)).not.toContain('uk-mod/2024-11-01/troops_deployed');
    expect(query).toBe('?from=2024-10-15&to=2024-10-31');
  });

  it('keeps the filters in the query, so a linked view opens as it was left', () => {
    const root = open();
    choose(root, 'select#measure', 'artillery_shells');
    choose(root, 'select#body', 'rok-mnd');
    choose(root, 'input#from', '2024-01-01');
    choose(root, 'input#q', 'shells 2024');
    expect(query).toBe('?measure=artillery_shells&body=rok-mnd&from=2024-01-01&q=shells+2024');
    const before = shownIds(root);
    expect(before.length).toBeGreaterThan(0);

    const reopened = open(query);
    expect(shownIds(reopened)).toEqual(before);
    expect($<HTMLSelectElement>(reopened, 'select#measure').value).toBe('artillery_shells');
    expect($<HTMLSelectElement>(reopened, 'select#body').value).toBe('rok-mnd');
    expect($<HTMLInputElement>(reopened, 'input#from').value).toBe('2024-01-01');
    expect($<HTMLInputElement>(reopened, 'input#q').value).toBe('shells 2024');
    expect(readFilters(new URLSearchParams(query), bundledCorpus).filters).toEqual({
      ...NO_FILTERS,
      measure: 'artillery_shells',
      body: 'rok-mnd',
      from: '2024-01-01',
      q: 'shells 2024',
    });
    expect(filtersQuery({ ...NO_FILTERS, q: '  ' })).toBe('');
  });

  it('explains an empty result and offers to clear the filters', () => {
    const root = open('?measure=nk_captured&body=uk-mod');
    expect(shownIds(root)).toEqual([]);
    expect($(root, '#count').textContent).toBe(`0 of ${total} estimates`);
    const empty = $(root, '.empty');
    expect(empty.textContent).toContain('No estimate matches');
    expect(empty.textContent).toContain('Measure: North Korean soldiers captured');
    expect(empty.textContent).toContain('Made by: UK Ministry of Defence');
    expect($<HTMLButtonElement>(root, 'button#export-csv').disabled).toBe(true);
    $<HTMLButtonElement>(empty, 'button').click();
    expect(shownIds(root)).toHaveLength(total);
    expect(query).toBe('');
    expect($<HTMLSelectElement>(root, 'select#measure').value).toBe('');
    expect(document.activeElement).toBe($(root, 'input#q'));
  });

  it('tells the reader about an unknown measure, body or document, or a date that is no day, and shows everything else', () => {
    const root = open('?measure=unicorns&body=nobody&source=nowhere&from=2024-02-30&q=shells');
    const alerts = [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent);
    expect(alerts).toEqual([
      'There is no measure “unicorns” in Rangefinder, so the page shows every measure.',
      'There is no body “nobody” on record, so the page shows estimates by every body.',
      'There is no document “nowhere” in the corpus, so the page shows every document.',
      '“2024-02-30” is not a day (YYYY-MM-DD), so the page shows estimates from the first.',
    ]);
    const found = new Set(searchCorpus('shells').map((h) => h.claim.id));
    expect(shownIds(root)).toEqual(listed(bundledCorpus.claims.filter((c) => found.has(c.id))).map((c) => c.id));
    expect($<HTMLSelectElement>(root, 'select#measure').value).toBe('');
  });

  it('downloads what is shown as JSON-LD and as CSV', async () => {
    const root = open('?body=uk-mod');
    const files = downloads();
    const shown = bundledCorpus.claims.filter((c) => c.record?.body.id === 'uk-mod');
    $<HTMLButtonElement>(root, 'button#export').click();
    $<HTMLButtonElement>(root, 'button#export-csv').click();
    expect(files.map((f) => [f.name, f.type])).toEqual([
      ['rangefinder-corpus.jsonld', 'application/ld+json'],
      ['rangefinder-corpus.csv', 'text/csv'],
    ]);
    const jsonLd = JSON.parse(await files[0]!.text);
    const claims = jsonLd['@graph'].filter((n: { '@type': string }) => n['@type'] === 'Claim');
    expect(claims.map((c: { identifier: string }) => c.identifier).sort()).toEqual(shown.map((c) => c.id).sort());
    const rows = (await files[1]!.text).trimEnd().split('\r\n');
    expect(rows).toHaveLength(shown.length + 1);
    for (const row of rows.slice(1)) expect(row).toMatch(/^uk-mod\//);
    vi.restoreAllMocks();
  });
});
