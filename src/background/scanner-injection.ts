/**
 * Putting Rangefinder's scripts into pages: the gate, registered for every
 * http(s) page when the reader lets it scan by itself, except the sites they
 * turned off; and the scanner with its styles, into a frame the gate found on
 * topic or a tab the reader asked about; and the highlight styles and the
 * card kit, into a frame whose scanner found a figure.
 */
import { browser } from 'wxt/browser';
import { HIGHLIGHT_STYLE_CSS } from '../names/highlight-styles';
import { type Settings, scansBySelf } from '../settings/settings';
import { siteOf, sitePattern } from '../settings/sites';

const GATE_ID = 'rangefinder-gate';
const GATE_FILE = '/gate.js';
/** The runtime-registered content script built from entrypoints/scanner.content.ts, and its highlight styles. */
const SCANNER_FILE = '/content-scripts/scanner.js';
const SCANNER_CSS = '/content-scripts/scanner.css';
/** The corpus, comparison and card, built from entrypoints/card-kit.ts: only frames with a figure get it. */
const CARD_KIT_FILE = '/card-kit.js';
export const PAGE_MATCHES = ['http://*/*', 'https://*/*'];

/** Registers, updates or removes the gate so that it runs exactly where the settings say. */
export async function syncGate(settings: Settings): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [GATE_ID] });
  if (settings.scanMode !== 'everywhere') {
    if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GATE_ID] });
    return;
  }
  const gate = {
    id: GATE_ID,
    js: [GATE_FILE],
    matches: PAGE_MATCHES,
    excludeMatches: settings.offSites.map(sitePattern),
    allFrames: true,
    // Frames without an address of their own (about:srcdoc, about:blank written by the page) go by their page's.
    matchOriginAsFallback: true,
    runAt: 'document_idle' as const,
  };
  if (registered.length > 0) await browser.scripting.updateContentScripts([gate]);
  else await browser.scripting.registerContentScripts([{ ...gate, persistAcrossSessions: true }]);
}

/** Runs the gate in the open tabs that the settings let Rangefinder scan: after install, or when a site is turned back on. */
export async function gateOpenTabs(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({ url: PAGE_MATCHES });
  await Promise.all(
    tabs.map(async (tab) => {
      const site = siteOf(tab.url);
      if (tab.id === undefined || !site || !scansBySelf(settings, site)) return;
      // A tab may close or navigate meanwhile; that tab is simply skipped.
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [GATE_FILE] }).catch(() => undefined);
    }),
  );
}

/** Some frames of a tab, or all of them. */
export type FrameTarget = { tabId: number; frameIds: number[] } | { tabId: number; allFrames: true };

/** Loads the scanner into frames. */
export async function injectScanner(target: FrameTarget): Promise<void> {
  await browser.scripting.executeScript({ target, files: [SCANNER_FILE] });
}

/**
 * Loads the highlight styles and the card kit into a frame whose scanner has a
 * figure to draw: a stylesheet makes the browser restyle the whole page, which
 * a page without figures is spared.
 */
export async function injectCardKit(target: FrameTarget, settings: Settings): Promise<void> {
  await browser.scripting.insertCSS({ target, files: [SCANNER_CSS] });
  await applyHighlightStyle(target, settings);
  await browser.scripting.executeScript({ target, files: [CARD_KIT_FILE] });
}

/** Adds or removes the style that differs from the default tint. */
export async function applyHighlightStyle(target: FrameTarget, settings: Settings): Promise<void> {
  const css = HIGHLIGHT_STYLE_CSS.underline;
  if (settings.highlightStyle === 'underline') await browser.scripting.insertCSS({ target, css });
  else await browser.scripting.removeCSS({ target, css });
}
