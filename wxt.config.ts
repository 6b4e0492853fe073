import { defineConfig } from 'wxt';

// Firefox needs a gecko id and an explicit "no data collected" declaration, or
// `web-ext lint` fails; Chrome rejects the unknown key, so it is Firefox-only.
export default defineConfig({
  srcDir: '.',
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Rangefinder',
    description:
      "Highlights the figures in news about North Korea's part in Russia's war against Ukraine and shows what other sources estimated.",
    // The gate (entrypoints/gate.ts) runs on every page; the background loads the
    // scanner only into pages the gate found on topic.
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['gate.js'], all_frames: true, run_at: 'document_idle' }],
    permissions: ['scripting'],
    host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'next-figure': {
        suggested_key: { default: 'Alt+Shift+Period' },
        description: 'Go to the next figure on the page and open its card',
      },
      'previous-figure': {
        suggested_key: { default: 'Alt+Shift+Comma' },
        description: 'Go to the previous figure on the page and open its card',
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
