/**
 * "Compare with Rangefinder" on selected text: the selection goes through the
 * engine in its frame, and the card opens there, even on a page the gate let
 * pass or a site the reader turned off (choosing the menu item is asking).
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '../messaging/protocol';
import { injectScanner } from './scanner-injection';

export const COMPARE_MENU_ID = 'rangefinder-compare';

/** Firefox's menus API answers to contextMenus too. */
const menus = browser.contextMenus;

export async function createMenu(): Promise<void> {
  // The background starts again and again (a service worker in Chrome): start from no items.
  await menus.removeAll();
  menus.create({ id: COMPARE_MENU_ID, title: i18n.t('menu.compare'), contexts: ['selection'] });
}

/** What the menu item does, for the selected text of one frame. */
export async function compareSelection(tabId: number, frameId: number, text: string): Promise<void> {
  const target = { tabId, frameId };
  try {
    await sendMessage('compareSelection', { text }, target);
  } catch {
    // No scanner in that frame yet: load one, then ask again.
    await injectScanner({ tabId, frameIds: [frameId] });
    await sendMessage('compareSelection', { text }, target);
  }
}

export function listenToMenu(): void {
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== COMPARE_MENU_ID || tab?.id === undefined) return;
    void compareSelection(tab.id, info.frameId ?? 0, info.selectionText ?? '');
  });
  onMessage('compareInTab', ({ data, sender }) => {
    // Only the extension's own pages may ask, never a content script in a web page.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    return compareSelection(data.tabId, data.frameId, data.text);
  });
}
