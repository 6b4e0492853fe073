/**
 * The toolbar badge: how many figures Rangefinder marks on each tab, summed
 * over the tab's frames, as each frame's scanner reports them.
 */

import { browser } from 'wxt/browser';
import { i18n } from '#i18n';

/** Firefox's Manifest V2 build calls the toolbar button browserAction. */
const action = browser.action ?? browser.browserAction;

const counts = new Map<number, Map<number, number>>();

export function badgeText(total: number): string {
  if (total <= 0) return '';
  return total > 999 ? '999+' : String(total);
}

async function show(tabId: number): Promise<void> {
  const total = [...(counts.get(tabId)?.values() ?? [])].reduce((a, b) => a + b, 0);
  // The tab may have closed since the count arrived.
  await action.setBadgeText({ tabId, text: badgeText(total) }).catch(() => undefined);
  await action.setTitle({ tabId, title: total > 0 ? i18n.t('badge.title', total) : i18n.t('extName') }).catch(() => undefined);
}

export function countFrame(tabId: number, frameId: number, count: number): Promise<void> {
  const frames = counts.get(tabId) ?? new Map<number, number>();
  frames.set(frameId, count);
  counts.set(tabId, frames);
  return show(tabId);
}

/** A tab that loads a new page, or closes, starts from nothing. */
export function forgetTab(tabId: number): Promise<void> {
  counts.delete(tabId);
  return show(tabId);
}

export function watchTabsForBadge(): void {
  void action.setBadgeBackgroundColor({ color: '#2a4d8f' });
  browser.tabs.onRemoved.addListener((tabId) => void counts.delete(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url !== undefined) void forgetTab(tabId);
  });
}
