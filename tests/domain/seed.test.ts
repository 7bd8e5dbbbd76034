import { describe, expect, it } from 'vitest';
import { PlanDataSchema } from '../../src/domain/model.js';
import { findPersonalData } from '../../src/domain/personal-data.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';

const { plan, parentPlan, goals, areas, departments, activities } = seedPlan;
const departmentById = new Map(departments.map((d) => [d.id, d]));

describe('the seeded plan', () => {
  it('is the proposed activity plan, to be adopted by kommunstyrelsen, with 500 tkr development funds', () => {
    expect(plan).toMatchObject({
      kind: 'activityPlan',
      title: 'Aktivitetsplan hedersrelaterat våld och förtryck',
      status: 'proposed',
      proposedOn: '2022-05-11',
      adoptedBy: 'Kommunstyrelsen',
      coordinatingDepartmentId: 'social-omsorg',
      developmentFundsTkr: 500,
      parentPlanId: parentPlan?.id,
    });
    expect(plan.adoptedOn).toBeUndefined();
  });

  it('complements the action plan kommunstyrelsen adopted in June 2018', () => {
    expect(parentPlan).toMatchObject({
      kind: 'actionPlan',
      title: 'Hot & våld i nära relationer & hedersrelaterat våld och förtryck',
      status: 'adopted',
      adoptedBy: 'Kommunstyrelsen',
      adoptedOn: '2018-06-01',
      adoptedOnPrecision: 'month',
    });
  });

  it('links the national, regional and municipal goals the document names', () => {
    expect(goals.map((g) => [g.level, g.title])).toEqual([
      ['national', 'Jämställdhetspolitiskt delmål 6'],
      ['regional', 'Ett Östergötland fritt från våld och förtryck'],
      ['municipal', 'Målområde Samhälle'],
      ['municipal', 'Målområde Medborgare'],
      ['municipal', 'Målområde Medarbetare'],
    ]);
    expect(plan.goalIds).toEqual(goals.map((g) => g.id));
  });

  it('has the five development areas in the document order', () => {
    expect(areas.map((a) => [a.id, a.order, a.title])).toEqual([
      ['area-1', 1, 'Hälsofrämjande och förebyggande arbete'],
      ['area-2', 2, 'Samverkan och samordning'],
      ['area-3', 3, 'Tidig upptäckt av våldsutsatthet och individanpassat stöd och skydd'],
      ['area-4', 4, 'Tidig upptäckt och arbete med våldsutövare'],
      ['area-5', 5, 'Kunskap och kompetens'],
    ]);
  });

  it('names the departments, with the boards the document names and one coordinating department', () => {
    expect(departments.map((d) => [d.name, d.board ?? null, d.coordinating])).toEqual([
      ['Social- och omsorgsförvaltningen', 'Social- och omsorgsnämnden', true],
      ['Integrations- och arbetsmarknadsförvaltningen', null, false],
      ['Kommunledningsförvaltningen', 'Kommunstyrelsen', false],
      ['Kultur- och fritidsförvaltningen', 'Kultur- och fritidsnämnden', false],
      ['Leanlink', null, false],
      ['Miljö- och samhällsbyggnadsförvaltningen', null, false],
      ['Verksamhetsstöd och service', null, false],
      ['Utbildningsförvaltningen', 'Barn- och ungdomsnämnden och bildningsnämnden', false],
    ]);
  });

  it('has two or three example activities per area, each with a responsible department', () => {
    for (const area of areas) {
      const inArea = activities.filter((a) => a.areaId === area.id);
      expect(inArea.length).toBeGreaterThanOrEqual(2);
      expect(inArea.length).toBeLessThanOrEqual(3);
    }
    expect(activities.every((a) => a.example)).toBe(true);
    const responsible = new Set(activities.map((a) => a.responsibleDepartmentId));
    expect([...departmentById.keys()].filter((id) => !responsible.has(id))).toEqual([]);
  });

  it('uses readable ASCII ids', () => {
    const ids = [plan, parentPlan!, ...goals, ...areas, ...departments, ...activities].map(
      (x) => x.id,
    );
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9.-]*$/);
    expect(activities.map((a) => a.id)).toContain('A1.1');
  });

  it('stores no rounds or follow-ups (the calendar derives rounds)', () => {
    expect(seedPlan.rounds).toEqual([]);
    expect(seedPlan.followUps).toEqual([]);
  });

  it('holds no text the personal-data guard would refuse', () => {
    const texts = [plan, parentPlan!, ...goals, ...areas, ...activities].flatMap((x) => [
      x.title,
      x.description ?? '',
      'expectedOutcome' in x ? (x.expectedOutcome ?? '') : '',
    ]);
    expect(texts.filter((t) => findPersonalData(t).length > 0)).toEqual([]);
  });

  it('survives a JSON round trip through the schema unchanged', () => {
    const reparsed = PlanDataSchema.parse(JSON.parse(JSON.stringify(seedPlan)));
    expect(reparsed).toEqual(seedPlan);
  });
});
