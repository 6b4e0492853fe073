// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareFigure } from '../../src/compare/compare';
import { bundledCorpus } from '../../src/corpus/bundled-corpus';
import { highlightKind } from '../../src/names/page-names';
import { compareStarts } from '../../src/page/composed-order';
import { blockAround, outermost, watchContent } from '../../src/page/content-watcher';
import { type Compare, FigureScanner, findArticle } from '../../src/page/figure-scanner';
import { HighlightRegistry } from '../../src/page/highlight-registry';
import { overlaps } from '../../src/page/selection-figure';
import { namesNorthKorea, watchForTopic } from '../../src/page/topic-gate';

let controller: AbortController;
beforeEach(() => {
  document.body.innerHTML = '';
  controller = new AbortController();
});
afterEach(() => controller.abort());

/** The comparison as the card kit brings it, counting how often it was asked for. */
function comparer(): (() => Promise<Compare>) & { loads: number } {
  const load = Object.assign(
    () => {
      load.loads++;
      return Promise.resolve<Compare>((figure) => compareFigure(figure, bundledCorpus));
    },
    { loads: 0 },
  );
  return load;
}

const texts = (registry: HighlightRegistry) => registry.inOrder().map((m) => m.range.toString());

describe('the topic gate', () => {
  it('passes a page that names North Korea in any case or spelling, and nothing else', () => {
    document.body.innerHTML = '<p>KIM JONG-UN inspected a factory.</p>';
    expect(namesNorthKorea(document.body)).toBe(true);
    document.body.innerHTML = '<p>South Korea’s exports rose 12% to $58 billion.</p>';
    expect(namesNorthKorea(document.body)).toBe(false);
  });

  it('passes a name with a soft hyphen or a bidi mark in it, as the reader sees it', () => {
    document.body.innerHTML = '<p>Pyong&shy;yang sent more troops.</p>';
    expect(namesNorthKorea(document.body)).toBe(true);
    document.body.innerHTML = '<p>North\u200E Korea sent more troops.</p>';
    expect(namesNorthKorea(document.body)).toBe(true);
    document.body.innerHTML = '<p>Pyong&shy;chang hosted the games.</p>';
    expect(namesNorthKorea(document.body)).toBe(false);
  });
});

