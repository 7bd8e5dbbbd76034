import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Versioned } from '../../../src/app/ports.js';
import type { FollowUpRound } from '../../../src/domain/model.js';
import { activityStatuses, rowStatuses } from '../../../src/tab/model/activity-status.js';
import {
  noFilters,
  overviewModel,
  type OverviewFilters,
} from '../../../src/tab/model/overview-model.js';
import { annualRound, followUp, snapshot } from '../support/fixture.js';

/** The 2026 round: only A1.3, A2.2 and A5.1 run into 2026; A2.2 has an answer. */
const round2026: Versioned<FollowUpRound> = {
  ...annualRound,
  id: 'R-2026',
  title: 'Årsuppföljning 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  opensOn: '2027-01-08',
  dueOn: '2027-02-26',
  closesOn: '2027-03-31',
  state: 'open',
};
const plan = snapshot({
  rounds: [{ ...annualRound, state: 'closed' }, round2026],
  followUps: [followUp('A1.1'), followUp('A2.2', { roundId: round2026.id, status: 'done' })],
});
const ids = (rows: readonly { activity: { id: string } }[]) => rows.map((r) => r.activity.id);
const sum = (groups: readonly { counts: { total: number } }[]) =>
  groups.reduce((n, g) => n + g.counts.total, 0);

describe('overviewModel', () => {
  it('lists only the chosen round’s activities, and its charts count the same ones', () => {
    const model = overviewModel(plan, {
      ...noFilters,
      roundId: round2026.id,
      status: 'unanswered',
    });
    expect(ids(model.rows)).toEqual(['A1.3', 'A5.1']);
    expect(model.totals.unanswered).toBe(2);
    expect(sum(model.byArea)).toBe(2);
    expect(model.byDepartment.map((g) => [g.id, g.counts.unanswered])).toEqual([
      ['kommunledning', 1],
      ['miljo-samhallsbyggnad', 1],
    ]);
  });

  it('narrows the charts to the chosen department, co-responsible activities included', () => {
    const model = overviewModel(plan, { ...noFilters, departmentId: 'kultur-fritid' });
    expect(ids(model.rows)).toEqual(['A1.2', 'A1.3', 'A2.1', 'A5.3']);
    expect(model.byDepartment).toHaveLength(1);
    expect(model.byDepartment[0]).toMatchObject({ id: 'kultur-fritid', counts: { total: 4 } });
    expect(sum(model.byArea)).toBe(4);
  });

  it('shows no bars when nothing matches the search', () => {
    const model = overviewModel(plan, { ...noFilters, search: 'finns inte någonstans' });
    expect(model.rows).toEqual([]);
    expect(model.byArea).toEqual([]);
    expect(model.byDepartment).toEqual([]);
  });

  it('narrows to the activities serving a goal', () => {
    const served = {
      ...plan,
      activities: plan.activities.map((a) =>
        a.id === 'A1.2' || a.id === 'A3.1' ? { ...a, goalIds: ['delmal-6'] } : a,
      ),
    };
    const model = overviewModel(served, { ...noFilters, goalId: 'delmal-6' });
    expect(ids(model.rows)).toEqual(['A1.2', 'A3.1']);
  });

  it('finds an activity by a co-responsible department’s name', () => {
    const model = overviewModel(plan, { ...noFilters, search: 'leanlink' });
    expect(ids(model.rows)).toEqual(['A2.1', 'A3.2', 'A5.2']);
  });

  it('keeps charts and list in agreement for any filters', () => {
    const filters: fc.Arbitrary<OverviewFilters> = fc.record({
      search: fc.constantFrom('', 'rutin', 'hedersrelaterat', 'Leanlink', 'zzz'),
      departmentId: fc.constantFrom('', ...plan.departments.map((d) => d.id)),
      areaId: fc.constantFrom('', ...plan.areas.map((a) => a.id)),
      status: fc.constantFrom('' as const, ...rowStatuses),
      roundId: fc.constantFrom('', annualRound.id, round2026.id),
      goalId: fc.constantFrom('', ...plan.goals.map((g) => g.id)),
    });
    fc.assert(
      fc.property(filters, (f) => {
        const model = overviewModel(plan, f);
        expect(sum(model.byArea)).toBe(model.rows.length);
        expect(sum(model.byDepartment)).toBe(model.rows.length);
        expect(model.totals.total).toBe(model.rows.length);
        if (f.status) expect(model.rows.every((r) => r.status === f.status)).toBe(true);
      }),
    );
  });
});

describe('activityStatuses', () => {
  it('never calls an activity outside the round unanswered', () => {
    const statuses = activityStatuses(plan, round2026);
    expect(statuses.get('A1.3')).toBe('unanswered');
    expect(statuses.get('A2.2')).toBe('done');
    expect(statuses.get('A1.2')).toBe('ended');
    expect(statuses.get('A4.2')).toBe('ended');
  });

  it('calls an activity that starts after the round’s period not in the round', () => {
    const round2022 = {
      ...annualRound,
      id: 'R-2022',
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
    };
    expect(activityStatuses(plan, round2022).get('A5.3')).toBe('notInRound');
  });

  it('without a round: the latest answer, else measured against the open round', () => {
    const statuses = activityStatuses(plan);
    expect(statuses.get('A1.1')).toBe('onTrack');
    expect(statuses.get('A2.2')).toBe('done');
    expect(statuses.get('A1.3')).toBe('unanswered');
    expect(statuses.get('A3.1')).toBe('ended');
  });
});
