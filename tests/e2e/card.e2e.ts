import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/cli/html-to-text';
import { readCorpus } from '../../src/cli/read-corpus';
import { compareFigure, type Comparison } from '../../src/engine/compare';
import { detectFigures } from '../../src/engine/detect-figures';
import { english } from '../../src/words/english';
import { say } from '../../src/words/phrase';
import { card, expected, figurePoint, type Journey, PAGES, SCREENSHOTS, sendStep, startJourney, waitForHighlights } from './journey';

let journey: Journey;
beforeAll(async () => {
  journey = await startJourney();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => journey?.close());

/** What the engine, run in Node on the same page, says of a figure: the card must show this. */
function comparisonOf(page: string, text: string): Comparison {
  const figure = detectFigures(htmlToText(readFileSync(join(PAGES, page), 'utf8'))).find((f) => f.text === text);
  if (!figure) throw new Error(`The engine finds no “${text}” in ${page}.`);
  return compareFigure(figure, readCorpus());
}

async function openPage(page: string) {
  const tab = await journey.open(`tests/e2e/pages/${page}`);
  expect(await waitForHighlights(tab, expected(page).highlights!)).toEqual(expected(page).highlights);
  return tab;
}

describe('the card in real Chromium', () => {
  it('opens on hover after a short delay, with the estimates and reading of that measure', async () => {
    const tab = await openPage('article-light.html');
    const point = await figurePoint(tab, 'close to 4,000');
    await tab.mouse.move(point.x, point.y);
    // Not at once: passing over a figure does not open its card.
    await tab.waitForTimeout(100);
    expect(await card(tab).count()).toBe(0);
    await card(tab).waitFor({ state: 'visible' });
    const comparison = comparisonOf('article-light.html', 'close to 4,000');
    await expect(card(tab).locator('h2').innerText()).resolves.toContain('close to 4,000');
    await expect(card(tab).locator('.reading').innerText()).resolves.toBe(say(comparison.reading, english));
    const ids = await card(tab).locator('li.estimate').evaluateAll((items) => items.map((li) => li.getAttribute('data-claim')));
    expect(ids).toEqual(comparison.estimates.map((c) => c.id));
    expect(await card(tab).getAttribute('data-stance')).toBe('within');
    expect(await card(tab).locator('svg.strip .estimate').count()).toBe(comparison.estimates.length);
    // Moving away closes a card that hovering opened.
    await tab.mouse.move(5, 5);
    await card(tab).waitFor({ state: 'detached' });
    await tab.close();
  });

  it('opens on click as a labelled dialog with focus, and a click elsewhere closes it', async () => {
    const tab = await openPage('article-light.html');
    const point = await figurePoint(tab, 'a few hundred');
    await tab.mouse.click(point.x, point.y);
    await card(tab).waitFor({ state: 'visible' });
    expect(await card(tab).getAttribute('role')).toBe('dialog');
    const labelled = await card(tab).evaluate((el) => {
      const root = el.getRootNode() as ShadowRoot;
      return {
        label: root.getElementById(el.getAttribute('aria-labelledby')!)?.textContent,
        description: root.getElementById(el.getAttribute('aria-describedby')!)?.textContent,
        focused: root.activeElement === el,
      };
    });
    expect(labelled.label).toContain('a few hundred');
    expect(labelled.description).toBe(say(comparisonOf('article-light.html', 'a few hundred').reading, english));
    expect(labelled.focused).toBe(true);
    await tab.mouse.click(5, 400);
    await card(tab).waitFor({ state: 'detached' });
    await tab.close();
  });

  it('is never clipped by the overflow of the box its figure sits in', async () => {
    const tab = await openPage('article-light.html');
    const point = await figurePoint(tab, 'up to 40 percent');
    await tab.mouse.click(point.x, point.y);
    await card(tab).waitFor({ state: 'visible' });
    const placement = await card(tab).evaluate((el) => {
      const r = el.getBoundingClientRect();
      const host = (el.getRootNode() as ShadowRoot).host;
      const centre = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, inTopLayer: host.matches(':popover-open'), onTop: centre === host };
    });
    expect(placement.inTopLayer).toBe(true);
    expect(placement.onTop).toBe(true);
    expect(placement.left).toBeGreaterThanOrEqual(0);
    expect(placement.top).toBeGreaterThanOrEqual(0);
    expect(placement.right).toBeLessThanOrEqual(1280);
    expect(placement.bottom).toBeLessThanOrEqual(800);
    await tab.close();
  });

  it('walks the figures by keyboard command; Escape closes and focus returns where it was', async () => {
    const tab = await openPage('article-light.html');
    await tab.focus('a');
    const before = await tab.evaluate(() => document.activeElement?.outerHTML);
    await sendStep(journey, tab, 'next');
    await card(tab).waitFor({ state: 'visible' });
    expect(await card(tab).locator('h2 .figure-text').innerText()).toBe('about 12,000');
    expect(await card(tab).evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await sendStep(journey, tab, 'next');
    await expect.poll(() => card(tab).locator('h2 .figure-text').innerText()).toBe('close to 4,000');
    await sendStep(journey, tab, 'previous');
    await expect.poll(() => card(tab).locator('h2 .figure-text').innerText()).toBe('about 12,000');
    // Inside the card, the keyboard reaches its controls.
    await tab.keyboard.press('Tab');
    expect(await card(tab).evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement?.className)).toBe('close');
    await tab.keyboard.press('Escape');
    await card(tab).waitFor({ state: 'detached' });
    expect(await tab.evaluate(() => document.activeElement?.outerHTML)).toBe(before);
    await tab.close();
  });

  it('opens the source page with the quoted sentence highlighted and in view', async () => {
    const tab = await openPage('article-light.html');
    const point = await figurePoint(tab, 'about 12,000');
    await tab.mouse.click(point.x, point.y);
    await card(tab).waitFor({ state: 'visible' });
    const first = card(tab).locator('li.estimate').first();
    const claimId = await first.getAttribute('data-claim');
    const [source] = await Promise.all([journey.browser.context.waitForEvent('page'), first.locator('button.source').click()]);
    await source.waitForSelector('mark#quote');
    expect(source.url()).toBe(`chrome-extension://${journey.browser.extensionId}/source.html?claim=${encodeURIComponent(claimId!)}`);
    const claim = readCorpus().claims.find((c) => c.id === claimId)!;
    expect(await source.locator('mark#quote').innerText()).toBe(claim.quote);
    const inView = await source.locator('mark#quote').evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    });
    expect(inView).toBe(true);
    await source.close();
    await tab.close();
  });

  it('copies a plain citation of an estimate: who, what, when, where', async () => {
    await journey.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: journey.base });
    const tab = await openPage('article-light.html');
    const point = await figurePoint(tab, 'about 12,000');
    await tab.mouse.click(point.x, point.y);
    await card(tab).waitFor({ state: 'visible' });
    const first = card(tab).locator('li.estimate').first();
    const claimId = await first.getAttribute('data-claim');
    await first.locator('button.copy').click();
    await expect.poll(() => first.locator('button.copy').innerText()).toBe('Copied');
    const copied = await tab.evaluate(() => navigator.clipboard.readText());
    const cited = readCorpus().claims.find((c) => c.id === claimId)!;
    expect(copied).toContain(cited.attributedTo);
    expect(copied).toContain(`“${cited.quote}”`);
    await tab.close();
  });

  for (const [page, figure, theme] of [
    ['article-light.html', 'close to 4,000', 'light'],
    ['article-dark.html', 'approximately $5.5 billion', 'dark'],
  ] as const) {
    it(`matches the ${theme} page it opens on, and is photographed there`, async () => {
      const tab = await openPage(page);
      const point = await figurePoint(tab, figure);
      await tab.mouse.click(point.x, point.y);
      await card(tab).waitFor({ state: 'visible' });
      expect(await card(tab).getAttribute('data-theme')).toBe(theme);
      await tab.screenshot({ path: join(SCREENSHOTS, `card-${theme}.png`) });
      await tab.close();
    });
  }
});
