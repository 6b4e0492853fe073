/**
 * What the journeys share: a real browser (Chromium or Firefox) with the
 * extension, the test pages served locally, access to the extension itself,
 * and ways to read what the extension did through its documented hook, the
 * `rangefinder-*` entries of `CSS.highlights`.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import type { StepDirection } from '../../src/messaging/protocol';
import { english } from '../../src/words/english';
import { say, type Words } from '../../src/words/phrase';
import { expectedFileOf, readExpectedFigures, textsOf } from '../harness/expected-figures';
import { type BrowserName, type LaunchOptions, launchWithExtension } from '../harness/launch-browser';
import { highlightedTexts } from '../harness/page-probe';
import { poll } from '../harness/poll';
import { ROOT } from '../harness/project-root';
import { serveFiles } from '../harness/serve-files';
import { type ExtensionAccess, extensionAccess, waitForGate } from './extension-access';
import { nextPage } from './page-loading';

export { attributeOf, card, clickInCard, textOf, waitForCard, waitForCardClosed } from '../harness/card-probe';
export { figurePoint, highlightedTexts, settledHighlights } from '../harness/page-probe';
export type { ExtensionApi } from './extension-access';
export { urlOf } from './page-loading';

export const PAGES = join(ROOT, 'tests/e2e/pages');
export const SCREENSHOTS = join(ROOT, '.output/screenshots');
/** The screenshots the README shows, taken by the journeys in Chromium. */
export const DOCS_SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** A reading (or any phrase) of the engine, in English as the extension shows it. */
export function readingText(reading: Words): string {
  return say(reading, english);
}

/** Every journey runs once in each browser, its title ending “in real Chromium” or “in real Firefox”. */
export const BROWSERS = [
  { name: 'chromium', title: 'Chromium' },
  { name: 'firefox', title: 'Firefox' },
] as const satisfies readonly { name: BrowserName; title: string }[];

export interface Journey extends ExtensionAccess {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** The local server's address, `http://127.0.0.1:<port>`, serving the repository. */
  readonly base: string;
  /** Opens a file of the repository (`tests/e2e/pages/…`) in a new tab, once it has loaded. */
  open(path: string): Promise<Page>;
  /** Runs `action`, which opens a tab, and returns that tab once it has loaded. */
  nextPage(action: () => Promise<unknown>): Promise<Page>;
  /** Lets the test pages read the clipboard back with `navigator.clipboard.readText()`. */
  allowClipboard(): Promise<void>;
  close(): Promise<void>;
}

/** `extension: false` runs the bare browser to compare against; `proxy` sends every connection through it (see LaunchOptions). */
export async function startJourney(name: BrowserName, options: Pick<LaunchOptions, 'extension' | 'proxy'> = {}): Promise<Journey> {
  const server = await serveFiles(ROOT);
  const launched = await launchWithExtension(name, options).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const access = extensionAccess(launched);
  // The background registers the gate as it starts: pages opened before that would never be scanned.
  if (launched.extensionOrigin) await waitForGate(access, []);
  return {
    ...access,
    name,
    browser: launched.browser,
    base: server.url,
    async open(path) {
      const page = await launched.browser.newPage();
      await page.goto(`${server.url}/${path}`);
      return page;
    },
    nextPage: (action) => nextPage(launched.browser, action),
    async allowClipboard() {
      // Firefox has no clipboard permission to grant: it lets a page read back, without
      // prompting, what its own origin copied, which is what the card's Copy does.
      if (name !== 'chromium') return;
      const granted = 'granted' as const;
      await launched.browser
        .defaultBrowserContext()
        .setPermission(
          server.url,
          { permission: { name: 'clipboard-read' }, state: granted },
          { permission: { name: 'clipboard-write' }, state: granted },
        );
    },
    async close() {
      await launched.close();
      await server.close();
    },
  };
}

/** A screenshot's file: `card-light.png` in Chromium, as before Firefox ran; `card-light-firefox.png` in Firefox. */
export function screenshotPath(journey: Journey, name: string): `${string}.png` {
  return join(SCREENSHOTS, journey.name === 'chromium' ? `${name}.png` : `${name}-${journey.name}.png`) as `${string}.png`;
}

/**
 * The texts a test page's highlights should show (`<page>.expected.json`, read
 * through the fixtures' one reader): `highlights` for the page as loaded, and
 * one entry for each of its `frames`.
 */
export function expected(page: string): { highlights: string[]; [frame: string]: string[] } {
  const { figures, frames } = readExpectedFigures(expectedFileOf(join(PAGES, page)));
  return { ...Object.fromEntries(Object.entries(frames).map(([name, list]) => [name, textsOf(list)])), highlights: textsOf(figures) };
}

/**
 * Waits until the highlighted texts equal `texts` (scanning is asynchronous),
 * and returns them; after `timeout` it returns what it last saw, so that the
 * caller's `expect(…).toEqual(texts)` shows the difference.
 */
export async function waitForHighlights(page: Page, texts: readonly string[], timeout = 10_000): Promise<string[]> {
  const same = (seen: string[]) => JSON.stringify(seen) === JSON.stringify(texts);
  return poll(() => highlightedTexts(page), same, { what: 'the highlights', timeout }).catch(() => highlightedTexts(page));
}

/**
 * Sends the tab the message the background sends for a keyboard command.
 * A headless browser has no window to catch the shortcut itself, so the
 * journey starts one step later, from the extension, with the same message.
 */
export async function sendStep(journey: Journey, page: Page, direction: StepDirection): Promise<void> {
  const tabId = await journey.tabIdOf(page);
  await journey.inExtension(
    async (api, { tabId, direction }) => {
      // The message as @webext-core/messaging frames it (see src/messaging/protocol.ts).
      const frame = { id: Date.now(), type: 'stepFigure', data: { direction }, timestamp: Date.now() };
      await api.tabs.sendMessage(tabId, frame, { frameId: 0 });
    },
    { tabId, direction },
  );
}
