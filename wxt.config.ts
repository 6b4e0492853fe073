import type { Entrypoint } from 'wxt';
import { defineConfig } from 'wxt';
import { corpusCheck } from './src/corpus/corpus-check-plugin';
import { corpusSearchIndex } from './src/search/search-index-plugin';

/**
 * The scripts that run inside web pages: the gate on every page, the scanner
 * on pages that name North Korea, the card kit on pages with a figure.
 */
const IN_PAGE = new Set(['gate', 'scanner', 'card-kit']);

/**
 * The scripts in pages call only extension APIs that behave alike in both
 * browsers without it (runtime.id, i18n.getMessage, storage.sync.get and
 * storage.onChanged, and the messaging library, which calls `chrome` itself),
 * so they get WXT's thin `browser` (Firefox's `browser`, else Chrome's
 * `chrome`) instead of webextension-polyfill: 10 KB less on every page the
 * scanner runs in. The background and the extension's pages keep the polyfill.
 */
function withoutPolyfillInPages(entrypoints: readonly Entrypoint[], config: { resolve?: { alias?: unknown } }): void {
  if (!entrypoints.every((e) => IN_PAGE.has(e.name))) return;
  const thin = { find: /^wxt\/browser$/, replacement: '@wxt-dev/browser' };
  const alias = config.resolve?.alias;
  const entries = Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));
  config.resolve = { ...config.resolve, alias: [thin, ...entries.filter((a: { find: unknown }) => a.find !== 'wxt/browser')] };
}

/**
 * The extension's pages and its background load nothing from elsewhere and
 * connect nowhere: no remote script, style, image, font, frame or fetch, so no
 * code but the bundled code can run and no request can leave from them. (`wxt`
 * in development keeps WXT's own policy, which lets its dev server in.)
 */
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

// Firefox needs a gecko id and an explicit "no data collected" declaration, or
// `web-ext lint` fails; Chrome rejects the unknown key, so it is Firefox-only.
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // The build fails on a corpus that does not hold (src/corpus/verify-corpus.ts).
  vite: () => ({ plugins: [corpusCheck(), corpusSearchIndex()] }),
  hooks: { 'vite:build:extendConfig': withoutPolyfillInPages },
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // The gate (entrypoints/gate.ts) is registered by the background, on every
    // http(s) page but the sites the reader turned off (src/background/scanner-injection.ts);
    // it loads the scanner only into pages that name North Korea. The reasons for
    // each permission are in the README.
    permissions: ['scripting', 'storage', 'contextMenus', 'activeTab'],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    // WXT writes it as Manifest V2's string for Firefox.
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    commands: {
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: '__MSG_commands_nextFigure__',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: '__MSG_commands_previousFigure__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rangefinder@rangefinder.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
