/**
 * "Compare with Rangefinder" on selected text: the selection goes through the
 * engine in its frame, and the card opens there, even on a page the gate let
 * pass or a site the reader turned off (choosing the menu item is asking).
 */

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { BackgroundListen } from '../messaging/background-rules';
import { MAX_SELECTION_TEXT, sendMessage } from '../messaging/protocol';
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
export async function compareSelection(tabId: number, frameId: number, selected: string): Promise<void> {
  const target = { tabId, frameId };
  // The scanner takes no longer text (src/messaging/scanner-rules.ts); it reads the selection itself where it can.
  const text = selected.slice(0, MAX_SELECTION_TEXT);
  try {
    await sendMessage('compareSelection', { text }, target);
  } catch {
    // No scanner in that frame yet: load one, then ask again.
    await injectScanner({ tabId, frameIds: [frameId] });
    await sendMessage('compareSelection', { text }, target);
  }
}

export function listenToMenu(onMessage: BackgroundListen): void {
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== COMPARE_MENU_ID || tab?.id === undefined) return;
    void compareSelection(tab.id, info.frameId ?? 0, info.selectionText ?? '');
  });
  // Only the extension's own pages may ask, never a content script in a web page (src/messaging/background-rules.ts).
  onMessage('compareInTab', ({ data }) => compareSelection(data.tabId, data.frameId, data.text));
}
