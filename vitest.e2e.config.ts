import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium. One file at a
// time (2 cores), generous timeouts for the browser start.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
