/**
 * What the journeys share: a browser with the extension, the test pages served
 * locally, and ways to read what the extension did through its documented hook,
 * the `rangefinder-*` entries of `CSS.highlights`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { type Extended, launchWithExtension } from '../../src/cli/chromium';
import { highlightedTexts } from '../../src/cli/page-probe';
import { ROOT } from '../../src/cli/project-root';
import { serveFiles } from '../../src/cli/serve-files';
import type { StepDirection } from '../../src/messaging/protocol';

export { figurePoint, highlightedTexts } from '../../src/cli/page-probe';

/** The extension APIs the service worker offers, as far as the journeys use them. */
declare const chrome: {
  tabs: {
    query(filter: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

export const PAGES = join(ROOT, 'tests/e2e/pages');
export const SCREENSHOTS = join(ROOT, '.output/screenshots');

export interface Journey {
  readonly browser: Extended;
  readonly base: string;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startJourney(options: { extension?: string | null } = {}): Promise<Journey> {
  const server = await serveFiles(ROOT);
  const browser = await launchWithExtension(options);
  return {
    browser,
    base: server.url,
    async open(path) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}/${path}`);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export function expected(page: string): Record<string, string[]> {
  return JSON.parse(readFileSync(join(PAGES, page.replace(/\.html$/, '.expected.json')), 'utf8')) as Record<string, string[]>;
}

/** Waits until the highlighted texts equal `texts` (scanning is asynchronous), and returns them. */
export async function waitForHighlights(page: Page, texts: readonly string[], timeout = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeout;
  let seen = await highlightedTexts(page);
  while (JSON.stringify(seen) !== JSON.stringify(texts) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    seen = await highlightedTexts(page);
  }
  return seen;
}

/**
 * Sends the tab the message the background sends for a keyboard command.
 * Headless Chromium has no browser window to catch the shortcut itself, so the
 * journey starts one step later, from the background, with the same message.
 */
export async function sendStep(journey: Journey, page: Page, direction: StepDirection): Promise<void> {
  const url = page.url();
  await journey.browser.worker.evaluate(
    async ({ url, direction }) => {
      const [tab] = await chrome.tabs.query({ url });
      // The message as @webext-core/messaging frames it (see src/messaging/protocol.ts).
      await chrome.tabs.sendMessage(tab!.id!, { id: Date.now(), type: 'stepFigure', data: { direction }, timestamp: Date.now() }, { frameId: 0 });
    },
    { url, direction },
  );
}

export const card = (page: Page) => page.locator('rangefinder-card .card');
