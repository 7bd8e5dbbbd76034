import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkAllocation,
  fundsReports,
  fundsSummary,
  usedByActivity,
} from '../../src/domain/funds.js';
import type { Activity, FollowUp, FollowUpRound } from '../../src/domain/model.js';

const plan = { developmentFundsTkr: 500 };
const given = (id: string, allocatedTkr?: number) => ({
  id,
  ...(allocatedTkr === undefined ? {} : { allocatedTkr }),
});

describe('checkAllocation', () => {
  it('lets allocations in up to the plan funds and says what is left beyond', () => {
    const stored = [given('a', 200), given('b', 180), given('c')];
    expect(checkAllocation(plan, stored, given('c', 120))).toEqual({ ok: true });
    expect(checkAllocation(plan, stored, given('c', 120.001))).toEqual({
      ok: false,
      message: 'Det finns 120 tkr kvar att fördela av planens 500 tkr.',
      messageEn: '120 tkr of the plan\u2019s 500 tkr is left to allocate.'.replace('\u2019', "'"),
    });
  });

  it('never lets the sum of allocations past the funds, whatever the amounts', () => {
    const amounts = fc.array(fc.integer({ min: 0, max: 400_000 }), { maxLength: 8 });
    fc.assert(
      fc.property(amounts, (kronor) => {
        const stored: { id: string; allocatedTkr?: number }[] = [];
        kronor.forEach((kr, i) => {
          const wanted = given(`a${i}`, kr / 1000);
          if (checkAllocation(plan, stored, wanted).ok) stored.push(wanted);
        });
        const total = stored.reduce((sum, a) => sum + Math.round((a.allocatedTkr ?? 0) * 1000), 0);
        expect(total).toBeLessThanOrEqual(500_000);
      }),
    );
  });

  it('lets an allocation be kept or lowered when the funds were cut below what was given', () => {
    const stored = [given('a', 400), given('b', 300)];
    expect(checkAllocation(plan, stored, given('b', 300)).ok).toBe(true);
    expect(checkAllocation(plan, stored, given('b', 250)).ok).toBe(true);
    expect(checkAllocation(plan, stored, given('b', 301))).toMatchObject({
      message: 'Det finns 0 tkr kvar att fördela av planens 500 tkr.',
    });
  });

  it('refuses an allocation in a plan without funds', () => {
    expect(checkAllocation({}, [], given('a', 1))).toMatchObject({
      message: 'Planen har inga utvecklingsmedel att fördela.',
    });
  });
});

describe('fundsSummary', () => {
  const activity = (id: string, department: string, allocatedTkr?: number) =>
    ({
      id,
      responsibleDepartmentId: department,
      ...(allocatedTkr === undefined ? {} : { allocatedTkr }),
    }) as Activity;
  const round = (id: string, kind: FollowUpRound['kind']) => ({ id, kind }) as FollowUpRound;
  const used = (roundId: string, activityId: string, fundsUsedTkr: number) =>
    ({ roundId, activityId, fundsUsedTkr }) as FollowUp;

  it('adds annual and extra rounds per department, not the term round, and flags overspending', () => {
    const summary = fundsSummary(
      plan,
      [activity('a', 'social', 200), activity('b', 'kultur', 50), activity('c', 'kultur')],
      [round('y1', 'annual'), round('y2', 'annual'), round('t', 'termOfOffice')],
      [used('y1', 'a', 80), used('y2', 'a', 40.5), used('t', 'a', 120), used('y1', 'b', 60)],
    );
    expect(summary).toMatchObject({
      allocatedTkr: 250,
      usedTkr: 180.5,
      remainingTkr: 69.5,
      fundsTkr: 500,
      unallocatedTkr: 250,
      overspent: ['b'],
    });
    expect(summary.byDepartment.get('kultur')).toEqual({
      allocatedTkr: 50,
      usedTkr: 60,
      remainingTkr: -10,
    });
  });

  it('counts every round of the plan: the answers read in full win over the funds-only read', () => {
    const rounds = [round('y1', 'annual'), round('y2', 'annual'), round('x', 'extra')];
    // y1 is older than the snapshot's answers: only the funds-only read knows it.
    const everyRound = [used('y1', 'a', 30), used('y2', 'a', 10), used('x', 'a', 5)];
    // The tab changed y2's amount after the read: its answer is the latest.
    const reports = fundsReports([used('y2', 'a', 25)], everyRound);
    expect(reports).toEqual(
      expect.arrayContaining([used('y1', 'a', 30), used('y2', 'a', 25), used('x', 'a', 5)]),
    );
    expect(reports).toHaveLength(3);
    expect(fundsSummary(plan, [activity('a', 'social', 100)], rounds, reports)).toMatchObject({
      usedTkr: 60,
      remainingTkr: 40,
    });
    // Without the funds-only read, only the rounds the answers hold count.
    expect(
      fundsSummary(plan, [activity('a', 'social', 100)], rounds, [used('y2', 'a', 25)]),
    ).toMatchObject({ usedTkr: 25 });
  });
});

describe('usedByActivity', () => {
  const round = (id: string, kind: FollowUpRound['kind'], periodEnd: string) =>
    ({ id, kind, periodEnd }) as FollowUpRound;
  const used = (roundId: string, fundsUsedTkr: number) =>
    ({ roundId, activityId: 'a', fundsUsedTkr }) as FollowUp;
  const rounds = [
    round('y1', 'annual', '2023-12-31'),
    round('x', 'extra', '2024-06-30'),
    round('y2', 'annual', '2024-12-31'),
    round('t', 'termOfOffice', '2026-12-31'),
  ];
  const reports = [used('y1', 10.001), used('x', 2), used('y2', 3), used('t', 100)];

  it('adds annual and extra rounds ending by the given round, never the term round', () => {
    expect(usedByActivity(rounds, reports, rounds[1])).toEqual(new Map([['a', 12.001]]));
    expect(usedByActivity(rounds, reports, rounds[3])).toEqual(new Map([['a', 15.001]]));
    expect(usedByActivity(rounds, reports)).toEqual(new Map([['a', 15.001]]));
    expect(usedByActivity(rounds, [used('t', 100)])).toEqual(new Map());
  });
});
