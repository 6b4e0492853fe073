/**
 * The card as a reader meets it: `.card` in the open shadow root of the
 * `rangefinder-card` element the content script adds (CARD_HOST). Shared by the demo and
 * the browser journeys.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { CARD_HOST } from '../../src/names/page-names';
import { poll } from './poll';

/** A selector for the card, or for `inner` within it: `>>>` reaches into the card's shadow root. */
export function card(inner = ''): string {
  return inner ? `${CARD_HOST} >>> .card ${inner}` : `${CARD_HOST} >>> .card`;
}

/** Waits until the card is open and visible, and returns it. */
export async function waitForCard(page: Page, timeout = 10_000): Promise<ElementHandle<Element>> {
  const found = await page.waitForSelector(card(), { visible: true, timeout }).catch((error: unknown) => {
    throw new Error(`No card became visible within ${timeout} ms: ${String(error)}`);
  });
  if (!found) throw new Error('The card was found, yet not returned.');
  return found;
}

/** Waits until there is no card in the page at all: closing removes it, hiding it is not enough. */
export async function waitForCardClosed(page: Page, timeout = 10_000): Promise<void> {
  const isOpen = async () => {
    const handle = await page.$(card());
    await handle?.dispose();
    return handle !== null;
  };
  await poll(isOpen, (open) => !open, { what: 'the card to close', timeout });
}

/** The rendered text of the first element `selector` matches, as a reader sees it. */
export function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => (el as HTMLElement).innerText);
}

export function attributeOf(page: Page, selector: string, name: string): Promise<string | null> {
  return page.$eval(selector, (el, name) => el.getAttribute(name), name);
}

/**
 * Clicks a control in the card as a reader would: scrolled into view in the
 * card's own scroller first. A long card scrolls inside itself, and Firefox's
 * WebDriver BiDi clicks where the control is without scrolling that scroller.
 */
export async function clickInCard(page: Page, inner: string): Promise<void> {
  const control = await page.waitForSelector(card(inner));
  if (!control) throw new Error(`No ${inner} in the card.`);
  await control.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
  await control.click();
  await control.dispose();
}
