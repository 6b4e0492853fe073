/** Debian's Chromium with the Chrome build of the extension (`.output/chrome-mv3`). */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { type Launched, type LaunchOptions, proxyAddress, VIEWPORT } from './launched';
import { ROOT } from './project-root';

export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

/** Where Chromium is: $CHROMIUM_PATH, else the usual Debian and other Linux places. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium was not found: install Debian’s `chromium` or set CHROMIUM_PATH.');
  return found;
}

/**
 * Every connection through the proxy: `<-loopback>` takes loopback addresses
 * off Chromium's implicit bypass list, and WebRTC may use no UDP of its own.
 */
function proxyArgs(proxy: string | undefined): string[] {
  if (!proxy) return [];
  const { host, port } = proxyAddress(proxy);
  return [
    `--proxy-server=http://${host}:${port}`,
    '--proxy-bypass-list=<-loopback>',
    '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  ];
}

export async function launchChromium(options: LaunchOptions): Promise<Launched> {
  const extension = options.extension ?? true;
  if (extension && !existsSync(join(CHROME_BUILD, 'manifest.json')))
    throw new Error('No Chrome build in .output/chrome-mv3: run `npm run build:chrome`.');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    // Loading an unpacked extension goes through the pipe, not a command-line flag.
    pipe: true,
    enableExtensions: extension ? [CHROME_BUILD] : false,
    defaultViewport: VIEWPORT,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-dev-shm-usage',
      ...proxyArgs(options.proxy),
    ],
  });
  const close = () => browser.close();
  if (!extension) return { name: 'chromium', browser, extensionOrigin: null, close };
  // The extension's id is the host of its service worker's URL.
  const worker = await browser
    .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 30_000 })
    .catch(async (error: unknown) => {
      await browser.close();
      throw new Error(`Chromium started no service worker for the extension: ${String(error)}`);
    });
  return { name: 'chromium', browser, extensionOrigin: `chrome-extension://${new URL(worker.url()).host}`, close };
}
