/**
 * A real browser with the built extension loaded, driven by puppeteer-core:
 * Debian's Chromium with the Chrome build, or Firefox ESR with the Firefox
 * build. Nothing is downloaded.
 */
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, Launched, LaunchOptions } from './launched';

export type { BrowserName, Launched, LaunchOptions } from './launched';

export function launchWithExtension(name: BrowserName, options: LaunchOptions = {}): Promise<Launched> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
