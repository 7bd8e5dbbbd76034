import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphTeamMembership } from '../../src/graph/team-membership.js';
import { startTestEmulator, type TestEmulator } from '../graph/helpers/emulator.js';

/** GraphTeamMembership (src/graph/team-membership.ts) against the emulator's teams. */

describe('GraphTeamMembership', () => {
  let e: TestEmulator;
  let now = 1_800_000_000_000;
  const clock = { now: () => new Date(now) };
  beforeAll(async () => {
    e = await startTestEmulator();
  });
  afterAll(() => e.close());

  function team(name: string) {
    return e.emulator.seed.teams.find((t) => t.displayName === name)!;
  }

  it('answers from GET /teams/{id}/members: members yes, others no', async () => {
    const membership = new GraphTeamMembership({ graph: e.graph, clock });
    const social = team('Social- och omsorgsförvaltningen');
    const member = social.members[0]!.userId;
    const outsider = e.emulator.seed.users.find(
      (u) => !social.members.some((m) => m.userId === u.id),
    )!;
    expect(await membership.isMember(social.id, member)).toEqual({ ok: true, value: true });
    expect(await membership.isMember(social.id, member.toUpperCase())).toEqual({
      ok: true,
      value: true,
    });
    expect(await membership.isMember(social.id, outsider.id)).toEqual({ ok: true, value: false });
  });

  it('reads a team once for a burst of checks and again after the cache time', async () => {
    const membership = new GraphTeamMembership({ graph: e.graph, clock, ttlMs: 60_000 });
    const leanlink = team('Leanlink');
    await e.resetStats();
    await Promise.all(leanlink.members.map((m) => membership.isMember(leanlink.id, m.userId)));
    await membership.isMember(leanlink.id, 'someone-else');
    expect((await e.stats()).total).toBe(1);
    now += 61_000;
    await membership.isMember(leanlink.id, leanlink.members[0]!.userId);
    expect((await e.stats()).total).toBe(2);
  });

  it('says no for a team that does not exist, and passes throttling on', async () => {
    const membership = new GraphTeamMembership({ graph: e.gateway({ maxPartAttempts: 1 }), clock });
    expect(await membership.isMember('00000000-0000-4000-8000-000000000000', 'x')).toEqual({
      ok: true,
      value: false,
    });
    await e.setFaults({ throttleRate: 1, retryAfterSeconds: 0 });
    try {
      const throttled = new GraphTeamMembership({
        graph: e.gateway({ maxPartAttempts: 1 }),
        clock,
      });
      const result = await throttled.isMember(team('Leanlink').id, 'x');
      expect(result.ok ? undefined : result.error.reason).toBe('throttled');
    } finally {
      await e.setFaults({ throttleRate: 0 });
    }
  });
});
