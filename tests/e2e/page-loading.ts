/**
 * Knowing a page is there, the same way in both browsers. Firefox's WebDriver
 * BiDi reports no navigation into a moz-extension:// document: `goto` may never
 * settle and `page.url()` stays `about:blank`. So the document itself is asked.
 */
import type { Browser, Page } from 'puppeteer-core';
import { poll } from '../harness/poll';

/** The address of the document the page shows, from the document: `page.url()` can lag in Firefox. */
export function urlOf(page: Page): Promise<string> {
  return page.evaluate(() => location.href);
}

/** Waits until the page's document is fully loaded, at `url` if given, else anywhere but `about:blank`. */
export async function loaded(page: Page, url?: string, timeout = 15_000): Promise<Page> {
  await poll(
    () => page.evaluate(() => ({ href: location.href, state: document.readyState })),
    ({ href, state }) => state === 'complete' && (url ? href === url : href !== 'about:blank'),
    { what: `${url ?? 'a page'} to load`, timeout },
  );
  return page;
}

/** Opens `url` in a new tab and waits for its document, without trusting `goto` to settle. */
export async function openLoaded(browser: Browser, url: string, options: { background?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage({ background: options.background ?? false });
  let failed: unknown = null;
  page.goto(url).catch((error: unknown) => {
    failed = error;
  });
  try {
    return await loaded(page, url);
  } catch (error) {
    throw new Error(`${(error as Error).message}${failed ? ` Opening it failed: ${String(failed)}` : ''}`);
  }
}

/** Runs `action`, which opens a tab (a link, the extension), and returns that tab once it has loaded. */
export async function nextPage(browser: Browser, action: () => Promise<unknown>, timeout = 15_000): Promise<Page> {
  const before = new Set(browser.targets());
  const [target] = await Promise.all([browser.waitForTarget((t) => t.type() === 'page' && !before.has(t), { timeout }), action()]);
  const page = await target.page();
  if (!page) throw new Error('A tab opened, but it is not a page.');
  return loaded(page, undefined, timeout);
}
