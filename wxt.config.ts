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
    // The gate (entrypoints/gate.ts) runs on every page; the background loads the
    // scanner only into pages the gate found on topic.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], all_frames: true, run_at: 'document_idle' }],
    permissions: ['scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
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
