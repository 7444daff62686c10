import { defineConfig } from 'vitest/config';

// End-to-end tests: headless Debian Chromium against the production build (dist/).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
