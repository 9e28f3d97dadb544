import { defineConfig } from 'vitest/config';

// The Firefox build in Debian's firefox-esr (puppeteer-core over WebDriver
// BiDi). One file at a time, like the Chromium tier, for 2 cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.firefox.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
