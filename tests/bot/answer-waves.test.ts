import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planWave, runWave, waveWorld, type WaveWorld } from './support/answer-wave.js';

/**
 * A small version of the bench's waves (`npm run bench -- answers`): answers sent at once across
 * departments, three activities answered by both members of their team at the same moment, with
 * and without 20 % of Graph requests answered 429. What every person is told must match what is
 * stored: no false conflict, no lost update, nothing refused stored, derived columns consistent.
 */

describe('waves of card answers at once', () => {
  const ctx = {} as { world: WaveWorld };
  beforeAll(async () => {
    ctx.world = await waveWorld();
  }, 60_000);
  afterAll(() => ctx.world.w.close());

  it.each([
    [0, 0],
    [1, 0.2],
  ])('wave %i (throttle rate %f) ends as each person was told', async (n, throttleRate) => {
    const answers = planWave(ctx.world, n, 10, 3);
    expect(new Set(answers.map((a) => a.department.id)).size).toBeGreaterThan(1);
    const result = await runWave(ctx.world, answers, { latencyMs: 0, throttleRate });
    expect(result).toMatchObject({
      falseConflicts: 0,
      lostUpdates: 0,
      refusedButStored: 0,
      derivedMismatches: 0,
      errors: 0,
      busy: 0,
    });
    expect([result.saved, result.stale]).toEqual([7, 3]);
  });
});
