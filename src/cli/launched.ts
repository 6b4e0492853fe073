/** What a browser started with the extension offers its drivers: the journeys, the demo, the benchmark. */
import type { Browser } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';

export interface LaunchOptions {
  headless?: boolean;
  /** Load the built extension (the default), or run the bare browser to compare against. */
  extension?: boolean;
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
