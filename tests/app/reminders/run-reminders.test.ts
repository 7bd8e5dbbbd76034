import { describe, expect, it } from 'vitest';
import {
  runReminders,
  type RunRemindersOptions,
} from '../../../src/app/use-cases/run-reminders.js';
import { termOfOfficeRound, toFollowUpRound } from '../../../src/domain/calendar/rounds.js';
import { world, type World } from './fakes.js';

/** Årsuppföljning 2026: opens 2027-01-08, due 2027-02-26, overdue-1 03-05, overdue-2 03-12. */
const at = {
  opening: new Date('2027-01-08T08:30:00+01:00'),
  twoWeeks: new Date('2027-02-12T08:30:00+01:00'),
  threeWorkingDays: new Date('2027-02-23T08:30:00+01:00'),
  overdue1: new Date('2027-03-05T08:30:00+01:00'),
  overdue2: new Date('2027-03-12T08:30:00+01:00'),
};
const inRound = ['miljo-samhallsbyggnad', 'social-omsorg', 'kommunledning'];

async function run(w: World, options: RunRemindersOptions, extra = {}) {
  const result = await w.timer.drive(runReminders(w.deps(extra), options));
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function answerAll(w: World, departmentId: string) {
  const snapshot = await w.plans.loadPlan();
  if (!snapshot.ok) throw new Error('no plan');
  const activities = snapshot.value.activities.filter(
    (a) => a.responsibleDepartmentId === departmentId,
  );
  const answers = activities.map((a) => ({
    activityId: a.id,
    status: 'onTrack' as const,
    comment: '',
    nextSteps: '',
  }));
  const recorded = await w.plans.recordFollowUps({
    roundId: w.round.id,
    departmentId,
    answers,
    responder: { id: 'u1', name: 'Kim' },
    source: 'card',
    at: new Date('2027-01-20T10:00:00Z'),
  });
  if (!recorded.ok) throw new Error(recorded.error.message);
}

describe('runReminders', () => {
  it('posts the opening card once to every department of the round and records it', async () => {
    const w = world();
    const first = await run(w, { now: at.opening });
    expect([...w.poster.countByKey().keys()].sort()).toEqual(
      inRound.map((d) => `annual-2026|${d}|opening`).sort(),
    );
    expect(first.complete).toBe(true);
    const stored = await w.reminders.listForRound('annual-2026');
    expect(stored.ok && stored.value.map((r) => [r.state, r.messageId !== undefined])).toEqual(
      inRound.map(() => ['sent', true]),
    );
    const again = await run(w, { now: at.opening });
    expect(w.poster.posts).toHaveLength(3);
    expect(again.reminders.map((r) => r.outcome)).toEqual([
      'alreadySent',
      'alreadySent',
      'alreadySent',
    ]);
  });

  it('lists each channel’s members on its card, for Teams’ automatic refresh', async () => {
    const w = world();
    w.poster.rosters = { '19:social-omsorg@thread.tacv2': ['29:a', '29:b'] };
    await run(w, { now: at.opening });
    const memberIds = (departmentId: string) =>
      (
        w.poster.posts.find((p) => p.key === `annual-2026|${departmentId}|opening`)?.card as {
          memberIds?: unknown;
        }
      ).memberIds;
    expect(memberIds('social-omsorg')).toEqual(['29:a', '29:b']);
    expect(memberIds('kommunledning')).toEqual([]);
  });

  it('sends later stages only to departments still missing answers', async () => {
    const w = world();
    await answerAll(w, 'social-omsorg');
    await run(w, { now: at.threeWorkingDays });
    const keys = w.poster.posts.map((p) => p.key).sort();
    expect(keys).toEqual([
      'annual-2026|kommunledning|threeWorkingDays',
      'annual-2026|miljo-samhallsbyggnad|threeWorkingDays',
    ]);
  });

  it('posts one card, the latest stage, after an outage', async () => {
    const w = world();
    const result = await run(w, { now: at.overdue1 });
    expect(w.poster.posts.map((p) => p.card.stage)).toEqual([
      'overdue-1',
      'overdue-1',
      'overdue-1',
    ]);
    expect(result.rounds[0]).toMatchObject({
      roundId: 'annual-2026',
      stage: 'overdue-1',
      missing: 3,
    });
  });

  it('posts each card once when two runs overlap', async () => {
    const w = world();
    const both = Promise.all([
      runReminders(w.deps(), { now: at.twoWeeks }),
      runReminders(w.deps(), { now: at.twoWeeks }),
    ]);
    const [a, b] = await w.timer.drive(both);
    expect([...w.poster.countByKey().values()]).toEqual([1, 1, 1]);
    const outcomes = [...(a.ok ? a.value.reminders : []), ...(b.ok ? b.value.reminders : [])].map(
      (r) => r.outcome,
    );
    expect(outcomes.filter((o) => o === 'posted')).toHaveLength(3);
    expect(
      outcomes
        .filter((o) => o !== 'posted')
        .every((o) => o === 'inProgress' || o === 'alreadySent'),
    ).toBe(true);
  });

  it('escalates to the working group from overdue-2 on, once per stage', async () => {
    const w = world();
    await answerAll(w, 'kommunledning');
    await run(w, { now: at.overdue1 });
    expect(w.poster.posts.filter((p) => p.card.kind === 'summary')).toHaveLength(0);
    await run(w, { now: at.overdue2 });
    await run(w, { now: at.overdue2 });
    const summaries = w.poster.posts.filter((p) => p.card.kind === 'summary');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.channel.target).toBe('workingGroup');
    expect(summaries[0]!.card).toMatchObject({
      stage: 'overdue-2',
      missing: ['social-omsorg', 'miljo-samhallsbyggnad'],
    });
  });

  it('reports a department without a channel in the result and the summary', async () => {
    const w = world({ unlinked: ['kommunledning'] });
    const result = await run(w, { now: at.opening });
    expect(result.unreachable).toEqual([
      {
        roundId: 'annual-2026',
        departmentId: 'kommunledning',
        departmentName: 'Kommunledningsförvaltningen',
        reason: 'noChannel',
      },
    ]);
    expect(result.complete).toBe(false);
    const summary = w.poster.posts.find((p) => p.card.kind === 'summary');
    expect(summary?.card).toMatchObject({ unreachable: ['kommunledning'] });
  });

  it('reports a missing working-group channel instead of skipping the summary', async () => {
    const w = world({ workingGroupLinked: false });
    const result = await run(w, { now: at.overdue2 });
    const summary = result.reminders.find((r) => r.key.departmentId === 'workingGroup');
    expect(summary).toMatchObject({ outcome: 'noChannel', targetName: 'Arbetsgruppen' });
  });

  it('changes nothing in a dry run and says what it would post', async () => {
    const w = world();
    const result = await run(w, { now: at.overdue2, dryRun: true });
    expect(w.poster.posts).toHaveLength(0);
    const stored = await w.reminders.listForRound('annual-2026');
    expect(stored.ok && stored.value).toEqual([]);
    expect(result.reminders.map((r) => r.outcome)).toEqual([
      'wouldPost',
      'wouldPost',
      'wouldPost',
      'wouldPost',
    ]);
  });

  it('posts nothing to a department that signed off its part of the round, at any stage', async () => {
    const w = world();
    await answerAll(w, 'social-omsorg');
    const signed = await w.plans.saveSignOff(
      {
        roundId: w.round.id,
        departmentId: 'kommunledning',
        state: 'signedOff',
        signedBy: { id: 'u1', name: 'Kim' },
        signedAt: '2027-01-07T10:00:00Z',
      },
      undefined,
    );
    if (!signed.ok) throw new Error(signed.error.message);
    await run(w, { now: at.opening });
    await run(w, { now: at.overdue1 });
    const keys = [...w.poster.countByKey().keys()].sort();
    expect(keys.filter((k) => k.includes('kommunledning'))).toEqual([]);
    expect(keys).toEqual(
      [
        'annual-2026|miljo-samhallsbyggnad|opening',
        'annual-2026|social-omsorg|opening',
        'annual-2026|miljo-samhallsbyggnad|overdue-1',
      ].sort(),
    );
  });

  it('reminds only the named department and posts no summary', async () => {
    const w = world();
    await run(w, { now: at.overdue2, department: 'kommunledningsförvaltningen' });
    expect(w.poster.posts.map((p) => p.key)).toEqual(['annual-2026|kommunledning|overdue-2']);
  });

  it('refuses an unknown department', async () => {
    const w = world();
    const result = await w.timer.drive(
      runReminders(w.deps(), { now: at.opening, department: 'Finns inte' }),
    );
    expect(!result.ok && result.error.reason).toBe('notFound');
  });

  it('posts nothing for a round that is not open or has closed', async () => {
    const planned = world();
    await planned.plans.saveRound(
      { ...planned.round, state: 'planned' },
      await roundVersion(planned),
    );
    const result = await run(planned, { now: at.opening });
    expect(planned.poster.posts).toHaveLength(0);
    expect(result.unopened).toEqual([
      { roundId: 'annual-2026', title: 'Årsuppföljning 2026', opensOn: '2027-01-08' },
    ]);
    const late = world();
    await run(late, { now: new Date('2027-03-31T08:30:00+02:00') });
    expect(late.poster.posts).toHaveLength(0);
  });
});

