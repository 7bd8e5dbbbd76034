import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/authorization.js';
import type { AnswerEntryInput } from '../../src/app/use-cases/answer-rules.js';
import type { SeenAnswers } from '../../src/app/use-cases/answer-follow-ups.js';
import { answerVersions } from '../../src/app/use-cases/department-view.js';
import type { UseCases } from '../../src/app/use-cases/use-cases.js';
import { openRound, people, workingGroupTeam, world, type World } from './support/world.js';

const department = 'social-omsorg';

/** What a card shown now would carry: each activity's stored answer version as it is. */
async function cardShownNow(useCases: UseCases): Promise<SeenAnswers> {
  const view = await useCases.showDepartmentRound(openRound.id, department);
  if (!view.ok) throw new Error(view.error.message);
  const seen = new Map(answerVersions(view.value).map((a) => [a.activityId, a.version]));
  return {
    kind: 'card',
    matches: (id, stored) => seen.get(id) === stored.find((a) => a.activityId === id)?.version,
  };
}

function answer(w: World, caller: Caller, entries: AnswerEntryInput[], seen: SeenAnswers) {
  return w.useCases.answerFollowUps({
    roundId: openRound.id,
    departmentId: department,
    entries,
    caller,
    source: 'card',
    seen,
  });
}

async function stored(w: World, activityId: string) {
  const history = await w.store.followUpHistory(openRound.id, activityId);
  if (!history.ok) throw new Error(history.error.message);
  return history.value;
}

