/**
 * The built extension, read as the browser reads it: which permissions it
 * asks for (each named with its reason in the README), that it can run no code
 * but its own, and that it can reach nothing outside itself. The browser
 * journeys prove the last point by watching every connection
 * (tests/e2e/no-network.e2e.ts); this is the second line.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../harness/project-root';

const BUILDS = [
  { name: 'chrome-mv3', args: ['wxt', 'build'] },
  { name: 'firefox-mv2', args: ['wxt', 'build', '-b', 'firefox'] },
] as const;

/** Every file under `dir`. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What goes into a build: a build older than any of it is built again. */
const INPUTS = ['src', 'entrypoints', 'locales', 'assets', 'wxt.config.ts', 'package-lock.json'];

function newestInput(): number {
  return Math.max(
    ...INPUTS.map((input) => join(ROOT, input))
      .filter(existsSync)
      .flatMap((path) => (statSync(path).isDirectory() ? filesUnder(path) : [path]))
      .map((path) => statSync(path).mtimeMs),
  );
}

beforeAll(() => {
  const newest = newestInput();
  for (const { name, args } of BUILDS) {
    const manifest = join(ROOT, '.output', name, 'manifest.json');
    if (!existsSync(manifest) || statSync(manifest).mtimeMs < newest)
      execFileSync('npx', args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
}, 180_000);

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown;
  update_url?: string;
  browser_specific_settings?: {
    gecko?: { update_url?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } };
  };
}

const manifestOf = (build: string) => JSON.parse(readFileSync(join(ROOT, '.output', build, 'manifest.json'), 'utf8')) as Manifest;