describe('runReminders with overlapping rounds', () => {
  it('runs each open round’s stages per department: the term round opens while the annual one is due', async () => {
    const w = world();
    const term = toFollowUpRound(termOfOfficeRound(2027), w.round.planId, 'open');
    expect((await w.plans.saveRound(term, undefined)).ok).toBe(true);
    await answerAll(w, 'kommunledning');
    const result = await run(w, { now: new Date('2027-03-01T08:30:00+01:00') });
    expect(result.unopened).toEqual([]);
    expect(result.rounds.map((r) => [r.roundId, r.stage])).toEqual([
      ['annual-2026', 'due'],
      ['termOfOffice-2027', 'opening'],
    ]);
    const keys = [...w.poster.countByKey().keys()];
    // The annual round's due stage goes to those still missing answers (not kommunledning) ...
    expect(keys.filter((k) => k.startsWith('annual-2026|')).sort()).toEqual([
      'annual-2026|miljo-samhallsbyggnad|due',
      'annual-2026|social-omsorg|due',
    ]);
    // ... and the term round opens for every department with activities in it.
    expect(keys.filter((k) => k.startsWith('termOfOffice-2027|'))).toHaveLength(8);
    expect(keys).toContain('termOfOffice-2027|social-omsorg|opening');
    expect(keys).toContain('termOfOffice-2027|kommunledning|opening');
    const again = await run(w, { now: new Date('2027-03-01T09:30:00+01:00') });
    expect(again.reminders.every((r) => r.outcome === 'alreadySent')).toBe(true);
  });

  it('says the term round should have opened when only the annual round is open', async () => {
    const w = world();
    const result = await run(w, { now: new Date('2027-03-01T08:30:00+01:00'), dryRun: true });
    expect(result.unopened).toEqual([
      {
        roundId: 'termOfOffice-2027',
        title: 'Mandatperiodsuppföljning 2027',
        opensOn: '2027-03-01',
      },
    ]);
  });
});

async function roundVersion(w: World): Promise<string> {
  const snapshot = await w.plans.loadPlan();
  const round = snapshot.ok ? snapshot.value.rounds.find((r) => r.id === w.round.id) : undefined;
  if (!round) throw new Error('no round');
  return round.version;
}
