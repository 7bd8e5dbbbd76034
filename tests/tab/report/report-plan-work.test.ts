import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../../src/tab/report/report-model.js';
import { annualRound, followUp, snapshot } from '../support/fixture.js';

const at = new Date('2024-02-01T10:00:00Z');

/** The report after plan work: goals, merged and renamed departments. */
describe('buildReportModel after plan work', () => {
  const plan = snapshot();
  const withGoals = snapshot({
    activities: plan.activities.map((a) =>
      a.id === 'A1.1' ? { ...a, goalIds: ['delmal-6', 'ostergotland-fritt-fran-vald'] } : a,
    ),
  });

  it('groups by goal (an activity under each goal it serves) and filters to one goal', () => {
    const byGoal = buildReportModel(withGoals, annualRound, 'sv', at, {
      groupBy: 'goal',
      noGoalTitle: 'Utan mål',
    });
    const titles = byGoal.sections.map((s) => s.areaTitle);
    expect(titles).toEqual([
      'Jämställdhetspolitiskt delmål 6',
      'Ett Östergötland fritt från våld och förtryck',
      'Utan mål',
    ]);
    expect(byGoal.sections[0]!.rows.map((r) => r.activityId)).toEqual(['A1.1']);
    const one = buildReportModel(withGoals, annualRound, 'sv', at, { goalId: 'delmal-6' });
    expect(one.sections.flatMap((s) => s.rows).map((r) => r.activityId)).toEqual(['A1.1']);
  });

  it('shows a renamed department by its name of the round, and an answer with who gave it', () => {
    const renamed = snapshot({
      departments: plan.departments.map((d) =>
        d.id === 'utbildning'
          ? {
              ...d,
              name: 'Bildningsförvaltningen',
              formerNames: [{ name: d.name, until: '2024-06-01' }],
            }
          : d,
      ),
      activities: plan.activities.map((a) =>
        a.id === 'A1.1' ? { ...a, responsibleDepartmentId: 'social-omsorg' } : a,
      ),
      followUps: [followUp('A1.1', { departmentId: 'utbildning' })],
    });
    const rows = buildReportModel(renamed, annualRound, 'sv', at).sections.flatMap((s) => s.rows);
    expect(rows.find((r) => r.activityId === 'A1.1')?.responsible).toBe('Utbildningsförvaltningen');
  });
});
