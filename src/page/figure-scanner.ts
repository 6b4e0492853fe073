/**
 * Scans page content for figures in slices that never hold the main thread
 * for long: the text is read, and the detector run, a little at a time, with
 * the page's own work in between. The article is read first, then the rest.
 * Scans run one after another, in the order they were asked for.
 */
import type { Comparison } from '../compare/compare';
import { type Figure, scanFigures } from '../engine/detect-figures';
import { mentionsTheWar } from '../engine/topic-keywords';
import { type HighlightRegistry, rangeText } from './highlight-registry';
import { rangeOf, readPageTextInSlices } from './page-text';
import { readsAs } from './visible-text';
import { sliceClock, yieldToMain } from './yield-to-main';

/** Where a news page keeps its story, most specific first. */
const ARTICLE_SELECTORS = ['article', '[itemprop="articleBody"]', 'main', '[role="main"]'];

/** The page's article, when it marks one. */
export function findArticle(root: ParentNode): Element | null {
  for (const selector of ARTICLE_SELECTORS) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/**
 * Marked figures are drawn when a scan ends, and meanwhile at most this often:
 * every change to a highlight costs the page a repaint, which on a very long
 * page is far dearer than the scan.
 */
export const DRAW_EVERY_MS = 1000;

/** Compares a figure with the corpus; loaded the first time a scan finds one (see card-kit.ts). */
export type Compare = (figure: Figure) => Comparison;

export class FigureScanner {
  private queue: Promise<void> = Promise.resolve();
  private compare: Compare | null = null;
  /** Whether the page has named Russia's war; until it does, nothing on it is read as a figure. */
  private warNamed = false;

  constructor(
    private readonly registry: HighlightRegistry,
    private readonly comparer: () => Promise<Compare>,
    private readonly signal: AbortSignal,
    /** Hears of each open shadow root read, so that its changes can be followed. */
    private readonly onShadowRoot?: (root: ShadowRoot) => void,
  ) {}

  /** The whole page: its article first, then everything else. */
  scanPage(body: HTMLElement): Promise<void> {
    const article = findArticle(body);
    if (!article) return this.scan([body]);
    return this.scan([article]).then(() => this.scan([body], article));
  }

  /** Settles once every scan asked for so far has run. */
  idle(): Promise<void> {
    return this.queue;
  }

  /** Content read together as one text (nodes added to the page at once, in order). */
  scan(roots: readonly Node[], skip: Node | null = null): Promise<void> {
    this.queue = this.queue
      .then(() => this.run(roots, skip))
      .catch((error: unknown) => {
        // A scan that fails leaves the page as it was; the next one still runs.
        console.warn('Rangefinder: a scan failed', error);
      });
    return this.queue;
  }

  private async run(roots: readonly Node[], skip: Node | null): Promise<void> {
    const clock = sliceClock();
    const pause = async () => {
      await yieldToMain();
      clock.reset();
    };
    const reading = readPageTextInSlices(roots, { skip, ...(this.onShadowRoot ? { onShadowRoot: this.onShadowRoot } : {}) });
    let step = reading.next();
    while (!step.done) {
      if (this.signal.aborted) return;
      if (clock.expired()) await pause();
      step = reading.next();
    }
    const page = step.value;
    // A page on North Korea that never names the war (its missile tests, its parades) gives no figure of its part in
    // it; once the page names the war, all it shows is read.
    // The rest of the page is read only where this scan did not read the body itself.
    const body = roots[0]?.ownerDocument?.body;
    this.warNamed ||= mentionsTheWar(page.text) || (!!body && !roots.includes(body) && mentionsTheWar(body.textContent ?? ''));
    if (!this.warNamed) return;
    // The first figures are drawn as soon as they are found; later ones in batches.
    let drawn = -Infinity;
    for (const figures of scanFigures(page.text, { links: page.links })) {
      if (this.signal.aborted) return;
      if (figures.length > 0) {
        // The first figure brings in the comparison; a page without one never loads it.
        this.compare ??= await this.comparer();
        const compare = this.compare;
        if (this.signal.aborted) return;
        for (const figure of figures) {
          const range = rangeOf(page, figure.start, figure.end);
          // The page may have changed while we paused: mark only text that is still there.
          if (!range || range.collapsed || !readsAs(rangeText(range), figure.text)) continue;
          this.registry.add({ figure, comparison: compare(figure), range });
        }
      }
      if (clock.expired()) {
        if (performance.now() - drawn >= DRAW_EVERY_MS) {
          this.registry.flush();
          drawn = performance.now();
        }
        await pause();
      }
    }
    this.registry.flush();
  }
}
