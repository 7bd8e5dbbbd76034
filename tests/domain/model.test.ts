import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ActivitySchema,
  DepartmentSchema,
  FollowUpRoundSchema,
  FollowUpSchema,
  GoalSchema,
  PlanDataSchema,
  PlanSchema,
  ReminderStageSchema,
  activityTitleSv,
  statusCodes,
  statusLabelsSv,
  type PlanData,
} from '../../src/domain/model.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';

const activity = {
  id: 'A1',
  planId: 'p',
  areaId: 'area-1',
  title: 'Rutin för samverkan',
  responsibleDepartmentId: 'social-omsorg',
  coResponsibleDepartmentIds: ['utbildning'],
  start: '2023-01-01',
  end: '2023-12-31',
  financing: 'ownBudget',
};
const round = {
  id: 'annual-2023',
  planId: 'p',
  kind: 'annual',
  title: 'Årsuppföljning 2023',
  periodStart: '2023-01-01',
  periodEnd: '2023-12-31',
  opensOn: '2024-01-08',
  dueOn: '2024-02-29',
  closesOn: '2024-03-31',
  state: 'open',
};
const followUp = {
  roundId: 'annual-2023',
  activityId: 'A1',
  departmentId: 'social-omsorg',
  status: 'onTrack',
  answeredBy: { id: 'u1', name: 'Kontaktperson' },
  answeredAt: '2024-02-01T09:00:00+01:00',
  source: 'card',
};
const adoptedPlan = {
  id: 'h',
  kind: 'actionPlan',
  title: 'Handlingsplan',
  adoptedOn: '2018-06-01',
  status: 'adopted',
  goalIds: [],
};

function refuses(schema: { safeParse(v: unknown): { success: boolean } }, value: unknown) {
  expect(schema.safeParse(value).success).toBe(false);
}

describe('the plan model schemas', () => {
  it('accepts a well-formed activity and defaults it to a real (non-example) one', () => {
    const parsed = ActivitySchema.parse(activity);
    expect(parsed.example).toBe(false);
  });

  it('refuses activities with bad dates, titles, financing or departments', () => {
    refuses(ActivitySchema, { ...activity, end: '2022-12-31' });
    refuses(ActivitySchema, { ...activity, start: '2023-02-30' });
    refuses(ActivitySchema, { ...activity, title: '   ' });
    refuses(ActivitySchema, { ...activity, title: 'x'.repeat(256) });
    refuses(ActivitySchema, { ...activity, financing: 'grants' });
    refuses(ActivitySchema, { ...activity, coResponsibleDepartmentIds: ['social-omsorg'] });
    refuses(ActivitySchema, { ...activity, responsibleDepartmentId: '' });
  });

  it('accepts an activity exactly when it does not end before it starts', () => {
    const day = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (start, end) => {
        const ok = ActivitySchema.safeParse({ ...activity, start, end }).success;
        expect(ok).toBe(start <= end);
      }),
    );
  });

  it('refuses follow-ups with an unknown status, too long text, a time without offset or an unknown source', () => {
    expect(FollowUpSchema.parse(followUp).comment).toBe('');
    refuses(FollowUpSchema, { ...followUp, status: 'Genomförd' });
    refuses(FollowUpSchema, { ...followUp, comment: 'x'.repeat(1001) });
    refuses(FollowUpSchema, { ...followUp, nextSteps: 'x'.repeat(501) });
    refuses(FollowUpSchema, { ...followUp, answeredAt: '2024-02-01T09:00:00' });
    refuses(FollowUpSchema, { ...followUp, source: 'email' });
    refuses(FollowUpSchema, { ...followUp, answeredBy: { id: '', name: 'x' } });
  });

  it('refuses rounds whose dates are out of order or whose kind is unknown', () => {
    expect(FollowUpRoundSchema.safeParse(round).success).toBe(true);
    refuses(FollowUpRoundSchema, { ...round, dueOn: '2024-04-01' });
    refuses(FollowUpRoundSchema, { ...round, opensOn: '2024-03-01' });
    refuses(FollowUpRoundSchema, { ...round, periodEnd: '2022-12-31' });
    refuses(FollowUpRoundSchema, { ...round, kind: 'monthly' });
    refuses(FollowUpRoundSchema, { ...round, state: 'archived' });
  });

  it('refuses plans whose adoption does not match their status, or that complement themselves', () => {
    expect(PlanSchema.safeParse(adoptedPlan).success).toBe(true);
    refuses(PlanSchema, { ...adoptedPlan, adoptedOn: undefined });
    refuses(PlanSchema, { ...adoptedPlan, status: 'proposed' });
    refuses(PlanSchema, { ...adoptedPlan, parentPlanId: 'h' });
    refuses(PlanSchema, { ...adoptedPlan, kind: 'program' });
    refuses(PlanSchema, { ...adoptedPlan, adoptedOnPrecision: 'year' });
  });

  it('refuses goals of an unknown level and departments with an empty board', () => {
    refuses(GoalSchema, { id: 'g', level: 'global', title: 'Mål' });
    refuses(DepartmentSchema, { id: 'd', name: 'Förvaltningen', board: ' ' });
    expect(DepartmentSchema.parse({ id: 'd', name: 'Förvaltningen' }).coordinating).toBe(false);
  });

  it('accepts the reminder stages of the calendar and refuses anything else', () => {
    for (const stage of [
      'opening',
      'twoWeeks',
      'threeWorkingDays',
      'due',
      'overdue-1',
      'overdue-12',
    ]) {
      expect(ReminderStageSchema.safeParse(stage).success).toBe(true);
    }
    for (const stage of ['overdue-0', 'overdue-01', 'overdue-', 'later', 'Opening', 3]) {
      refuses(ReminderStageSchema, stage);
    }
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), (n) => {
        expect(ReminderStageSchema.safeParse(`overdue-${n}`).success).toBe(true);
      }),
    );
  });

  it('labels every status code in Swedish', () => {
    expect(statusCodes.map((s) => statusLabelsSv[s])).toEqual([
      'Genomförd',
      'Pågår enligt plan',
      'Försenad',
      'Ej påbörjad',
      'Utgår',
    ]);
  });

  it('marks example activities in their displayed title', () => {
    expect(activityTitleSv({ title: 'Rutin', example: true })).toBe('Rutin (exempel)');
    expect(activityTitleSv({ title: 'Rutin', example: false })).toBe('Rutin');
  });
});

