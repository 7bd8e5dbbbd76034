import { afterEach, describe, expect, it } from 'vitest';
import { newVersion } from '../../../src/domain/plans.js';
import type { Plan } from '../../../src/domain/model.js';
import { contractData } from '../fixtures/plan-data.js';
import type { StoreFactory } from './plan-store.contract.js';

type Opened = Awaited<ReturnType<StoreFactory>>;

const withoutVersion = <T extends { version: string }>({ version: _v, ...rest }: T) => rest;

/** Several plans side by side, plan versions and a round covering the parent plan, on any store. */
export function plansContract(name: string, factory: StoreFactory): void {
  describe(`${name}: several plans`, () => {
    let current: Opened | undefined;
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    it('saves plans with versions, copies a plan into a new version once, and loads each plan apart', async () => {
      current = await factory(contractData());
      const { store } = current;
      const first = await store.loadPlan();
      if (!first.ok) throw new Error(first.error.message);
      const data = contractData();
      expect(first.value.plans.map(withoutVersion)).toEqual(
        expect.arrayContaining([data.plan, data.parentPlan]),
      );
      const adopted = first.value.plans.find((p) => p.id === data.plan.id)!;
      const { version, ...plan } = adopted;
      const saved = await store.savePlan(
        { ...plan, status: 'adopted', adoptedOn: '2022-06-01', decision: '§ 12' },
        version,
      );
      if (!saved.ok) throw new Error(saved.error.message);
      const stale = await store.savePlan({ ...plan, title: 'Gammal' }, version);
      expect(stale).toMatchObject({ ok: false, error: { reason: 'conflict' } });
      const copy = newVersion(
        first.value.plans,
        withoutVersion(saved.value),
        first.value.areas,
        first.value.activities.map(withoutVersion),
      );
      const created = await store.savePlan(copy.plan, undefined);
      if (!created.ok) throw new Error(created.error.message);
      const items = { areas: copy.areas, activities: copy.activities };
      expect(await store.createPlanItems(items)).toEqual({
        ok: true,
        value: { created: copy.areas.length + copy.activities.length },
      });
      expect(await store.createPlanItems(items)).toEqual({ ok: true, value: { created: 0 } });
      const revised = await store.loadPlan({ planId: copy.plan.id });
      if (!revised.ok) throw new Error(revised.error.message);
      expect(revised.value.plan).toEqual(copy.plan);
      expect(revised.value.rounds).toEqual([]);
      expect(
        revised.value.activities.map(withoutVersion).sort((a, b) => a.id.localeCompare(b.id)),
      ).toEqual([...copy.activities].sort((a, b) => a.id.localeCompare(b.id)));
      // The proposal is worked on before it is adopted (Planera on the chosen plan).
      const area = { id: 'area-9-v2', planId: copy.plan.id, order: 9, title: 'Versionens område' };
      expect(await store.saveArea(area, undefined)).toMatchObject({ ok: true });
      const added = {
        ...copy.activities[0]!,
        id: 'A9.1-v2',
        areaId: area.id,
        title: 'Versionens aktivitet',
      };
      expect(await store.saveActivity(added, undefined)).toMatchObject({ ok: true });
      const worked = await store.loadPlan({ planId: copy.plan.id });
      expect(worked.ok && worked.value.activities.find((a) => a.id === 'A9.1-v2')?.areaId).toBe(
        area.id,
      );
      const original = await store.loadPlan({ planId: data.plan.id });
      if (!original.ok) throw new Error(original.error.message);
      expect(original.value.activities.map((a) => a.id).sort()).toEqual(
        data.activities.map((a) => a.id).sort(),
      );
      expect(original.value.rounds.length).toBe(data.rounds.length);
      expect(await store.loadPlan({ planId: 'finns-inte' })).toMatchObject({
        ok: false,
        error: { reason: 'notFound' },
      });
    });

    it('gives a plan whose round also covers the parent plan the parent plan’s activities too', async () => {
      const data = contractData();
      const parent = data.parentPlan!;
      const parentArea = {
        id: 'H1',
        planId: parent.id,
        order: 0,
        title: 'Handlingsplanens område',
      };
      const parentActivity = {
        ...data.activities[0]!,
        id: 'H1.1',
        planId: parent.id,
        areaId: 'H1',
        title: 'Handlingsplanens aktivitet',
      };
      current = await factory(data);
      const term = data.rounds.find((r) => r.kind === 'termOfOffice')!;
      const added = await current.store.createPlanItems({
        areas: [parentArea],
        activities: [parentActivity],
      });
      expect(added).toEqual({ ok: true, value: { created: 2 } });
      const before = await current.store.loadPlan({ planId: data.plan.id });
      if (!before.ok) throw new Error(before.error.message);
      expect(before.value.activities.map((a) => a.id)).not.toContain('H1.1');
      const stored = before.value.rounds.find((r) => r.id === term.id)!;
      const covered = await current.store.saveRound(
        { ...term, alsoPlanIds: [parent.id] },
        stored.version,
      );
      if (!covered.ok) throw new Error(covered.error.message);
      const loaded = await current.store.loadPlan({ planId: data.plan.id });
      if (!loaded.ok) throw new Error(loaded.error.message);
      expect(loaded.value.activities.map((a) => a.id)).toContain('H1.1');
      expect(loaded.value.areas.map((a) => a.id)).toContain('H1');
      expect(loaded.value.rounds.find((r) => r.id === term.id)!.alsoPlanIds).toEqual([parent.id]);
      const parentOnly = await current.store.loadPlan({ planId: parent.id });
      if (!parentOnly.ok) throw new Error(parentOnly.error.message);
      expect(parentOnly.value.activities.map((a) => a.id)).toEqual(['H1.1']);
      expect(parentOnly.value.rounds).toEqual([]);
      const plan: Plan = parentOnly.value.plan;
      expect(plan.id).toBe(parent.id);
    });
  });
}
