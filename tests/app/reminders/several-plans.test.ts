import { describe, expect, it } from 'vitest';
import { runReminders } from '../../../src/app/use-cases/run-reminders.js';
import { annualRound, toFollowUpRound } from '../../../src/domain/calendar/rounds.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { world } from './fakes.js';

const opening = new Date('2027-01-08T08:30:00+01:00');

describe('runReminders with several plans', () => {
  it('reminds about every plan in force’s open rounds, not those of a replaced plan', async () => {
    const w = world();
    const add = async (id: string, status: 'adopted' | 'replaced') => {
      const plan = {
        id,
        kind: 'actionPlan' as const,
        title: id,
        status,
        adoptedOn: '2026-01-01',
        goalIds: [],
      };
      expect((await w.plans.savePlan(plan, undefined)).ok).toBe(true);
      const area = { id: `${id}-area`, planId: id, order: 0, title: 'Område' };
      const activity = {
        ...seedPlan.activities.find((a) => a.responsibleDepartmentId === 'leanlink')!,
        start: '2026-01-01',
        end: '2026-12-31',
        id: `${id}-a1`,
        planId: id,
        areaId: area.id,
      };
      expect((await w.plans.createPlanItems({ areas: [area], activities: [activity] })).ok).toBe(
        true,
      );
      const round = { ...toFollowUpRound(annualRound(2026), id, 'open'), id: `${id}-annual-2026` };
      expect((await w.plans.saveRound(round, undefined)).ok).toBe(true);
    };
    await add('drogplan', 'adopted');
    await add('gammal-plan', 'replaced');
    const result = await w.timer.drive(runReminders(w.deps(), { now: opening }));
    if (!result.ok) throw new Error(result.error.message);
    const keys = [...w.poster.countByKey().keys()];
    expect(keys).toContain('drogplan-annual-2026|leanlink|opening');
    expect(keys.some((k) => k.startsWith('annual-2026|'))).toBe(true);
    expect(keys.some((k) => k.startsWith('gammal-plan'))).toBe(false);
    expect(result.value.rounds.map((r) => r.roundId)).toEqual(
      expect.arrayContaining(['annual-2026', 'drogplan-annual-2026']),
    );
  });
});
