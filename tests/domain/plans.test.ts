import { describe, expect, it } from 'vitest';
import { choosePlan } from '../../src/app/store-rules.js';
import type { Plan } from '../../src/domain/model.js';
import {
  adopted,
  alsoPlansProblem,
  isReadOnly,
  newVersion,
  planIdFor,
  plansInForce,
  sameDecision,
  versionNumber,
  versionedId,
} from '../../src/domain/plans.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';

const plan = seedPlan.plan;
const parent = seedPlan.parentPlan!;
const decision = { adoptedBy: 'Kommunstyrelsen', adoptedOn: '2022-06-15', decision: '§ 12' };

describe('plan lifecycle rules', () => {
  it('adopts with the decision recorded and recognises the same adoption again', () => {
    const done = adopted(plan, decision);
    expect(done).toMatchObject({ status: 'adopted', ...decision });
    expect(done.adoptedOnPrecision).toBeUndefined();
    expect(sameDecision(done, decision)).toBe(true);
    expect(sameDecision(done, { ...decision, decision: '§ 13' })).toBe(false);
    expect(sameDecision(plan, decision)).toBe(false);
  });

  it('makes only a replaced plan read-only', () => {
    expect(isReadOnly({ status: 'replaced' })).toBe(true);
    expect(isReadOnly({ status: 'adopted' })).toBe(false);
    expect(isReadOnly({ status: 'proposed' })).toBe(false);
  });

  it('copies areas and the activities not ended into a proposed new version', () => {
    const current = adopted(plan, decision);
    const [first, second, ...rest] = seedPlan.activities;
    const ended = {
      ...first!,
      ended: { as: 'completed' as const, on: '2024-01-01', reason: 'Klar' },
    };
    const endedArea = { ...seedPlan.areas[4]!, endedOn: '2024-01-01' };
    const areas = [...seedPlan.areas.slice(0, 4), endedArea];
    const activities = [ended, second!, ...rest];
    const copy = newVersion([current, parent], current, areas, activities);
    expect(copy.plan).toMatchObject({
      id: `${plan.id}-v2`,
      status: 'proposed',
      previousVersionId: plan.id,
      goalIds: plan.goalIds,
    });
    expect(copy.plan.adoptedOn).toBeUndefined();
    expect(copy.plan.decision).toBeUndefined();
    expect(copy.activities.map((a) => a.id)).toEqual(activities.slice(1).map((a) => `${a.id}-v2`));
    expect(copy.activities.every((a) => a.planId === copy.plan.id)).toBe(true);
    const areaIds = new Set(copy.areas.map((a) => a.id));
    expect(copy.activities.every((a) => areaIds.has(a.areaId))).toBe(true);
    const usesEnded = activities.slice(1).some((a) => a.areaId === endedArea.id);
    expect(areaIds.has(`${endedArea.id}-v2`)).toBe(usesEnded);
    expect(copy.areas.every((a) => a.endedOn === undefined)).toBe(true);
  });

  it('copies the indicators in force and leaves the ended ones with the old version', () => {
    const current = adopted(plan, decision);
    const measure = { unit: 'count' as const, better: 'higher' as const };
    const [first, second, ...rest] = seedPlan.activities;
    const measured = {
      ...first!,
      indicators: [
        { ...measure, id: 'kvar', name: 'Utbildade' },
        { ...measure, id: 'slut', name: 'Möten', endedOn: '2026-06-30' },
      ],
      allocatedTkr: 40,
    };
    const allEnded = {
      ...second!,
      indicators: [{ ...measure, id: 'slut', name: 'Möten', endedOn: '2026-06-30' }],
    };
    const copy = newVersion([current, parent], current, seedPlan.areas, [
      measured,
      allEnded,
      ...rest,
    ]);
    const [a, b] = copy.activities;
    expect(a!.indicators?.map((i) => i.id)).toEqual(['kvar']);
    expect(a!.allocatedTkr).toBe(40);
    expect(b!.indicators).toBeUndefined();
  });

  it('numbers versions along the chain and never grows ids past the limit', () => {
    const v2 = { ...plan, id: `${plan.id}-v2`, previousVersionId: plan.id };
    const v3 = { ...plan, id: `${plan.id}-v3`, previousVersionId: v2.id };
    expect(versionNumber([plan, v2, v3], v3)).toBe(3);
    expect(versionNumber([plan], plan)).toBe(1);
    expect(versionedId('A1.1-v2', 3)).toBe('A1.1-v3');
    expect(versionedId('x'.repeat(100), 12).length).toBeLessThanOrEqual(100);
  });

  it('keeps replaced plans and pending versions out of the default choice', () => {
    const old = { ...adopted(plan, decision) };
    const pending: Plan = { ...plan, id: `${plan.id}-v2`, previousVersionId: plan.id };
    expect(plansInForce([parent, old, pending]).map((p) => p.id)).toEqual([parent.id, plan.id]);
    expect(choosePlan([parent, old, pending], undefined)?.id).toBe(plan.id);
    const replaced = { ...old, status: 'replaced' as const };
    const inForce = adopted(pending, decision);
    expect(choosePlan([parent, replaced, inForce], undefined)?.id).toBe(pending.id);
    expect(choosePlan([parent, replaced, inForce], plan.id)?.id).toBe(plan.id);
  });

  it('lets a round cover the parent plan only', () => {
    expect(alsoPlansProblem(plan, [parent.id])).toBeUndefined();
    expect(alsoPlansProblem(plan, [])).toBeUndefined();
    expect(alsoPlansProblem(plan, ['annan-plan'])).toMatch(/den plan den kompletterar/);
    expect(alsoPlansProblem(parent, [plan.id])).toBeDefined();
  });

  it('makes plan ids from titles, unique among those taken', () => {
    expect(planIdFor('Handlingsplan mot våld 2027', new Set())).toBe('handlingsplan-mot-vald-2027');
    expect(planIdFor('Åtgärder', new Set(['atgarder']))).toBe('atgarder-2');
    expect(planIdFor('§§', new Set())).toBe('plan');
  });
});
