/**
 * Reading what the extension did on a page, through its documented hook: the
 * `rangefinder-*` entries of `CSS.highlights`. Shared by the demo and the
 * browser journeys.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';

/** The marked figures' text in document order, from every stance highlight. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges: Range[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('rangefinder-') && name !== 'rangefinder-active') ranges.push(...([...highlight] as Range[]));
    }
    return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((r) => r.toString());
  });
}

/** The point to hover or click on a marked figure (by its text, or its place in document order), scrolled into view. */
export async function figurePoint(page: Page, which: string | number): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const ranges = [...CSS.highlights]
      .filter(([name]) => name.startsWith('rangefinder-') && name !== 'rangefinder-active')
      .flatMap(([, highlight]) => [...highlight] as Range[])
      .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = typeof wanted === 'number' ? ranges[wanted] : ranges.find((r) => r.toString() === wanted);
    if (!range) return null;
    (range.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + Math.min(rect.width / 2, 10), y: rect.top + rect.height / 2 };
  }, which);
  if (!point) throw new Error(`No highlighted figure ${typeof which === 'number' ? `#${which + 1}` : `“${which}”`}.`);
  return point;
}

/** Waits until the highlighted texts stop changing (scanning runs in slices), and returns them. */
export async function settledHighlights(page: Page, quietMs = 400, timeout = 15_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let last = await highlightedTexts(page);
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