describe('scanning a page', () => {
  it('marks the figures of a page about North Korea, article first, and changes no node', async () => {
    document.body.innerHTML =
      '<aside><p>North Korea has shipped roughly four million shells to Russia, officials said.</p></aside>' +
      '<article><p>North Korea has sent about 11,000 troops to Russia.</p><p>Markets rose 3%.</p></article>';
    const before = document.documentElement.outerHTML;
    const registry = new HighlightRegistry();
    await new FigureScanner(registry, comparer(), controller.signal).scanPage(document.body);
    registry.flush();
    expect(texts(registry)).toEqual(['roughly four million', 'about 11,000']);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('loads the comparison once, when the first figure is found, and never for a page without one', async () => {
    document.body.innerHTML = '<p>North Korea held a parade; markets rose 3% and 4,000 fans watched a match.</p>';
    const load = comparer();
    const scanner = new FigureScanner(new HighlightRegistry(), load, controller.signal);
    await scanner.scanPage(document.body);
    expect(load.loads).toBe(0);
    document.body.insertAdjacentHTML(
      'beforeend',
      '<p>North Korea has sent about 11,000 troops to Russia.</p><p>Pyongyang promised 7,000 more troops.</p>',
    );
    await scanner.scan([document.body]);
    await scanner.scan([document.body]);
    expect(load.loads).toBe(1);
  });

  it('marks nothing on a page about North Korea that never names the war, until the page names it', async () => {
    document.body.innerHTML =
      '<article><p>North Korea fired three ballistic missiles into the sea.</p><p>About 1,500 North Korean soldiers were training near the border.</p></article>';
    const registry = new HighlightRegistry();
    const scanner = new FigureScanner(registry, comparer(), controller.signal);
    await scanner.scanPage(document.body);
    registry.flush();
    expect(texts(registry)).toEqual([]);
    const added = document.createElement('p');
    added.textContent = 'Pyongyang has also sent 11,000 troops to Russia.';
    document.body.append(added);
    await scanner.scan([added]);
    registry.flush();
    expect(texts(registry)).toEqual(['11,000']);
  });

  it('keeps one mark per figure when the same content is scanned again', async () => {
    document.body.innerHTML = '<p>North Korea has sent about 11,000 troops to Russia.</p>';
    const registry = new HighlightRegistry();
    const scanner = new FigureScanner(registry, comparer(), controller.signal);
    await scanner.scan([document.body]);
    await scanner.scan([document.body.firstChild!]);
    expect(texts(registry)).toEqual(['about 11,000']);
  });

  it('drops the marks of removed or rewritten text', async () => {
    document.body.innerHTML =
      '<p id="a">North Korea has sent about 11,000 troops to Russia.</p><p id="b">Pyongyang promised 7,000 more troops.</p>';
    const registry = new HighlightRegistry();
    await new FigureScanner(registry, comparer(), controller.signal).scan([document.body]);
    expect(registry.size).toBe(2);
    document.getElementById('a')!.remove();
    (document.getElementById('b')!.firstChild as Text).data = 'Pyongyang promised more troops.';
    expect(registry.prune()).toBe(2);
    expect(registry.size).toBe(0);
  });

  it('stops when the content script is invalidated', async () => {
    document.body.innerHTML = '<p>North Korea has sent about 11,000 troops to Russia.</p>';
    const registry = new HighlightRegistry();
    controller.abort();
    await new FigureScanner(registry, comparer(), controller.signal).scan([document.body]);
    expect(registry.size).toBe(0);
  });

  it('steps through the figures in document order, wrapping around', async () => {
    document.body.innerHTML = '<p>North Korea has sent about 11,000 troops to Russia.</p><p>Pyongyang promised 7,000 more troops.</p>';
    const registry = new HighlightRegistry();
    await new FigureScanner(registry, comparer(), controller.signal).scan([document.body]);
    const first = registry.step(null, 'next')!;
    expect(first.range.toString()).toBe('about 11,000');
    expect(registry.step(first, 'next')!.range.toString()).toBe('7,000');
    expect(registry.step(first, 'previous')!.range.toString()).toBe('7,000');
    expect(registry.step(null, 'previous')!.range.toString()).toBe('7,000');
  });

  it('finds the figure at a caret position', async () => {
    document.body.innerHTML = '<p>North Korea has sent about 11,000 troops to Russia.</p>';
    const registry = new HighlightRegistry();
    await new FigureScanner(registry, comparer(), controller.signal).scan([document.body]);
    const text = document.querySelector('p')!.firstChild!;
    expect(registry.at(text, 25)?.figure.text).toBe('about 11,000');
    expect(registry.at(text, 3)).toBeNull();
  });

  it('names each stance’s highlight: matching, inside, outside, none', () => {
    expect(['matches', 'within', 'above', 'below', 'none'].map((s) => highlightKind(s as never))).toEqual([
      'matches',
      'within',
      'outside',
      'outside',
      'none',
    ]);
  });
});

describe('following a dynamic page', () => {
  it('finds the article a news page marks', () => {
    document.body.innerHTML = '<main><article id="x"></article></main>';
    expect(findArticle(document.body)?.id).toBe('x');
  });

  it('reads an inline change with its whole block, and keeps only the outermost of nested changes', () => {
    document.body.innerHTML = '<div id="d"><p id="p">North Korea sent <b id="b">12,000</b> troops.</p></div>';
    expect((blockAround(document.getElementById('b')!) as Element).id).toBe('p');
    expect(
      outermost([document.getElementById('p')!, document.getElementById('d')!, document.getElementById('b')!]).map(
        (n) => (n as Element).id,
      ),
    ).toEqual(['d']);
  });

  it('hands on what was added once the page is quiet, not each mutation', async () => {
    const seen: string[][] = [];
    watchContent(document.body, controller.signal, (changes) => seen.push(changes.added.map((n) => n.textContent ?? '')));
    for (const text of ['one', 'two', 'three']) {
      const p = document.createElement('p');
      p.textContent = text;
      document.body.append(p);
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen).toEqual([['one', 'two', 'three']]);
  });

  it('ignores the extension’s own nodes', async () => {
    const seen: unknown[] = [];
    watchContent(
      document.body,
      controller.signal,
      (changes) => seen.push(changes),
      (n) => n.nodeName === 'RANGEFINDER-CARD',
    );
    document.body.append(document.createElement('rangefinder-card'));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen).toEqual([]);
  });
});

describe('a page that fights back', () => {
  it('marks the rest when the page removes or cuts short text while the scan waits for the comparison', async () => {
    document.body.innerHTML =
      '<p id="a">North Korea has sent about 11,000 troops to Russia.</p><p id="b">Pyongyang promised 7,000 more troops.</p>' +
      '<p id="c">North Korea has shipped dozens of ballistic missiles to Russia.</p>';
    const registry = new HighlightRegistry();
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      // The text is read, the first figure found; while the comparison loads, the page changes.
      const load = () => {
        (document.getElementById('a')!.firstChild as Text).data = 'North Korea.';
        document.getElementById('b')!.remove();
        return comparer()();
      };
      await new FigureScanner(registry, load, controller.signal).scan([document.body]);
    } finally {
      console.warn = warn;
    }
    registry.flush();
    expect(warnings).toEqual([]);
    expect(texts(registry)).toEqual(['dozens']);
  });

  it('marks figures in open shadow roots, in document order with the rest, and says which roots hold them', async () => {
    document.body.innerHTML =
      '<p>North Korea has sent about 11,000 troops to Russia.</p><div id="host"></div><p>North Korea has shipped dozens of ballistic missiles.</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>North Korea has sent Russia millions of artillery shells.</p>';
    const held: ShadowRoot[] = [];
    const registry = new HighlightRegistry(undefined, (root) => held.push(root));
    expect(registry.inShadowTrees).toBe(false);
    await new FigureScanner(registry, comparer(), controller.signal).scan([document.body]);
    expect(texts(registry)).toEqual(['about 11,000', 'millions', 'dozens']);
    expect(held).toEqual([shadow]);
    expect(registry.inShadowTrees).toBe(true);
    shadow.innerHTML = '';
    registry.prune();
    expect(registry.inShadowTrees).toBe(false);
  });

  it('orders ranges across shadow trees, and never finds that ranges of different trees overlap', () => {
    document.body.innerHTML = '<p id="before">Before</p><div id="host"><span id="light">light</span></div><p id="after">After</p>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="inside">Inside</p>';
    const over = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node.firstChild!);
      return range;
    };
    const ranges = {
      before: over(document.getElementById('before')!),
      inside: over(shadow.getElementById('inside')!),
      light: over(document.getElementById('light')!),
      after: over(document.getElementById('after')!),
    };
    const sorted = Object.entries(ranges)
      .reverse()
      .sort(([, a], [, b]) => compareStarts(a, b));
    expect(sorted.map(([name]) => name)).toEqual(['before', 'inside', 'light', 'after']);
    expect(overlaps(ranges.inside, ranges.light)).toBe(false);
    expect(overlaps(ranges.before, ranges.before.cloneRange())).toBe(true);
  });
});

