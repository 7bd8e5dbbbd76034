import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAllocation, fundsSummary } from '../../src/domain/funds.js';
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
});
