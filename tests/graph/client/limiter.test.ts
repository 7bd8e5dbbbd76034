import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Limiter } from '../../../src/graph/client/limiter.js';

describe('Limiter', () => {
  it('never runs more tasks at once than its limit, and runs them all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 40 }),
        async (limit, delays) => {
          const limiter = new Limiter(limit);
          let running = 0;
          let most = 0;
          const done = await Promise.all(
            delays.map((delay, i) =>
              limiter.run(async () => {
                running += 1;
                most = Math.max(most, running);
                for (let t = 0; t < delay; t += 1) await Promise.resolve();
                running -= 1;
                return i;
              }),
            ),
          );
          expect(done).toEqual(delays.map((_, i) => i));
          expect(most).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });

  it('frees the slot of a task that throws', async () => {
    const limiter = new Limiter(1);
    await expect(limiter.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run(() => Promise.resolve('next'))).toBe('next');
  });
});