describe('following a page that swaps or hides its content', () => {
  it('follows the changes inside a shadow root it is told of', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const seen: string[][] = [];
    const watch = watchContent(document.body, controller.signal, (changes) => seen.push(changes.added.map((n) => n.textContent ?? '')));
    watch.observe(shadow);
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'North Korea sent 12,000 troops.' }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen).toEqual([['North Korea sent 12,000 troops.']]);
  });

  it('follows a page that swaps in a whole new body, and its changes after', async () => {
    const seen: { added: string[]; removed: boolean }[] = [];
    watchContent(document.body, controller.signal, (changes) =>
      seen.push({ added: changes.added.map((n) => n.nodeName), removed: changes.removed }),
    );
    const next = document.createElement('body');
    next.append(Object.assign(document.createElement('p'), { textContent: 'North Korea sent 12,000 troops.' }));
    document.body.replaceWith(next);
    await new Promise((resolve) => setTimeout(resolve, 400));
    next.append(Object.assign(document.createElement('p'), { textContent: 'Later.' }));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(seen).toEqual([
      { added: ['BODY'], removed: true },
      { added: ['P'], removed: false },
    ]);
  });

  it('lets the gate hear of a new body that names North Korea', async () => {
    let heard = 0;
    watchForTopic(
      document.body,
      () => heard++,
      () => true,
    );
    const next = document.createElement('body');
    next.append(Object.assign(document.createElement('p'), { textContent: 'Weather and sport.' }));
    document.body.replaceWith(next);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toBe(0);
    next.append(Object.assign(document.createElement('p'), { textContent: 'North Korea sent 12,000 troops.' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(heard).toBe(1);
  });
});
