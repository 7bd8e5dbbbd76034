import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  annualRound,
  termOfOfficeRound,
  toFollowUpRound,
} from '../../../src/domain/calendar/rounds.js';
import { defaultCalendarSettings } from '../../../src/domain/calendar/settings.js';
import type { Activity, FollowUp, FollowUpRound } from '../../../src/domain/model.js';
import type { PlanSnapshot } from '../../../src/app/ports.js';
import { planRun } from '../../../src/app/reminders/plan-run.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { channelFor } from './fakes.js';

/** Every round held 2026–2031: Årsuppföljning 2025–2030 and Mandatperiodsuppföljning 2027, 2031. */
const calendar = [
  ...[2025, 2026, 2027, 2028, 2029, 2030].map((y) => annualRound(y)),
  termOfOfficeRound(2027),
  termOfOfficeRound(2031),
];

const activity = (id: string, departmentId: string): Activity & { version: string } => ({
  id,
  planId: seedPlan.plan.id,
  areaId: 'area-1',
  title: `Aktivitet ${id}`,
  responsibleDepartmentId: departmentId,
  coResponsibleDepartmentIds: [],
  start: '2020-01-01',
  end: '2035-12-31',
  financing: 'ownBudget',
  example: true,
  version: '1',
});

/** Two departments: `svarat` answered everything in every round, `saknas` nothing. */
function snapshot(rounds: readonly FollowUpRound[]): PlanSnapshot {
  const answer = (roundId: string): FollowUp & { version: string } => ({
    roundId,
    activityId: 'a-svarat',
    departmentId: 'svarat',
    status: 'onTrack',
    comment: '',
    nextSteps: '',
    answeredBy: { id: 'u', name: 'U' },
    answeredAt: '2020-01-01T00:00:00Z',
    source: 'tab',
    version: '1',
  });
  return {
    plan: seedPlan.plan,
    plans: [{ ...seedPlan.plan, version: '1' }],
    goals: [],
    areas: seedPlan.areas,
    departments: [
      { id: 'svarat', name: 'Svarat', coordinating: false },
      { id: 'saknas', name: 'Saknas', coordinating: false },
    ],
    activities: [activity('a-svarat', 'svarat'), activity('a-saknas', 'saknas')],
    rounds: rounds.map((r) => ({ ...r, version: '1' })),
    followUps: rounds.map((r) => answer(r.id)),
    channels: [channelFor('svarat'), channelFor('saknas')],
  };
}

const openRounds = calendar.map((r) => toFollowUpRound(r, seedPlan.plan.id, 'open'));
const all = snapshot(openRounds);

function expectedStage(roundId: string, now: Date) {
  const round = calendar.find((r) => r.id === roundId)!;
  const local = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
  if (local >= round.closesOn) return 'closed';
  const due = round.reminders.filter((s) => new Date(s.at).getTime() <= now.getTime());
  return due.at(-1)?.stage ?? 'quiet';
}

