import { describe, expect, it } from 'vitest';
import type { ImportRow } from '../../src/app/import/columns.js';
import { runImport } from '../../src/app/import/run-import.js';
import { planItemId } from '../../src/domain/plans.js';
import type { Plan } from '../../src/domain/model.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { people, world, type World } from './support/world.js';

/**
 * Planera's use cases and the import on the chosen plan (in memory): a proposed new version is
 * workable, a replaced plan refuses, a second plan's rows are imported, and new items get ids no
 * other plan uses.
 */

const caller = people.anna;
const v1 = seedPlan.plan.id;
const decision = { adoptedBy: 'Kommunstyrelsen', adoptedOn: '2024-01-20', decision: '§ 3' };

async function versionOf(w: World, planId: string): Promise<string> {
  const loaded = await w.store.loadPlan({ planId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.plans.find((p) => p.id === planId)!.version;
}

/** The seeded plan adopted, with a proposed new version. */
async function revised(): Promise<{ w: World; v2: string }> {
  const w = world([]);
  const adopted = await w.useCases.adoptPlan({
    caller,
    planId: v1,
    expectedVersion: await versionOf(w, v1),
    decision,
  });
  if (!adopted.ok) throw new Error(adopted.error.message);
  const copy = await w.useCases.revisePlan({
    caller,
    planId: v1,
    expectedVersion: adopted.value.version,
  });
  if (!copy.ok) throw new Error(copy.error.message);
  return { w, v2: copy.value.id };
}

const row = (n: number, plan: string, area: string, title: string): ImportRow => ({
  row: n,
  cells: {
    plan,
    area,
    title,
    responsible: 'Utbildningsförvaltningen',
    start: '2027-01-01',
    end: '2027-12-31',
    financing: 'Befintlig budgetram',
  },
});

describe('Planera on the chosen plan', () => {
  it('creates areas and activities in a proposed new version, refused once it is replaced', async () => {
    const { w, v2 } = await revised();
    const area = await w.useCases.planWork.createArea({
      caller,
      planId: v2,
      area: { title: 'Versionens område' },
    });
    if (!area.ok) throw new Error(area.error.message);
    expect(area.value).toMatchObject({ planId: v2, id: expect.stringMatching(/^area-\d+-v2$/) });
    const activity = await w.useCases.planWork.createActivity({
      caller,
      planId: v2,
      activity: {
        areaId: area.value.id,
        title: 'Ny aktivitet i versionen',
        responsibleDepartmentId: 'utbildning',
        coResponsibleDepartmentIds: [],
        start: '2025-01-01',
        end: '2025-12-31',
        financing: 'ownBudget',
        goalIds: [],
      },
    });
    if (!activity.ok) throw new Error(activity.error.message);
    expect(activity.value.id).toMatch(/-v2$/);
    const inForce = await w.store.loadPlan();
    expect(inForce.ok && inForce.value.plan.id).toBe(v1);

    const adopted = await w.useCases.adoptPlan({
      caller,
      planId: v2,
      expectedVersion: await versionOf(w, v2),
      decision,
    });
    expect(adopted.ok).toBe(true);
    const late = await w.useCases.planWork.createArea({
      caller,
      planId: v1,
      area: { title: 'För sent' },
    });
    expect(late).toMatchObject({
      ok: false,
      error: { reason: 'conflict', message: expect.stringContaining('är ersatt') },
    });
    const others = await w.useCases.planWork.createArea({
      caller: people.cecilia,
      planId: v2,
      area: { title: 'Annat' },
    });
    expect(others).toMatchObject({ ok: false, error: { reason: 'forbidden' } });
  });

  it('merges a department in every plan not replaced, whichever plan is chosen', async () => {
    const w = world([]);
    const drog = await w.useCases.createPlan({
      caller,
      plan: { kind: 'activityPlan', title: 'Drogplan', goalIds: [] },
    });
    if (!drog.ok) throw new Error(drog.error.message);
    const planId = drog.value.id;
    const area = await w.useCases.planWork.createArea({ caller, planId, area: { title: 'Skola' } });
    if (!area.ok) throw new Error(area.error.message);
    const activity = await w.useCases.planWork.createActivity({
      caller,
      planId,
      activity: {
        areaId: area.value.id,
        title: 'Samtal i skolan',
        responsibleDepartmentId: 'leanlink',
        coResponsibleDepartmentIds: [],
        start: '2025-01-01',
        end: '2026-12-31',
        financing: 'ownBudget',
        goalIds: [],
      },
    });
    if (!activity.ok) throw new Error(activity.error.message);
    const loaded = await w.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const leanlink = loaded.value.departments.find((d) => d.id === 'leanlink')!;
    const merged = await w.useCases.planWork.mergeDepartment({
      caller,
      departmentId: 'leanlink',
      intoId: 'social-omsorg',
      expectedVersion: leanlink.version!,
    });
    if (!merged.ok) throw new Error(merged.error.message);
    expect(merged.value.moved.map((a) => a.id)).toContain(activity.value.id);
    const drogPlan = await w.store.loadPlan({ planId });
    expect(drogPlan.ok && drogPlan.value.activities[0]!.responsibleDepartmentId).toBe(
      'social-omsorg',
    );
  });

  it('gives a new plan item ids no other plan uses', () => {
    const seeded: Plan = { ...seedPlan.plan, status: 'adopted' };
    const drog: Plan = { ...seedPlan.plan, id: 'drogplan', title: 'Drogplan' };
    const drog2: Plan = { ...drog, id: 'drogplan-v2', previousVersionId: 'drogplan' };
    const plans = [seeded, drog, drog2];
    expect(planItemId(plans, seeded, ['area-1', 'A1.1'], 'area-5')).toBe('area-5');
    expect(planItemId(plans, drog, [], 'area-1')).toBe('drogplan-area-1');
    expect(planItemId(plans, drog, ['drogplan-area-1'], 'A1.1')).toBe('drogplan-A1.1');
    expect(planItemId(plans, drog2, ['drogplan-area-1-v2'], 'area-2')).toBe('drogplan-area-2-v2');
  });
});

describe('the import on the chosen plan', () => {
  it('imports a row for a second plan and refuses a row naming a replaced plan', async () => {
    const { w, v2 } = await revised();
    const drog = await w.useCases.createPlan({
      caller,
      plan: { kind: 'activityPlan', title: 'Drogplan', goalIds: [] },
    });
    if (!drog.ok) throw new Error(drog.error.message);
    const area = await w.useCases.planWork.createArea({
      caller,
      planId: drog.value.id,
      area: { title: 'Förebyggande' },
    });
    expect(area.ok).toBe(true);
    const v2Area = seedPlan.areas[0]!.title;
    const workbook = {
      rows: [
        row(2, 'Drogplan', 'Förebyggande', 'Samtal i skolan'),
        row(3, seedPlan.plan.title, v2Area, 'Till den nya versionen'),
      ],
      problems: [],
    };
    const outcome = await runImport(w.store, workbook, { planId: v2 });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(outcome.value).toMatchObject({ created: 2, refused: [] });
    const drogPlan = await w.store.loadPlan({ planId: drog.value.id });
    expect(drogPlan.ok && drogPlan.value.activities.map((a) => a.title)).toEqual([
      'Samtal i skolan',
    ]);
    const version = await w.store.loadPlan({ planId: v2 });
    expect(
      version.ok && version.value.activities.find((a) => a.title === 'Till den nya versionen'),
    ).toMatchObject({ planId: v2 });

    // Adopted and retitled, the new version leaves the old title to the replaced plan alone.
    const adopted = await w.useCases.adoptPlan({
      caller,
      planId: v2,
      expectedVersion: await versionOf(w, v2),
      decision,
    });
    if (!adopted.ok) throw new Error(adopted.error.message);
    const retitled = await w.useCases.updatePlan({
      caller,
      planId: v2,
      expectedVersion: adopted.value.version,
      plan: { title: 'Aktivitetsplan 2024', goalIds: adopted.value.goalIds },
    });
    expect(retitled.ok).toBe(true);
    const refused = await runImport(w.store, {
      rows: [row(2, seedPlan.plan.title, v2Area, 'För sent')],
      problems: [],
    });
    expect(refused.ok && refused.value.refused).toEqual([
      { row: 2, column: 'Plan', message: expect.stringMatching(/^Plan: planen ".+" är ersatt/) },
    ]);
  });
});
