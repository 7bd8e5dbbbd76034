import { chromiumNotice } from './chromium-check.js';

/** vitest's global setup: one clear line when the browser tests cannot run. */
export default function setup(): void {
  const notice = chromiumNotice();
  if (notice) console.warn(`⚠ ${notice}`);
}