describe('planRun: which stage is due', () => {
  it('picks the latest stage whose moment has come, for every round of 2026–2031', () => {
    const from = Date.parse('2026-01-01T00:00:00Z');
    const to = Date.parse('2031-12-31T23:59:59Z');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), (ms) => {
        const now = new Date(ms);
        const plan = planRun(all, now, defaultCalendarSettings);
        for (const round of calendar) {
          const due = plan.rounds.find((r) => r.round.id === round.id);
          const quiet = plan.quiet.some((r) => r.id === round.id);
          const got = due ? due.stage.stage : quiet ? 'quiet' : 'closed';
          expect(got).toBe(expectedStage(round.id, now));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('switches stage exactly at 08:30 Stockholm time, in winter and in summer', () => {
    const stageAt = (iso: string, id: string) =>
      planRun(all, new Date(iso), defaultCalendarSettings).rounds.find((r) => r.round.id === id)
        ?.stage.stage;
    expect(stageAt('2027-02-23T08:29:59+01:00', 'annual-2026')).toBe('twoWeeks');
    expect(stageAt('2027-02-23T08:30:00+01:00', 'annual-2026')).toBe('threeWorkingDays');
    expect(stageAt('2027-02-26T07:30:00Z', 'annual-2026')).toBe('due');
    expect(stageAt('2027-03-12T08:30:00+01:00', 'annual-2026')).toBe('overdue-2');
    expect(stageAt('2027-05-26T06:29:59Z', 'termOfOffice-2027')).toBe('twoWeeks');
    expect(stageAt('2027-05-26T06:30:00Z', 'termOfOffice-2027')).toBe('threeWorkingDays');
    expect(stageAt('2027-06-28T08:30:00+02:00', 'termOfOffice-2027')).toBe('overdue-4');
    expect(stageAt('2027-06-30T08:30:00+02:00', 'termOfOffice-2027')).toBeUndefined();
  });

  it('sends the opening to every department and later stages only to those missing answers', () => {
    fc.assert(
      fc.property(fc.constantFrom(...calendar), fc.nat(), (round, pick) => {
        const stage = round.reminders[pick % round.reminders.length]!;
        const plan = planRun(all, new Date(stage.at), defaultCalendarSettings);
        const tasks = plan.rounds.find((r) => r.round.id === round.id)!.tasks;
        const ids = tasks.map((t) => t.department.id).sort();
        expect(ids).toEqual(stage.stage === 'opening' ? ['saknas', 'svarat'] : ['saknas']);
      }),
      { numRuns: 300 },
    );
  });

  it('reminds nobody for rounds that are planned or closed, and names the unopened ones', () => {
    const now = new Date('2027-03-15T09:00:00+01:00');
    const rounds = calendar.map((r) =>
      toFollowUpRound(r, seedPlan.plan.id, r.id === 'annual-2026' ? 'closed' : 'planned'),
    );
    const plan = planRun(snapshot(rounds), now, defaultCalendarSettings);
    expect(plan.rounds).toEqual([]);
    expect(plan.unopened.map((u) => u.roundId)).toEqual(['termOfOffice-2027']);
  });

  it('marks escalation from overdue-2 on', () => {
    const round = calendar.find((r) => r.id === 'annual-2026')!;
    const escalates = round.reminders.map((s) => [
      s.stage,
      planRun(all, new Date(s.at), defaultCalendarSettings).rounds.find(
        (r) => r.round.id === round.id,
      )!.escalates,
    ]);
    expect(escalates).toEqual([
      ['opening', false],
      ['twoWeeks', false],
      ['threeWorkingDays', false],
      ['due', false],
      ['overdue-1', false],
      ['overdue-2', true],
      ['overdue-3', true],
      ['overdue-4', true],
    ]);
  });

  it('leaves out departments with no channel link as tasks without a channel', () => {
    const plan = planRun(
      { ...all, channels: [channelFor('svarat')] },
      new Date('2027-01-08T08:30:00+01:00'),
      defaultCalendarSettings,
    );
    const tasks = plan.rounds.find((r) => r.round.id === 'annual-2026')!.tasks;
    expect(tasks.map((t) => [t.department.id, t.channel?.target])).toEqual([
      ['svarat', 'svarat'],
      ['saknas', undefined],
    ]);
  });
});

describe('planRun: ended departments', () => {
  it('reminds an ended (merged) department no more, and still one that ends later', () => {
    const round = calendar.find((r) => r.id === 'annual-2026')!;
    const at = new Date(round.reminders[0]!.at);
    const ended = (endedOn: string): PlanSnapshot => ({
      ...all,
      departments: all.departments.map((d) => (d.id === 'saknas' ? { ...d, endedOn } : d)),
    });
    const tasksOn = (s: PlanSnapshot) =>
      planRun(s, at, defaultCalendarSettings)
        .rounds.find((r) => r.round.id === round.id)!
        .tasks.map((t) => t.department.id);
    expect(tasksOn(all)).toContain('saknas');
    expect(tasksOn(ended('2026-12-31'))).not.toContain('saknas');
    expect(tasksOn(ended('2099-01-01'))).toContain('saknas');
  });
});
