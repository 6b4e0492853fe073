import { defineConfig } from 'wxt';
import { corpusSearchIndex } from './src/search/search-index-plugin';

// Firefox needs a gecko id and an explicit "no data collected" declaration, or
// `web-ext lint` fails; Chrome rejects the unknown key, so it is Firefox-only.
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [corpusSearchIndex()] }),
  manifest: ({ browser }) => ({
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
