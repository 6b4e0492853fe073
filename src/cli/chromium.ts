/**
 * Real Chromium with the built extension loaded, for the end-to-end tests and
 * the demo: Debian's `chromium` driven by playwright-core. Nothing is downloaded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { ROOT } from './project-root';

export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');

/** Where Chromium is: $CHROMIUM_PATH, else the usual Debian and other Linux places. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  const found = candidates.find((p): p is string => !!p && existsSync(p));
  if (!found) throw new Error('Chromium was not found: install Debian’s `chromium` or set CHROMIUM_PATH.');
  return found;
}

export interface Extended {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless?: boolean; extension?: string | null } = {}): Promise<Extended> {
  const profile = mkdtempSync(join(tmpdir(), 'rangefinder-profile-'));
  const extension = options.extension === undefined ? CHROME_BUILD : options.extension;
  if (extension && !existsSync(join(extension, 'manifest.json'))) throw new Error(`No built extension at ${extension}: run \`npm run build:chrome\`.`);
  const args = [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-dev-shm-usage',
    ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
  ];
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    args,
    viewport: { width: 1280, height: 800 },
  });
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  if (!extension) return { context, worker: null as unknown as Worker, extensionId: '', close };
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host, close };
}
