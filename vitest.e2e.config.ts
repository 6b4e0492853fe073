import { defineConfig } from 'vitest/config';

// The browser journeys: real Chromium and real Firefox with the built extension (see tests/e2e/).
// One file at a time: two cores, and each file starts its browsers one after the other.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