describe('PlanDataSchema', () => {
  const valid = (): PlanData => structuredClone(seedPlan);
  const withRound = (): PlanData => {
    const data = valid();
    data.rounds.push(FollowUpRoundSchema.parse({ ...round, planId: data.plan.id }));
    return data;
  };
  const paths = (data: unknown) => {
    const result = PlanDataSchema.safeParse(data);
    return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
  };

  it('accepts the seeded plan with a round and an answer', () => {
    const data = withRound();
    data.followUps.push(FollowUpSchema.parse({ ...followUp, activityId: 'A1.1' }));
    expect(paths(data)).toEqual([]);
  });

  it('refuses dangling references to areas, departments and goals', () => {
    const data = valid();
    data.activities[0]!.areaId = 'area-9';
    data.activities[1]!.responsibleDepartmentId = 'brandforvaltningen';
    data.activities[2]!.coResponsibleDepartmentIds = ['social-omsorg', 'okand'];
    data.plan.goalIds.push('delmal-7');
    data.plan.coordinatingDepartmentId = 'okand';
    expect(paths(data).sort()).toEqual([
      'activities.0.areaId',
      'activities.1.responsibleDepartmentId',
      'activities.2.coResponsibleDepartmentIds.1',
      'plan.coordinatingDepartmentId',
      'plan.goalIds.5',
    ]);
  });

  it('refuses duplicate ids and a second answer for the same activity in a round', () => {
    const data = withRound();
    data.departments.push(structuredClone(data.departments[0]!));
    const answer = FollowUpSchema.parse({ ...followUp, activityId: 'A1.1' });
    data.followUps.push(answer, { ...answer, status: 'done' });
    expect(paths(data).sort()).toEqual(['departments.8', 'followUps.1']);
  });

  it('refuses answers to unknown rounds or activities and parts of another plan', () => {
    const data = valid();
    data.followUps.push(FollowUpSchema.parse({ ...followUp, activityId: 'A9.9' }));
    data.areas[0]!.planId = 'annan-plan';
    expect(paths(data).sort()).toEqual([
      'areas.0.planId',
      'followUps.0.activityId',
      'followUps.0.roundId',
    ]);
  });

  it('refuses a parent plan that does not match or is not an action plan', () => {
    const missing = valid();
    delete missing.parentPlan;
    expect(paths(missing)).toEqual(['parentPlan']);
    const wrongKind = valid();
    wrongKind.parentPlan!.kind = 'activityPlan';
    expect(paths(wrongKind)).toEqual(['parentPlan']);
  });
});
