/**
 * Reaching the extension itself: its pages, and code run with its privileges.
 * In Chromium that code runs in the background's service worker. In Firefox,
 * WebDriver BiDi shows no target for an add-on's background page, so there it
 * runs in a page of the extension kept open in a background tab. Both have the
 * same `tabs` API, which is all the background uses to talk to a page.
 */
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import type { Launched } from '../harness/launched';
import { poll } from '../harness/poll';
import { openLoaded, urlOf } from './page-loading';

/** The extension API as the function sees it: `browser` in Firefox, `chrome` in Chromium. */
export type ExtensionApi = WxtBrowser;

export interface ExtensionAccess {
  /** `chrome-extension://<id>/<path>` or `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  /** Opens a page of the extension (popup, options, source page…) in a new tab, once it has loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Runs `fn` with the extension's privileges and returns its result, which
   * must survive JSON. `fn` travels as source: it sees only `api` and `arg`.
   * In Chromium it runs in the background itself, so `runtime.sendMessage`
   * from it never reaches the background's own listeners; in Firefox it does.
   */
  inExtension<A, R>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A): Promise<Awaited<R>>;
  /** The id of the tab showing `page`: the one the extension would message. */
  tabIdOf(page: Page): Promise<number>;
}

/**
 * Any page of the extension has its APIs; the source page is one every build
 * has. The fragment keeps its address apart from a source page a journey opens.
 */
const PRIVILEGED_PAGE = 'source.html#journey-privileges';

export function extensionAccess(launched: Launched): ExtensionAccess {
  const origin = launched.extensionOrigin;
  const extensionUrl = (path: string) => {
    if (!origin) throw new Error('This journey runs without the extension.');
    return `${origin}/${path.replace(/^\//, '')}`;
  };
  let privileged: Promise<Page> | null = null;
  const context = async (): Promise<Page | WebWorker> => {
    if (!origin) throw new Error('This journey runs without the extension.');
    if (launched.name === 'chromium') return serviceWorker(launched.browser, origin);
    const open = privileged && (await privileged.catch(() => null));
    if (open && !open.isClosed()) return open;
    // In a background tab, so that the page under test keeps focus and its timers run at full speed.
    privileged = openLoaded(launched.browser, extensionUrl(PRIVILEGED_PAGE), { background: true });
    return privileged;
  };
  async function inExtension<A, R>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg: A): Promise<Awaited<R>> {
    const where = await context();
    // An expression, not a function argument: extension pages forbid eval, and the debugger's own evaluation is exempt.
    const expression = `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ${JSON.stringify(arg)})`;
    return (await where.evaluate(expression)) as Awaited<R>;
  }
  return {
    extensionUrl,
    openExtensionPage: (path) => openLoaded(launched.browser, extensionUrl(path)),
    inExtension,
    async tabIdOf(page) {
      const url = await urlOf(page);
      const ids = await inExtension(
        async (api, url) => (await api.tabs.query({})).filter((tab) => tab.url === url).map((tab) => tab.id),
        url,
      );
      if (ids.length !== 1 || ids[0] === undefined) throw new Error(`${ids.length} tabs show ${url}; tabIdOf needs exactly one.`);
      return ids[0];
    },
  };
}

async function serviceWorker(browser: Browser, origin: string): Promise<WebWorker> {
  const target = await browser
    .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`${origin}/`), { timeout: 10_000 })
    .catch(() => {
      throw new Error(`The extension's service worker (${origin}) is not running.`);
    });
  const worker = await target.worker();
  if (!worker) throw new Error(`The extension's service worker (${origin}) cannot be reached.`);
  return worker;
}

/** The gate's registration as the background left it: its excluded sites, or null when it is not registered. */
export async function gateRegistration(journey: ExtensionAccess): Promise<string[] | null> {
  const scripts = await journey.inExtension(async (api) => api.scripting.getRegisteredContentScripts(), null);
  const gate = scripts.find((s) => s.id === 'rangefinder-gate');
  return gate ? [...(gate.excludeMatches ?? [])] : null;
}

/** Waits until the background has (re)registered the gate as `wanted` says: null for none, else its excluded patterns. */
export async function waitForGate(journey: ExtensionAccess, wanted: string[] | null): Promise<void> {
  await poll(
    () => gateRegistration(journey),
    (seen) => JSON.stringify(seen) === JSON.stringify(wanted),
    { what: 'the gate registration', timeout: 10_000 },
  );
}
