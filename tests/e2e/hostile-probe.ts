/**
 * Watching a hostile page: every exception and console error it shows, every
 * dialog it opens, and what the extension marked in it, read where the page's
 * own scripts cannot interfere.
 *
 * How the watch was checked to see the extension's own errors, with deliberate
 * changes that were not kept: a content script that threw from a timer,
 * rejected a promise and called console.error was reported by Chromium as
 * `pageerror` (the isolated world's Runtime.exceptionThrown) and a `console`
 * error, and the same by Firefox (WebDriver BiDi's log.entryAdded, which
 * covers the content script's sandbox). A throw from a timer in the scanner,
 * and a scan that failed (which the scanner logs as a warning), made the
 * hostile journeys fail in both browsers, listing the errors of the page and
 * of its frames (a same-origin page and a srcdoc document) alike.
 */
import type { ConsoleMessage, Frame, Page } from 'puppeteer-core';
import { HIGHLIGHT_PREFIX } from '../../src/names/page-names';
import { locateFigure, readHighlightedTexts } from '../harness/page-probe';
import { poll } from '../harness/poll';

export interface PageWatch {
  /** Uncaught exceptions, unhandled rejections, console errors, and anything the extension logged. */
  readonly errors: string[];
  /** Alerts, confirms and prompts the page opened (each dismissed at once). */
  readonly dialogs: string[];
}

/**
 * The browser's own request for /favicon.ico: Chromium logs the server's 404 as
 * a console error, Firefox reports a strict page policy blocking it as an
 * error. Neither is the page's doing nor the extension's.
 */
const FAVICON = /\/favicon\.ico\b/;

function isFaviconMiss(message: ConsoleMessage): boolean {
  return FAVICON.test(message.location().url ?? '');
}

/** Starts watching `page`: call it before the page navigates. */
export function watchPage(page: Page): PageWatch {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    if (!(/^Content-Security-Policy:/.test(message) && FAVICON.test(message))) errors.push(`uncaught: ${message}`);
  });
  page.on('console', (message) => {
    // The extension logs a scan that failed as a warning: a failure all the same.
    if ((message.type() === 'error' && !isFaviconMiss(message)) || /rangefinder/i.test(message.text()))
      errors.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return { errors, dialogs };
}

/** What puppeteer's own isolated realm offers: an evaluate the page's overridden globals cannot reach. */
interface Realm {
  evaluate<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
}

/**
 * Puppeteer's isolated realm of a frame (a CDP isolated world in Chromium, a
 * BiDi sandbox in Firefox): it shares the document, `CSS.highlights` included,
 * but none of the page's JavaScript globals, which a hostile page replaces.
 * `Frame.isolatedRealm()` is marked internal in puppeteer-core. In Firefox's
 * sandbox the page's maplike and setlike objects cannot be iterated (their
 * Xrays refuse iterators): code run there uses `forEach`.
 */
export function isolated(frame: Frame): Realm {
  const realm = (frame as unknown as { isolatedRealm?: () => Realm }).isolatedRealm?.();
  if (!realm) throw new Error('This puppeteer-core has no Frame.isolatedRealm(): the hostile journeys need another way to read pages.');
  return realm;
}

/** The marked figures' text in a frame, in document order, read from the isolated realm. */
export function highlightsIn(frame: Frame): Promise<string[]> {
  return isolated(frame).evaluate(readHighlightedTexts, HIGHLIGHT_PREFIX);
}

/** Waits until a frame's highlights equal `texts`, and returns them; after `timeout`, what it last saw. */
export async function waitForHighlightsIn(frame: Frame, texts: readonly string[], timeout = 15_000): Promise<string[]> {
  const same = (seen: string[]) => JSON.stringify(seen) === JSON.stringify(texts);
  return poll(() => highlightsIn(frame), same, { what: 'the highlights', timeout }).catch(() => highlightsIn(frame));
}

/** The names of the extension's highlights registered in a frame: none where the scanner never ran. */
export function highlightNamesIn(frame: Frame): Promise<string[]> {
  return isolated(frame).evaluate(() => {
    const names: string[] = [];
    CSS.highlights.forEach((_, name) => {
      if (name.startsWith('rangefinder')) names.push(name);
    });
    return names;
  });
}

/** Highlighted ranges that point at nodes no longer in the page, or at nothing. */
export function staleHighlightsIn(frame: Frame): Promise<string[]> {
  return isolated(frame).evaluate(() => {
    const stale: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('rangefinder')) return;
      highlight.forEach((range) => {
        if (range.collapsed || !range.startContainer.isConnected || !range.endContainer.isConnected)
          stale.push(`${name}: “${(range as Range).toString()}”`);
      });
    });
    return stale;
  });
}

/** What the page's own script reported on its root element (`data-result`), once it says `ok` or after `timeout`. */
export async function pageResult(frame: Frame, timeout = 15_000): Promise<string | null> {
  const read = () => isolated(frame).evaluate(() => document.documentElement.getAttribute('data-result'));
  return poll(read, (result) => result === 'ok', { what: 'the page to report', timeout }).catch(() => read().catch(() => null));
}

/** A root attribute the page's own script set, read from the isolated realm. */
export function rootAttribute(frame: Frame, name: string): Promise<string | null> {
  return isolated(frame).evaluate((n) => document.documentElement.getAttribute(n), name);
}

/** The point to click on a marked figure, found from the isolated realm. */
export async function figurePointIn(frame: Frame, text: string): Promise<{ x: number; y: number }> {
  const point = await isolated(frame).evaluate(locateFigure, text, HIGHLIGHT_PREFIX);
  if (!point) throw new Error(`No highlighted figure “${text}”.`);
  return point;
}

/** The rendered text of the first element `selector` matches in the open card, read from the isolated realm. */
export function cardText(frame: Frame, selector: string): Promise<string | null> {
  return isolated(frame).evaluate((wanted) => {
    const found = document.querySelector('rangefinder-card')?.shadowRoot?.querySelector(`.card ${wanted}`);
    return found ? (found as HTMLElement).innerText : null;
  }, selector);
}
