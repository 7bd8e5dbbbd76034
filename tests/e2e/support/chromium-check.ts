import { existsSync } from 'node:fs';

/**
 * The browser tests run in Debian's Chromium and skip themselves without it. So that a run on a
 * machine without it does not pass silently, vitest's global setup prints one line naming the
 * tests that did not run and how to install the browser.
 */

export const chromiumPath = '/usr/bin/chromium';

/** Every test file that skips without Chromium (a test checks this list stays complete). */
export const browserTestFiles: readonly string[] = [
  'tests/e2e/tab.e2e.test.ts',
  'tests/bot/playground-chromium.e2e.test.ts',
];

export function chromiumNotice(path: string = chromiumPath): string | undefined {
  if (existsSync(path)) return undefined;
  return (
    `Browser tests did not run: ${path} is missing, so ${browserTestFiles.join(' and ')} were ` +
    `skipped. Install Debian's Chromium (sudo apt-get install chromium) and run npm test again.`
  );
}