describe('answerFollowUps', () => {
  it('stores the answers of a department member and shows who answered', async () => {
    const w = world();
    const entries = [
      {
        activityId: 'A2.2',
        status: 'onTrack',
        comment: 'Utbildning genomförd för två enheter.',
        nextSteps: '',
      },
      { activityId: 'A4.1', status: 'delayed', comment: '', nextSteps: 'Ny plan i mars.' },
    ];
    const result = await answer(w, people.cecilia, entries, await cardShownNow(w.useCases));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.written.map((f) => f.activityId).sort()).toEqual(['A2.2', 'A4.1']);
    const item = result.value.view.items.find((i) => i.activity.id === 'A2.2');
    expect(item?.answer).toMatchObject({
      status: 'onTrack',
      answeredBy: people.cecilia,
      source: 'card',
    });
    expect((await stored(w, 'A4.1'))[0]).toMatchObject({
      status: 'delayed',
      nextSteps: 'Ny plan i mars.',
    });
  });

  it('accepts a partial answer and leaves blank activities unanswered', async () => {
    const w = world();
    const entries = [
      { activityId: 'A2.2', status: 'done', comment: '', nextSteps: '' },
      { activityId: 'A4.1', status: undefined, comment: '  ', nextSteps: '' },
    ];
    const result = await answer(w, people.cecilia, entries, await cardShownNow(w.useCases));
    expect(result.ok && result.value.written.map((f) => f.activityId)).toEqual(['A2.2']);
    expect(await stored(w, 'A4.1')).toEqual([]);
  });

  it('lets an answer be changed while the round is open, keeping the history', async () => {
    const w = world();
    await answer(
      w,
      people.cecilia,
      [{ activityId: 'A2.2', status: 'onTrack' }],
      await cardShownNow(w.useCases),
    );
    const changed = await answer(
      w,
      people.bertil,
      [{ activityId: 'A2.2', status: 'done', comment: 'Klart.' }],
      await cardShownNow(w.useCases),
    );
    expect(changed.ok).toBe(true);
    expect((await stored(w, 'A2.2')).map((f) => [f.status, f.answeredBy.name])).toEqual([
      ['onTrack', 'Cecilia Carlsson'],
      ['done', 'Bertil Berg'],
    ]);
  });

  it('refuses a stale card that would overwrite someone else, and says who answered', async () => {
    const w = world();
    const old = await cardShownNow(w.useCases);
    await answer(w, people.cecilia, [{ activityId: 'A2.2', status: 'onTrack' }], old);
    const result = await answer(w, people.bertil, [{ activityId: 'A2.2', status: 'delayed' }], old);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe('conflict');
    expect(result.conflicts?.map((f) => f.answeredBy.name)).toEqual(['Cecilia Carlsson']);
    expect(result.view?.round.state).toBe('open');
    expect((await stored(w, 'A2.2')).map((f) => f.status)).toEqual(['onTrack']);
  });

  it('still takes answers from a stale card that overwrite nobody', async () => {
    const w = world();
    const old = await cardShownNow(w.useCases);
    await answer(w, people.cecilia, [{ activityId: 'A2.2', status: 'onTrack' }], old);
    const result = await answer(
      w,
      people.bertil,
      [
        { activityId: 'A2.2', status: 'onTrack' },
        { activityId: 'A4.1', status: 'done' },
      ],
      old,
    );
    expect(result.ok && result.value.written.map((f) => f.activityId)).toEqual(['A4.1']);
    expect(result.ok && result.value.unchanged).toEqual(['A2.2']);
    expect((await stored(w, 'A2.2'))[0]?.answeredBy.name).toBe('Cecilia Carlsson');
  });

  it('writes the same delivery once, also when the copies arrive together', async () => {
    const w = world();
    const seen = await cardShownNow(w.useCases);
    const entries = [{ activityId: 'A2.2', status: 'done', comment: 'Klart.' }];
    const [first, second] = await Promise.all([
      answer(w, people.cecilia, entries, seen),
      answer(w, people.cecilia, entries, seen),
    ]);
    const third = await answer(w, people.cecilia, entries, seen);
    expect([first, second, third].every((r) => r.ok)).toBe(true);
    expect(third.ok && third.value.written).toEqual([]);
    expect(await stored(w, 'A2.2')).toHaveLength(1);
  });

  it('refuses someone outside the department team and stores nothing', async () => {
    const w = world();
    const result = await answer(
      w,
      people.anna,
      [{ activityId: 'A2.2', status: 'done' }],
      await cardShownNow(w.useCases),
    );
    expect(result.ok ? undefined : result.error.reason).toBe('forbidden');
    expect(w.counted.records).toBe(0);
    expect(await stored(w, 'A2.2')).toEqual([]);
  });

  it('refuses personal data with a Swedish message by the field and stores nothing', async () => {
    const w = world();
    const entries = [
      { activityId: 'A2.2', status: 'done', comment: 'Kontakt: 19121212-1212 har fått stöd.' },
      { activityId: 'A4.1', status: 'done', comment: 'Inga problem.' },
    ];
    const result = await answer(w, people.cecilia, entries, await cardShownNow(w.useCases));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe('personalData');
    expect(result.error.fields?.['A2.2.comment']).toMatch(/personnummer/);
    expect(result.fieldErrors).toEqual([
      expect.objectContaining({ activityId: 'A2.2', field: 'comment', reason: 'personalData' }),
    ]);
    expect(w.counted.records).toBe(0);
  });

  it('refuses a comment that is too long and a comment without a status', async () => {
    const w = world();
    const entries = [
      { activityId: 'A2.2', status: 'done', comment: 'x'.repeat(1001) },
      { activityId: 'A4.1', comment: 'Pågår.' },
    ];
    const result = await answer(w, people.cecilia, entries, await cardShownNow(w.useCases));
    expect(result.ok ? undefined : result.error.fields).toEqual({
      'A2.2.comment': expect.stringMatching(/högst 1.000 tecken/),
      'A4.1.status': 'Välj en status.',
    });
  });

  it('refuses answers when the round is closed', async () => {
    const w = world([{ ...openRound, state: 'closed' }]);
    const result = await answer(
      w,
      people.cecilia,
      [{ activityId: 'A2.2', status: 'done' }],
      await cardShownNow(w.useCases),
    );
    expect(result.ok ? undefined : result.error.reason).toBe('conflict');
    expect(result.ok ? undefined : result.view?.round.state).toBe('closed');
    expect(w.counted.records).toBe(0);
  });

  it('refuses an activity that belongs to another department, whatever the card says', async () => {
    const w = world();
    const result = await answer(
      w,
      people.cecilia,
      [{ activityId: 'A5.1', status: 'done' }],
      await cardShownNow(w.useCases),
    );
    expect(result.ok ? undefined : result.error.reason).toBe('forbidden');
    expect(w.counted.records).toBe(0);
  });

  it('uses one plan load and one write per answer', async () => {
    const w = world();
    const seen = await cardShownNow(w.useCases);
    const before = w.counted.loads;
    await answer(w, people.cecilia, [{ activityId: 'A2.2', status: 'done' }], seen);
    expect([w.counted.loads - before, w.counted.records]).toEqual([1, 1]);
  });

  it('checks membership beside loading the plan once the department team is known', async () => {
    const w = world();
    await answer(
      w,
      people.cecilia,
      [{ activityId: 'A2.2', status: 'done' }],
      await cardShownNow(w.useCases),
    );
    const order: string[] = [];
    const load = w.counted.loadPlan;
    w.counted.loadPlan = async () => {
      order.push('load started');
      const snapshot = await load();
      order.push('load done');
      return snapshot;
    };
    const isMember = w.membership.isMember.bind(w.membership);
    w.membership.isMember = (team, user) => {
      order.push('membership asked');
      return isMember(team, user);
    };
    await answer(w, people.cecilia, [{ activityId: 'A4.1', status: 'done' }], { kind: 'versions' });
    expect(order.slice(0, 2).sort()).toEqual(['load started', 'membership asked']);
    expect(order.filter((o) => o === 'membership asked')).toHaveLength(1);
  });
  it('starts the membership check beside the first load of a process from the card’s team hint, and lets only the stored team decide', async () => {
    const w = world();
    const isMember = w.membership.isMember.bind(w.membership);
    const asked: string[] = [];
    w.membership.isMember = (team, user) => {
      asked.push(team);
      return isMember(team, user);
    };
    const entries = [{ activityId: 'A2.2', status: 'done' }];
    const seen = { kind: 'versions' } as const;
    // Anna is in the working group's team, not in the department's: a forged hint changes nothing.
    const forged = await w.useCases.answerFollowUps({
      roundId: openRound.id,
      departmentId: department,
      entries,
      caller: people.anna,
      source: 'card',
      seen,
      teamHint: workingGroupTeam,
    });
    expect(forged.ok ? undefined : forged.error.reason).toBe('forbidden');
    expect(asked).toEqual([workingGroupTeam, 'team-social-omsorg']);
    expect(await stored(w, 'A2.2')).toEqual([]);

    const fresh = world();
    const freshOrder: string[] = [];
    const freshLoad = fresh.counted.loadPlan;
    fresh.counted.loadPlan = async () => {
      freshOrder.push('load started');
      return freshLoad();
    };
    const freshIsMember = fresh.membership.isMember.bind(fresh.membership);
    fresh.membership.isMember = (team, user) => {
      freshOrder.push('membership asked');
      return freshIsMember(team, user);
    };
    const hinted = await fresh.useCases.answerFollowUps({
      roundId: openRound.id,
      departmentId: department,
      entries,
      caller: people.cecilia,
      source: 'card',
      seen,
      teamHint: 'team-social-omsorg',
    });
    expect(hinted.ok).toBe(true);
    expect(freshOrder.slice(0, 2).sort()).toEqual(['load started', 'membership asked']);
    expect(freshOrder.filter((o) => o === 'membership asked')).toHaveLength(1);
  });
});
