/**
 * Measures (e): the size of every content script in the builds, as built
 * (minified by the build) and gzipped (zlib, level 9), each named by its role.
 * A file the table does not know is listed as unknown, never left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD } from '../tests/harness/chromium';
import { FIREFOX_BUILD } from '../tests/harness/firefox';
import { MARK_JS } from './in-page';

interface Role {
  readonly role: string;
  /** Whether the target for the content script applies to this file. */
  readonly target: boolean;
}

/** The content scripts by path in the build. */
const ROLES: Record<string, Role> = {
  'gate.js': { role: 'gate: on every page, tests it for North Korea’s names', target: false },
  'content-scripts/scanner.js': { role: 'scanner: injected into pages that name North Korea', target: true },
  'card-kit.js': { role: 'card kit: the highlight styles, corpus, comparison and card, injected once a page has a figure', target: false },
};
const UNKNOWN: Role = { role: 'unknown: not in the benchmark’s table of roles (benchmarks/bundle-size.ts)', target: false };

export interface FileSize {
  bytes: number;
  gzipBytes: number;
}

export interface ScriptSize extends FileSize {
  build: 'chrome-mv3' | 'firefox-mv2';
  path: string;
  role: string;
  target: boolean;
}

function sizeOf(file: string): FileSize {
  const bytes = readFileSync(file);
  return { bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
}

/** The baseline's size: mark.js as its package ships it, minified. */
export const measureMarkJs = (): FileSize => sizeOf(MARK_JS);

function contentScripts(build: string): string[] {
  const scripts = readdirSync(join(build, 'content-scripts'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.js'))
    .map((name) => `content-scripts/${name.replace(/\\/g, '/')}`);
  // The gate and the card kit are unlisted scripts, built at the root.
  return ['gate.js', ...scripts.sort(), 'card-kit.js'];
}

export function measureBundles(): ScriptSize[] {
  const builds = [
    { build: 'chrome-mv3', dir: CHROME_BUILD },
    { build: 'firefox-mv2', dir: FIREFOX_BUILD },
  ] as const;
  return builds.flatMap(({ build, dir }) =>
    contentScripts(dir).map((path) => {
      const { role, target } = ROLES[path] ?? UNKNOWN;
      return { build, path, role, target, ...sizeOf(join(dir, path)) };
    }),
  );
}
