import type { PlanSnapshot, Versioned } from '../../../src/app/ports.js';
import type { FollowUp, FollowUpRound } from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';

export const annualRound: Versioned<FollowUpRound> = {
  id: 'R-2023',
  planId: seedPlan.plan.id,
  kind: 'annual',
  title: 'Årsuppföljning 2023',
  periodStart: '2023-01-01',
  periodEnd: '2023-12-31',
  opensOn: '2024-01-08',
  dueOn: '2024-02-29',
  closesOn: '2024-03-31',
  state: 'open',
  version: 'r1',
};

export function followUp(activityId: string, extra: Partial<FollowUp> = {}): Versioned<FollowUp> {
  const activity = seedPlan.activities.find((a) => a.id === activityId);
  if (!activity) throw new Error(`no activity ${activityId}`);
  return {
    roundId: annualRound.id,
    activityId,
    departmentId: activity.responsibleDepartmentId,
    status: 'onTrack',
    comment: 'Materialet används i alla skolor.',
    nextSteps: 'Utvärdera under våren.',
    answeredBy: { id: 'u-anna', name: 'Anna Andersson' },
    answeredAt: '2024-01-20T09:15:00+01:00',
    source: 'card',
    version: 'f1',
    ...extra,
  };
}

/** The seeded plan as loadPlan returns it, with one open round and two answers. */
export function snapshot(overrides: Partial<PlanSnapshot> = {}): PlanSnapshot {
  return {
    plan: seedPlan.plan,
    parentPlan: seedPlan.parentPlan,
    plans: [seedPlan.parentPlan!, seedPlan.plan].map((p) => ({ ...p, version: 'p1' })),
    goals: seedPlan.goals,
    areas: seedPlan.areas,
    departments: seedPlan.departments,
    activities: seedPlan.activities.map((a) => ({ ...a, version: 'v1' })),
    rounds: [annualRound],
    followUps: [
      followUp('A1.1'),
      followUp('A2.1', {
        status: 'delayed',
        comment: 'Försenat av tjänstledighet.',
        source: 'tab',
      }),
    ],
    channels: [
      {
        target: 'utbildning',
        teamId: 't1',
        channelId: 'c1',
        tenantId: 'x',
        serviceUrl: 'https://s',
      },
    ],
    ...overrides,
  };
}