/** The README's permissions table: each permission it names, with the reason it gives. */
function readmePermissions(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Permissions'));
  const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| --- |')));
  const reasons = new Map<string, string>();
  for (const row of table.split('\n').filter((line) => line.startsWith('| `'))) {
    const [names, reason] = row
      .split('|')
      .slice(1, 3)
      .map((cell) => cell.trim());
    for (const [, name] of names!.matchAll(/`([^`]+)`/g)) reasons.set(name!, reason!);
  }
  return reasons;
}

/** What the extension asks for: no more than this; the README gives the reason for each. */
const PERMISSIONS = ['activeTab', 'contextMenus', 'scripting', 'storage'];
const HOSTS = ['http://*/*', 'https://*/*'];

describe('the permissions', () => {
  it('are exactly the ones the features need, in both builds', () => {
    const chrome = manifestOf('chrome-mv3');
    expect([...(chrome.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    expect([...(chrome.host_permissions ?? [])].sort()).toEqual(HOSTS);
    // Manifest V2 lists hosts among the permissions.
    expect([...(manifestOf('firefox-mv2').permissions ?? [])].sort()).toEqual([...HOSTS, ...PERMISSIONS].sort());
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      const manifest = manifestOf(build);
      expect(manifest.optional_permissions ?? [], build).toEqual([]);
      expect(manifest.optional_host_permissions ?? [], build).toEqual([]);
    }
  });

  it('are each named in the README with the reason, and the README names no other', () => {
    const reasons = readmePermissions();
    expect([...reasons.keys()].sort()).toEqual([...HOSTS, ...PERMISSIONS].sort());
    for (const [name, reason] of reasons) expect(reason.length, `the reason for ${name}`).toBeGreaterThan(20);
  });

  it('let no web page and no other extension message the extension, and expose none of its files to pages', () => {
    for (const build of ['chrome-mv3', 'firefox-mv2']) {
      expect(manifestOf(build).externally_connectable, build).toBeUndefined();
      expect(manifestOf(build).web_accessible_resources, build).toBeUndefined();
    }
  });

  it('declare to Firefox that no data is collected', () => {
    expect(manifestOf('firefox-mv2').browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});

describe('no remote code, no requests', () => {
  it('the extension’s pages may load and connect to nothing but the extension’s own files (content security policy)', () => {
    const policies = [manifestOf('chrome-mv3').content_security_policy, manifestOf('firefox-mv2').content_security_policy].map((csp) =>
      typeof csp === 'string' ? csp : csp?.extension_pages,
    );
    for (const policy of policies) {
      const directives = new Map(
        (policy ?? '')
          .split(';')
          .map((d) => d.trim().split(/\s+/))
          .map(([name, ...values]) => [name!, values]),
      );
      expect(directives.get('default-src')).toEqual(["'self'"]);
      expect(directives.get('script-src')).toEqual(["'self'"]);
      expect(directives.get('object-src')).toEqual(["'none'"]);
      // No directive opens a way out again.
      for (const [name, values] of directives)
        expect(
          values.filter((v) => !["'self'", "'none'"].includes(v)),
          name,
        ).toEqual([]);
    }
  });

  it('nothing asks the browser to look for updates elsewhere', () => {
    expect(manifestOf('chrome-mv3').update_url).toBeUndefined();
    expect(manifestOf('firefox-mv2').browser_specific_settings?.gecko?.update_url).toBeUndefined();
  });

  for (const { name: build } of BUILDS) {
    const dir = join(ROOT, '.output', build);

    it(`${build}: every page loads only the extension’s own scripts and styles`, () => {
      for (const page of filesUnder(dir).filter((f) => f.endsWith('.html'))) {
        const html = readFileSync(page, 'utf8');
        const loaded = [...html.matchAll(/<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
        expect(loaded.length, relative(dir, page)).toBeGreaterThan(0);
        expect(
          loaded.filter((url) => !/^\.{0,2}\/(?!\/)/.test(url)),
          relative(dir, page),
        ).toEqual([]);
        // No inline script: the policy would refuse it anyway.
        expect(html.match(/<script\b(?![^>]*\bsrc=)[^>]*>/g) ?? [], relative(dir, page)).toEqual([]);
      }
    });

    it(`${build}: no script builds code from text or loads a script from elsewhere`, () => {
      for (const script of filesUnder(dir).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(script, 'utf8');
        const where = relative(dir, script);
        expect(
          code.match(
            /\beval\s*\(|\bnew\s+Function\s*\(|\bimportScripts\s*\(|\bsetTimeout\s*\(\s*[`'"]|\bsetInterval\s*\(\s*[`'"]|\.innerHTML\s*=|document\.write\s*\(|createContextualFragment\s*\(/g,
          ) ?? [],
          where,
        ).toEqual([]);
        // Dynamic imports only of the build's own chunks, named as they are.
        expect(
          [...code.matchAll(/\bimport\s*\(\s*([^)]{0,60})/g)].map((m) => m[1]!).filter((spec) => !/^[`'"]\.{1,2}\//.test(spec)),
          where,
        ).toEqual([]);
      }
    });

    it(`${build}: the scripts in every page (the gate and the scanner) use no way to reach the network`, () => {
      for (const script of ['gate.js', 'content-scripts/scanner.js']) {
        const code = readFileSync(join(dir, script), 'utf8');
        expect(
          code.match(
            /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|WebTransport|\bnew\s+(?:Image|Worker|SharedWorker)\b/g,
          ) ?? [],
          script,
        ).toEqual([]);
      }
    });
  }
});

describe('the extension’s own code', () => {
  /** The source that is built into the extension (src/cli is the command line, run by Node; the search index plugin runs in the build). */
  const sources = () =>
    [...filesUnder(join(ROOT, 'src')), ...filesUnder(join(ROOT, 'entrypoints'))]
      .filter((path) => /\.(ts|html)$/.test(path))
      .map((path) => relative(ROOT, path))
      .filter((path) => !path.startsWith('src/cli/') && path !== 'src/search/search-index-plugin.ts');

  it('uses no way to reach the network, and builds no code from text', () => {
    const ways =
      /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection|WebTransport|importScripts|\beval\s*\(|new\s+Function\b|\.innerHTML\s*=|insertAdjacentHTML|document\.write/;
    const found = sources().filter((path) => ways.test(readFileSync(join(ROOT, path), 'utf8')));
    expect(found).toEqual([]);
  });
});
