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
