/** What a browser started with the extension offers its drivers: the journeys, the demo, the benchmark. */
import type { Browser } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  headless?: boolean;
  /** Load the built extension (the default), or run the bare browser to compare against. */
  extension?: boolean;
  /**
   * `http://127.0.0.1:<port>`: send every connection the browser makes, to
   * loopback addresses too, through this HTTP proxy (WebRTC included, which
   * then may not use UDP). Unset, the browser connects directly, as always.
   */
  proxy?: string;
}

/** The host and port of a `proxy` option. */
export function proxyAddress(proxy: string): { host: string; port: number } {
  const url = new URL(proxy);
  if (url.protocol !== 'http:' || !url.port) throw new Error(`The proxy must be http://<host>:<port>, not ${proxy}.`);
  return { host: url.hostname, port: Number(url.port) };
}

export interface Launched {
  readonly name: BrowserName;
  readonly browser: Browser;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`; null without the extension. */
  readonly extensionOrigin: string | null;
  close(): Promise<void>;
}

/** Every page opens at this size, so that placement is the same in both browsers and every run. */
export const VIEWPORT = { width: 1280, height: 800 };
