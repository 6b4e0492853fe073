/** The two browsers of a comparison, the same build with and without the extension, and a page in one. */
import type { Page } from 'puppeteer-core';
import { type BrowserName, type Launched, launchWithExtension } from '../tests/harness/launch-browser';

export interface Browsers {
  readonly withExtension: Launched;
  readonly without: Launched;
  close(): Promise<void>;
}

export async function launchPair(name: BrowserName): Promise<Browsers> {
  const withExtension = await launchWithExtension(name);
  const without = await launchWithExtension(name, { extension: false }).catch(async (error: unknown) => {
    await withExtension.close();
    throw error;
  });
  return {
    withExtension,
    without,
    close: async () => {
      await withExtension.close();
      await without.close();
    },
  };
}

/** Runs `use` on a new page of `browser`, and closes the page after. */
export async function onNewPage<T>(browser: Launched, use: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.browser.newPage();
  let result: T;
  try {
    result = await use(page);
  } catch (error) {
    // The error that stopped the run matters, not one from closing a page of a browser that may be gone.
    await page.close().catch(() => undefined);
    throw error;
  }
  await page.close();
  return result;
}
