/**
 * Firefox ESR with the Firefox build of the extension (`.output/firefox-mv2`),
 * installed as a temporary add-on over WebDriver BiDi.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { type Launched, type LaunchOptions, proxyAddress, VIEWPORT } from './launched';
import { ROOT } from './project-root';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
/** Firefox draws a random UUID for an add-on's moz-extension:// host; the journeys pin it to know its pages' URLs. */
export const FIREFOX_EXTENSION_UUID = '4f5c2a1e-7b0d-4e3a-9c61-2d8f0b7a5e13';

/** Where Firefox is: $FIREFOX_PATH, else Debian's ESR and the other usual Linux places. */
export function firefoxPath(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Firefox was not found: install Debian’s `firefox-esr` or set FIREFOX_PATH.');
  return found;
}

/** The add-on's id, as wxt.config.ts wrote it into the build's manifest. */
function geckoId(): string {
  const manifest = join(FIREFOX_BUILD, 'manifest.json');
  if (!existsSync(manifest)) throw new Error('No Firefox build in .output/firefox-mv2: run `npm run build:firefox`.');
  const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const id = parsed.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error('The Firefox build has no gecko id in its manifest.');
  return id;
}

/**
 * Every connection through the proxy: plain and TLS (and WebSocket) alike, to
 * loopback addresses too, none exempt, and WebRTC only through it.
 */
function proxyPrefs(proxy: string | undefined): Record<string, unknown> {
  if (!proxy) return {};
  const { host, port } = proxyAddress(proxy);
  return {
    'network.proxy.type': 1,
    'network.proxy.http': host,
    'network.proxy.http_port': port,
    'network.proxy.ssl': host,
    'network.proxy.ssl_port': port,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.no_proxies_on': '',
    'media.peerconnection.ice.proxy_only': true,
  };
}

export async function launchFirefox(options: LaunchOptions): Promise<Launched> {
  const extension = options.extension ?? true;
  const id = extension ? geckoId() : '';
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    defaultViewport: VIEWPORT,
    // Without system access, WebDriver BiDi refuses to navigate a tab to the add-on's moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...(extension ? { 'extensions.webextensions.uuids': JSON.stringify({ [id]: FIREFOX_EXTENSION_UUID }) } : {}),
      ...proxyPrefs(options.proxy),
    },
  });
  const close = () => browser.close();
  if (!extension) return { name: 'firefox', browser, extensionOrigin: null, close };
  try {
    const installed = await browser.installExtension(FIREFOX_BUILD);
    if (installed !== id) throw new Error(`Firefox installed the extension as ${installed}, not ${id}.`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return { name: 'firefox', browser, extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`, close };
}
