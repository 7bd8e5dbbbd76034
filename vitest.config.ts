import { defineConfig } from 'vitest/config';

/**
 * Tests that change process-wide state (the global fetch dispatcher, `vi.mock`, process.env,
 * fake timers) or start `npm start` run each in a fresh worker. Every other file shares its
 * worker's module cache with the files before it (`isolate: false`): on this 2-core machine the
 * modules' import time was a third of the run, paid again by every file.
 */
const isolated = [
  'tests/e2e/**/*.test.ts',
  'tests/bot/playground-chromium.e2e.test.ts',
  'tests/server/production/rehearsal-bot.test.ts',
  'tests/server/remind-certificate.test.ts',
  'tests/server/remind-timer.test.ts',
  'tests/server/cli/serve-env-file.test.ts',
  'tests/bot/bot-certificate.test.ts',
  'tests/bot/channel-auth.test.ts',
  'tests/tab/host/detect-host.test.ts',
  'tests/standins/**/*.test.ts',
];
const all = ['tests/**/*.test.ts', 'tests/**/*.test.tsx'];
const exclude = ['tests/fixtures/**', 'node_modules/**'];

const common = { testTimeout: 30_000, hookTimeout: 60_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    // Two test files at a time on this 2-core machine (vitest's default leaves one core idle):
    // most tests wait on servers, child processes and Chromium rather than compute.
    maxWorkers: 2,
    // Once for the run (not per project): one line when the browser tests are skipped for want
    // of /usr/bin/chromium.
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    projects: [
      { test: { ...common, name: 'isolated', include: isolated, exclude } },
      {
        test: {
          ...common,
          name: 'shared',
          include: all,
          exclude: [...exclude, ...isolated],
          isolate: false,
        },
      },
    ],
  },
});
