import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAuthorization, departmentTeamId } from '../../src/app/authorization.js';
import {
  FakeMembership,
  linkOf,
  people,
  throttledMembership,
  workingGroupTeam,
} from './support/world.js';

function authorization(teams: Record<string, readonly string[]>) {
  const membership = new FakeMembership(teams);
  return {
    membership,
    auth: createAuthorization({ membership, workingGroupTeamId: workingGroupTeam }),
  };
}

describe('authorization', () => {
  it('lets a member of the department team answer', async () => {
    const { auth } = authorization({ 'team-d': [people.cecilia.id] });
    expect(await auth.canAnswer(people.cecilia, 'team-d')).toEqual({ ok: true, value: undefined });
  });

  it('refuses an answer from someone outside the department team', async () => {
    const { auth } = authorization({
      'team-d': [people.cecilia.id],
      [workingGroupTeam]: [people.anna.id],
    });
    const result = await auth.canAnswer(people.anna, 'team-d');
    expect(result.ok ? undefined : result.error.reason).toBe('forbidden');
  });

  it('refuses an answer for a department without a linked team, without asking Teams', async () => {
    const { auth, membership } = authorization({});
    const result = await auth.canAnswer(people.cecilia, undefined);
    expect(result.ok ? undefined : result.error.message).toMatch(/ingen kopplad kanal/);
    expect(membership.checks).toBe(0);
  });

  it('refuses a caller without an Entra object id', async () => {
    const { auth } = authorization({ 'team-d': [''] });
    const result = await auth.canAnswer({ id: '', name: 'Okänd' }, 'team-d');
    expect(result.ok ? undefined : result.error.reason).toBe('forbidden');
  });

  it('lets only working-group members manage the plan and channels', async () => {
    const { auth } = authorization({ [workingGroupTeam]: [people.anna.id] });
    expect((await auth.canManage(people.anna)).ok).toBe(true);
    const refused = await auth.canManage(people.cecilia);
    expect(refused.ok ? undefined : refused.error.reason).toBe('forbidden');
    expect(await auth.isWorkingGroup(people.cecilia)).toEqual({ ok: true, value: false });
  });

  it('passes a failed membership check on as it is, never as a yes', async () => {
    const { auth, membership } = authorization({ 'team-d': [people.cecilia.id] });
    membership.failure = throttledMembership();
    const result = await auth.canAnswer(people.cecilia, 'team-d');
    expect(result.ok ? undefined : result.error).toMatchObject({
      reason: 'throttled',
      retryAfterSeconds: 3,
    });
    expect((await auth.canManage(people.anna)).ok).toBe(false);
  });

  it('takes the department team from the channel link, not from anything else', () => {
    const links = [linkOf('social-omsorg'), linkOf('workingGroup')];
    expect(departmentTeamId(links, 'social-omsorg')).toBe('team-social-omsorg');
    expect(departmentTeamId(links, 'leanlink')).toBeUndefined();
  });

  it('answers yes exactly for members of the asked team, whatever the teams look like', async () => {
    const user = fc.constantFrom('u1', 'u2', 'u3', 'u4');
    const team = fc.constantFrom('t1', 't2', 't3');
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(team, fc.uniqueArray(user)),
        user,
        team,
        async (teams, who, asked) => {
          const { auth } = authorization(teams);
          const answer = await auth.canAnswer({ id: who, name: who }, asked);
          expect(answer.ok).toBe((teams[asked] ?? []).includes(who));
        },
      ),
    );
  });
});
