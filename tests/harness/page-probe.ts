/**
 * Reading what the extension did on a page, through its documented hook: the
 * `rangefinder-*` entries of `CSS.highlights` (src/names/page-names.ts). Shared
 * by the demo, the browser journeys and the benchmark.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { HIGHLIGHT_PREFIX } from '../../src/names/page-names';

/**
 * The marked figures' text in document order, from every stance highlight. Run
 * in the page (any realm of it): self-contained. Ranges in open shadow trees
 * sort where their host stands, before the host's own children; ranges of
 * different trees cannot be compared with `compareBoundaryPoints`, which throws.
 */
export function readHighlightedTexts(prefix: string): string[] {
  const ranges: Range[] = [];
  // forEach, not iteration: Firefox's sandboxes (an isolated realm) cannot iterate a page's maplike through their Xrays.
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith(`${prefix}-`) && name !== `${prefix}-active`)
      highlight.forEach((range) => {
        ranges.push(range as Range);
      });
  });
  return ranges
    .sort((a, b) => {
      // Each range's start as a chain of points: its shadow hosts from the document down, then the start itself.
      const chains = [a, b].map((range) => {
        const chain: [Node, number][] = [[range.startContainer, range.startOffset]];
        for (
          let root = range.startContainer.getRootNode();
          root.nodeType === 11 && (root as ShadowRoot).host;
          root = (root as ShadowRoot).host.getRootNode()
        ) {
          chain.unshift([(root as ShadowRoot).host, 0]);
        }
        return chain;
      });
      const [ca, cb] = chains as [[Node, number][], [Node, number][]];
      for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
        const [na, oa] = ca[i]!;
        const [nb, ob] = cb[i]!;
        if (na === nb && oa === ob) continue;
        const at = na.ownerDocument!.createRange();
        at.setStart(na, oa);
        // comparePoint: -1 when b's point comes before a's.
        return -at.comparePoint(nb, ob) || ca.length - cb.length;
      }
      return ca.length - cb.length;
    })
    .map((r) => r.toString());
}

/** The marked figures' text in document order, from every stance highlight. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(readHighlightedTexts, HIGHLIGHT_PREFIX);
}

/**
 * Where a marked figure is (by its text, or its place in document order), once
 * scrolled into view: the point to hover or click. Run in the page (any realm
 * of it): self-contained.
 */
export function locateFigure(wanted: string | number, prefix: string): { x: number; y: number } | null {
  const ranges: Range[] = [];
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith(`${prefix}-`) && name !== `${prefix}-active`)
      highlight.forEach((range) => {
        ranges.push(range as Range);
      });
  });
  // By place, on pages whose figures are all in the document's own tree (ranges of shadow trees do not compare).
  const range =
    typeof wanted === 'number'
      ? ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b))[wanted]
      : ranges.find((r) => r.toString() === wanted);
  if (!range) return null;
  (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0]!;
  return { x: rect.left + Math.min(rect.width / 2, 10), y: rect.top + rect.height / 2 };
}

/** The point to hover or click on a marked figure (by its text, or its place in document order), scrolled into view. */
export async function figurePoint(page: Page, which: string | number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(locateFigure, which, HIGHLIGHT_PREFIX);
  if (!point) throw new Error(`No highlighted figure ${typeof which === 'number' ? `#${which + 1}` : `“${which}”`}.`);
  return point;
}

/**
 * Waits until the highlighted texts stop changing (scanning runs in slices), and returns them. `expectSome`: on a page
 * known to hold figures, a quiet spell before the first highlight is the content script still starting (a cold
 * browser on a busy machine), not a settled page; wait for the first one, up to the timeout.
 */
export async function settledHighlights(page: Page, quietMs = 400, timeout = 15_000, expectSome = false): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let last = await highlightedTexts(page);
  while (expectSome && last.length === 0 && Date.now() < deadline) {
    await sleep(100);
    last = await highlightedTexts(page);
  }
  let since = Date.now();
  while (Date.now() - since < quietMs && Date.now() < deadline) {
    await sleep(100);
    const now = await highlightedTexts(page);
    if (JSON.stringify(now) !== JSON.stringify(last)) {
      last = now;
      since = Date.now();
    }
  }
  return last;
}
