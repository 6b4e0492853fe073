/**
 * Reaching the extension's own surfaces from a journey: the popup for a tab,
 * the badge, the context menu's handler, and the settings, which every
 * journey that changes them puts back.
 */
import type { Page } from 'puppeteer-core';
import { poll } from '../harness/poll';
import type { Journey } from './journey';

/** The toolbar popup, opened as a page for the tab that shows `page` (a headless browser has no toolbar to click). */
export async function openPopupFor(journey: Journey, page: Page | null): Promise<Page> {
  const tabId = page ? await journey.tabIdOf(page) : 0;
  const popup = await journey.openExtensionPage(page ? `popup.html?tab=${tabId}` : 'popup.html');
  await popup.setViewport({ width: 380, height: 600 });
  await popup.waitForSelector('#page-state', { timeout: 15_000 });
  return popup;
}

/** What the popup says of its page: `figures`, `no-figures`, `no-topic`, `off` or `unscannable`. */
export function popupState(popup: Page): Promise<string | null> {
  return popup.$eval('#page-state', (el) => el.getAttribute('data-state'));
}

export async function waitForPopupState(popup: Page, state: string): Promise<string | null> {
  return poll(
    () => popupState(popup).catch(() => null),
    (seen) => seen === state,
    { what: `the popup to say “${state}”`, timeout: 10_000 },
  ).catch(() => popupState(popup));
}

/** The badge text on a tab, as the toolbar button shows it. */
export function badgeOf(journey: Journey, page: Page): Promise<string> {
  return journey
    .tabIdOf(page)
    .then((tabId) => journey.inExtension(async (api, tabId) => (api.action ?? api.browserAction).getBadgeText({ tabId }), tabId));
}

/** Selects the text of the element `selector` matches, as a reader would by dragging over it. */
export async function selectText(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    return selection.toString();
  });
}

/**
 * Chooses "Compare with Rangefinder" for the page's selection. Headless browsers
 * cannot open a context menu, so the journey asks the background, from an
 * extension page, to run the menu item's own handler (compareSelection in
 * src/background/context-menu.ts) with what the menu would pass it.
 */
export async function compareWithRangefinder(journey: Journey, page: Page, selectedText: string): Promise<void> {
  const data = { tabId: await journey.tabIdOf(page), frameId: 0, text: selectedText };
  // From a page of the extension: the background does not hear messages it sends itself.
  const asker = await journey.openExtensionPage('source.html');
  // The message as @webext-core/messaging frames it (see src/messaging/protocol.ts).
  const frame = { id: Date.now(), type: 'compareInTab', data, timestamp: Date.now() };
  const reply = (await asker.evaluate(`(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify(frame)})`)) as
    | { err?: { message: string } }
    | undefined;
  await asker.close();
  await page.bringToFront();
  if (reply?.err) throw new Error(`Compare with Rangefinder failed: ${reply.err.message}`);
}

/** Puts every setting back to its default (as a fresh install has them). */
export function resetSettings(journey: Journey): Promise<void> {
  return journey.inExtension(async (api) => {
    await api.storage.sync.remove(['settings', 'settings$']);
  }, null);
}
