/**
 * Measures (d), in Chromium and Firefox: a real mouse click on a highlighted
 * figure of the demo article, to the end of the first frame that shows its
 * card. The click's time is its event's `timeStamp` (when the input arrived),
 * read by a listener of the page's own; the card counts as shown once the
 * `rangefinder-card` host's shadow root holds a visible `.card` (see
 * in-page.js). The first card on a page may cost more than the next ones (the
 * card's code and shadow root are made on first use), so the two are apart.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'puppeteer-core';
import { waitForCardClosed } from '../tests/harness/card-probe';
import type { Launched } from '../tests/harness/launch-browser';
import { figurePoint } from '../tests/harness/page-probe';
import { poll } from '../tests/harness/poll';
import { onNewPage } from './browsers';
import { installProbes, waitForLastHighlight } from './in-page';

/** Cards opened per page load: the first, then this many more. */
export const LATER_CARDS = 5;

export interface CardRun {
  /** Click to painted card, and click to card in the page, in ms. */
  first: { paintedMs: number; shownMs: number };
  later: { paintedMs: number; shownMs: number }[];
}

async function clickCard(page: Page, index: number): Promise<{ paintedMs: number; shownMs: number }> {
  const point = await figurePoint(page, index);
  // Let the scroll that brought the figure into view be painted before the click.
  await page.evaluate(() => window.__bench.afterPaint());
  await sleep(50);
  await page.mouse.click(point.x, point.y);
  const timing = await poll(
    () => page.evaluate(() => window.__bench.cardTiming()),
    (t) => t !== null,
    { what: `the card of figure #${index + 1}`, timeout: 10_000, interval: 50 },
  );
  await page.keyboard.press('Escape');
  await waitForCardClosed(page);
  return { paintedMs: timing!.paintedAt - timing!.clickAt, shownMs: timing!.shownAt - timing!.clickAt };
}

export async function measureCards(browser: Launched, url: string, runs: number, progress: (line: string) => void): Promise<CardRun[]> {
  const results: CardRun[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await onNewPage(browser, async (page): Promise<CardRun> => {
      await installProbes(page, 'highlights', 'cards');
      await page.goto(url, { waitUntil: 'load' });
      const { count } = await waitForLastHighlight(page, 1_000, 30_000);
      if (count < LATER_CARDS + 1) throw new Error(`Only ${count} figures highlighted on ${url}.`);
      const first = await clickCard(page, 0);
      const later = [];
      for (let k = 1; k <= LATER_CARDS; k++) later.push(await clickCard(page, k));
      return { first, later };
    });
    results.push(run);
    progress(
      `run ${i + 1}/${runs}: first card ${run.first.paintedMs.toFixed(1)} ms; later ${run.later.map((l) => l.paintedMs.toFixed(1)).join(', ')} ms`,
    );
  }
  return results;
}
