import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pacer, teamsThreadWindows, type Window } from '../../src/bot/pacer.js';
import { virtualTimer } from './support/virtual-timer.js';

function withinWindows(times: readonly number[], windows: readonly Window[]): boolean {
  return windows.every(({ count, ms }) =>
    times.every((t) => times.filter((x) => x > t - ms && x <= t).length <= count),
  );
}

describe('Pacer', () => {
  it('keeps every thread within Teams per-thread limits and the tenant within its rate', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom('kanal-a', 'kanal-b', 'kanal-c'), { minLength: 1, maxLength: 80 }),
        fc.integer({ min: 1, max: 30 }),
        async (threads, rate) => {
          const timer = virtualTimer();
          const pacer = new Pacer({ tenantRatePerSecond: rate }, timer);
          const times = new Map<string, number[]>();
          const all: number[] = [];
          for (const thread of threads) {
            await pacer.take('tenant', thread);
            times.set(thread, [...(times.get(thread) ?? []), timer.now()]);
            all.push(timer.now());
          }
          for (const list of times.values())
            expect(withinWindows(list, teamsThreadWindows)).toBe(true);
          expect(withinWindows(all, [{ count: rate, ms: 1000 }])).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('does not wait while under every limit', async () => {
    const timer = virtualTimer();
    const pacer = new Pacer({ tenantRatePerSecond: 50 }, timer);
    for (const thread of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) await pacer.take('t', thread);
    expect(timer.slept).toEqual([]);
  });

  it('holds every call back after a pause (a 429 Retry-After)', async () => {
    const timer = virtualTimer();
    const pacer = new Pacer({}, timer);
    const start = timer.now();
    pacer.pause(3000);
    await pacer.take('t', 'a');
    expect(timer.now() - start).toBe(3000);
  });
});
