import type { PacerTimer } from '../../../src/bot/pacer.js';

/** Time that passes only when someone sleeps: pacing and Retry-After tests without waiting. */
export function virtualTimer(start = 1_800_000_000_000): PacerTimer & { slept: number[] } {
  let now = start;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: (ms) => {
      slept.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}
