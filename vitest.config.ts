import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/fixtures/**', 'node_modules/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Says in one line when the browser tests are skipped for want of /usr/bin/chromium.
    globalSetup: ['tests/e2e/support/global-setup.ts'],
  },
});
