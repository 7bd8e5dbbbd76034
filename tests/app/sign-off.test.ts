import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/authorization.js';
import { answerMessages } from '../../src/app/use-cases/answer-refusals.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { departmentRoundProgress, isSignedOff } from '../../src/domain/sign-off-rules.js';
import { openRound, people, world, type World } from './support/world.js';

const department = 'social-omsorg';
const place = { roundId: openRound.id, departmentId: department };

async function answerAll(w: World, except: readonly string[] = []) {
  const view = await w.useCases.showDepartmentRound(openRound.id, department);
  if (!view.ok) throw new Error(view.error.message);
  const entries = view.value.items
    .filter((item) => !except.includes(item.activity.id))
    .map((item) => ({
      activityId: item.activity.id,
      status: 'onTrack',
      comment: 'Arbetet pågår enligt plan.',
      nextSteps: '',
    }));
  const answered = await w.useCases.answerFollowUps({
    ...place,
    entries,
    caller: people.cecilia,
    source: 'tab',
    seen: { kind: 'versions' },
  });
  if (!answered.ok) throw new Error(answered.error.message);
  return view.value.items.map((item) => item.activity.id);
}

function signOff(w: World, caller: Caller) {
  return w.useCases.signOffDepartment({ ...place, caller });
}

describe('department sign-off', () => {
  it('is refused while an activity lacks its answer, naming the activities that do', async () => {
    const w = world();
    const ids = await answerAll(w, ['A2.2', 'A4.1']);
    expect(ids.length).toBeGreaterThan(2);
    const refused = await signOff(w, people.cecilia);
    expect(refused).toMatchObject({
      ok: false,
      error: { reason: 'conflict', current: { missingActivityIds: ['A2.2', 'A4.1'] } },
    });
    if (refused.ok) return;
    expect(refused.error.message).toMatch(/^Alla aktiviteter behöver ett svar/);
    for (const id of ['A2.2', 'A4.1'])
      expect(refused.error.message).toContain(seedPlan.activities.find((a) => a.id === id)!.title);
  });

  it('lets a member of the department team sign off once every activity has its answer', async () => {
    const w = world();
    await answerAll(w);
    const signed = await signOff(w, people.cecilia);
    expect(signed.ok && signed.value.signOff).toMatchObject({
      state: 'signedOff',
      signedBy: people.cecilia,
      signedAt: '2024-02-01T09:00:00Z',
    });
    const again = await signOff(w, people.bertil);
    expect(again.ok && again.value.signOff?.signedBy).toEqual(people.cecilia);
    const view = await w.useCases.showDepartmentRound(openRound.id, department);
    expect(view.ok && isSignedOff(view.value.signOff)).toBe(true);
  });

  it('refuses someone outside the department team, and the working group, to sign off', async () => {
    const w = world();
    await answerAll(w);
    for (const caller of [people.anna, { id: 'user-x', name: 'Xavier' }]) {
      const refused = await signOff(w, caller);
      expect(refused).toMatchObject({ ok: false, error: { reason: 'forbidden' } });
    }
    expect(w.store.signOffHistory(openRound.id, department)).toEqual([]);
  });

  it('locks the answers once signed off: a change is forbidden with a Swedish message, nothing stored', async () => {
    const w = world();
    await answerAll(w);
    await signOff(w, people.cecilia);
    const locked = await w.useCases.answerFollowUps({
      ...place,
      entries: [{ activityId: 'A2.2', status: 'done', comment: '', nextSteps: '' }],
      caller: people.cecilia,
      source: 'card',
      seen: { kind: 'card', matches: () => true },
    });
    expect(locked).toMatchObject({
      ok: false,
      locked: true,
      error: { reason: 'forbidden', message: answerMessages.signedOff },
    });
    const history = await w.store.followUpHistory(openRound.id, 'A2.2');
    expect(history.ok && history.value.map((f) => f.status)).toEqual(['onTrack']);
  });

  it('is reopened by the working group only; answers may then change and both events stay in history', async () => {
    const w = world();
    await answerAll(w);
    await signOff(w, people.cecilia);
    const refused = await w.useCases.reopenDepartment({ ...place, caller: people.cecilia });
    expect(refused).toMatchObject({ ok: false, error: { reason: 'forbidden' } });
    const reopened = await w.useCases.reopenDepartment({ ...place, caller: people.anna });
    expect(reopened.ok && reopened.value.signOff).toMatchObject({
      state: 'reopened',
      signedBy: people.cecilia,
      reopenedBy: people.anna,
    });
    const changed = await w.useCases.answerFollowUps({
      ...place,
      entries: [{ activityId: 'A2.2', status: 'done', comment: '', nextSteps: '' }],
      caller: people.cecilia,
      source: 'card',
      seen: { kind: 'card', matches: () => true },
    });
    expect(changed.ok).toBe(true);
    const twice = await w.useCases.reopenDepartment({ ...place, caller: people.anna });
    expect(twice).toMatchObject({ ok: false, error: { reason: 'conflict' } });
    await signOff(w, people.bertil);
    const states = w.store.signOffHistory(openRound.id, department).map((s) => s.state);
    expect(states).toEqual(['signedOff', 'reopened', 'signedOff']);
  });

  it('is refused in a round that is not open', async () => {
    const w = world([{ ...openRound, state: 'closed' }]);
    const refused = await signOff(w, people.cecilia);
    expect(refused).toMatchObject({ ok: false, error: { reason: 'conflict' } });
  });
});

describe('departmentRoundProgress', () => {
  it('tells not started, in progress and complete apart', () => {
    expect(departmentRoundProgress(0, undefined)).toBe('notStarted');
    expect(departmentRoundProgress(2, undefined)).toBe('inProgress');
    expect(departmentRoundProgress(6, { state: 'reopened' })).toBe('inProgress');
    expect(departmentRoundProgress(6, { state: 'signedOff' })).toBe('complete');
  });
});
