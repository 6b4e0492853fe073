/**
 * What the popup can say about the tab it was opened on: a page Rangefinder
 * cannot scan, a site the reader turned off, a page not scanned yet, or the
 * figures marked there (none is an answer too).
 */
import { browser } from 'wxt/browser';
import { type PageFigure, sendMessage } from '../messaging/protocol';
import { readSettings, type Settings } from '../settings/settings';
import { isSiteOff, siteOf } from '../settings/sites';

export type PageSummary =
  | { readonly kind: 'unscannable' }
  | { readonly kind: 'off'; readonly site: string }
  | { readonly kind: 'not-scanned'; readonly site: string }
  | { readonly kind: 'figures'; readonly site: string; readonly figures: readonly PageFigure[] };

export interface PopupTab {
  readonly id: number;
  readonly url: string | undefined;
}

/** The tab the popup speaks of: the one named in `?tab=` (a popup opened as a page), else the active tab. */
export async function popupTab(search: URLSearchParams): Promise<PopupTab | null> {
  const named = Number(search.get('tab'));
  const tab =
    Number.isInteger(named) && named > 0
      ? await browser.tabs.get(named).catch(() => null)
      : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/** The figures the tab's top frame marks, or null when it has no scanner (no North Korea there, or not scanned). */
export function figuresIn(tabId: number): Promise<PageFigure[] | null> {
  return sendMessage('listFigures', undefined, { tabId, frameId: 0 }).catch(() => null);
}

/**
 * Sums up the tab. Opening the popup is asking: when Rangefinder scans only on
 * request, this scans the page (the toolbar click granted activeTab).
 */
export async function summarise(tab: PopupTab | null, settings?: Settings): Promise<PageSummary> {
  const site = siteOf(tab?.url);
  if (!tab || !site) return { kind: 'unscannable' };
  const current = settings ?? (await readSettings());
  if (isSiteOff(current.offSites, site)) return { kind: 'off', site };
  let figures = await figuresIn(tab.id);
  if (figures === null && current.scanMode === 'on-request') {
    const scanned = await sendMessage('scanTab', { tabId: tab.id }).then(
      () => true,
      () => false,
    );
    if (!scanned) return { kind: 'unscannable' };
    figures = await figuresIn(tab.id);
  }
  if (figures === null) return { kind: 'not-scanned', site };
  return { kind: 'figures', site, figures };
}

/** Waits, briefly, for a scanner that is on its way (the site was just turned on). */
export async function summariseWhenReady(tab: PopupTab, tries = 20, everyMs = 150): Promise<PageSummary> {
  let summary = await summarise(tab);
  for (let i = 0; i < tries && summary.kind === 'not-scanned'; i++) {
    await new Promise((done) => setTimeout(done, everyMs));
    summary = await summarise(tab);
  }
  return summary;
}

export interface MeasureGroup {
  readonly measure: PageFigure['measure'];
  readonly figures: readonly PageFigure[];
}

/** The figures by measure, measures in the order the page first mentions them. */
export function groupByMeasure(figures: readonly PageFigure[]): MeasureGroup[] {
  const groups = new Map<PageFigure['measure'], PageFigure[]>();
  for (const figure of figures) {
    const group = groups.get(figure.measure);
    if (group) group.push(figure);
    else groups.set(figure.measure, [figure]);
  }
  return [...groups].map(([measure, list]) => ({ measure, figures: list }));
}
