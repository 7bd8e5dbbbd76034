import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivitiesPartlySaved, PlanSnapshot, PlanStore } from '../../../src/app/ports.js';
import type { PlanData } from '../../../src/domain/model.js';
import { activity, contractData } from '../fixtures/plan-data.js';
import { allSaved } from '../../../src/app/use-cases/plan-work/all-saved.js';

type PlanWorkStores = { readonly store: PlanStore; close(): Promise<void> };

const bare = <T extends { version?: string }>({ version: _v, ...rest }: T) => rest;

async function load(store: PlanStore): Promise<PlanSnapshot> {
  const loaded = await store.loadPlan();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}

/**
 * The plan work's saves (areas, goals, departments, activities in a batch), against the
 * in-memory fake and the Graph adapter alike. One store for the whole suite: each case uses its
 * own records.
 */
export function planWorkContract(
  name: string,
  factory: (data: PlanData) => Promise<PlanWorkStores>,
): void {
  describe(`${name}: PlanStore plan work contract`, () => {
    let stores: PlanWorkStores;
    beforeAll(async () => {
      stores = await factory(contractData());
    }, 60_000);
    afterAll(() => stores.close());

    it('loads areas, goals and departments with versions', async () => {
      const snapshot = await load(stores.store);
      for (const record of [...snapshot.areas, ...snapshot.goals, ...snapshot.departments])
        expect(record.version).toEqual(expect.any(String));
    });

    it('creates, renames and ends an area; a stale version is a conflict', async () => {
      const { store } = stores;
      const planId = (await load(store)).plan.id;
      const area = { id: 'area-ny', planId, order: 9, title: 'Nytt område' };
      const created = await store.saveArea(area, undefined);
      if (!created.ok) throw new Error(created.error.message);
      const again = await store.saveArea({ ...area, title: 'Annat' }, undefined);
      expect(again).toMatchObject({ ok: false, error: { reason: 'conflict' } });
      const renamed = await store.saveArea({ ...area, title: 'Omdöpt' }, created.value.version);
      if (!renamed.ok) throw new Error(renamed.error.message);
      const stale = await store.saveArea({ ...area, endedOn: '2027-02-01' }, created.value.version);
      expect(stale).toMatchObject({
        ok: false,
        error: { reason: 'conflict', current: { title: 'Omdöpt' } },
      });
      const ended = { ...area, title: 'Omdöpt', endedOn: '2027-02-01' };
      expect(await store.saveArea(ended, renamed.value.version)).toMatchObject({ ok: true });
      const reread = (await load(store)).areas.find((a) => a.id === 'area-ny');
      expect(reread && bare(reread)).toEqual(ended);
    });

    it('never stores an area that fails the model or names a missing plan', async () => {
      const { store } = stores;
      const bad = await store.saveArea(
        { id: 'area-x', planId: 'nej', order: 1, title: 'X' },
        undefined,
      );
      expect(bad).toMatchObject({ ok: false, error: { reason: 'invalid' } });
      const empty = await store.saveArea(
        { id: 'area-y', planId: (await load(store)).plan.id, order: 1, title: '' },
        undefined,
      );
      expect(empty).toMatchObject({ ok: false, error: { reason: 'invalid' } });
      expect((await load(store)).areas.map((a) => a.id)).not.toContain('area-y');
    });

    it('creates and renames a goal', async () => {
      const { store } = stores;
      const goal = { id: 'mal-ny', level: 'municipal' as const, title: 'Nytt mål' };
      const created = await store.saveGoal(goal, undefined);
      if (!created.ok) throw new Error(created.error.message);
      const renamed = await store.saveGoal({ ...goal, title: 'Omdöpt mål' }, created.value.version);
      expect(renamed).toMatchObject({ ok: true, value: { title: 'Omdöpt mål' } });
      const reread = (await load(store)).goals.find((g) => g.id === 'mal-ny');
      expect(reread?.title).toBe('Omdöpt mål');
    });

    it('adds a department, renames it keeping the former name, and merges it', async () => {
      const { store } = stores;
      const department = { id: 'ny-forv', name: 'Nya förvaltningen', coordinating: false };
      const created = await store.saveDepartment(
        { ...department, board: 'Nya nämnden' },
        undefined,
      );
      if (!created.ok) throw new Error(created.error.message);
      const renamed = {
        ...department,
        board: 'Nya nämnden',
        name: 'Omdöpta förvaltningen',
        formerNames: [{ name: 'Nya förvaltningen', until: '2027-02-01' }],
      };
      const second = await store.saveDepartment(renamed, created.value.version);
      if (!second.ok) throw new Error(second.error.message);
      const merged = { ...renamed, endedOn: '2027-02-02', mergedIntoId: 'social-omsorg' };
      expect(await store.saveDepartment(merged, second.value.version)).toMatchObject({ ok: true });
      const reread = (await load(store)).departments.find((d) => d.id === 'ny-forv');
      expect(reread && bare(reread)).toEqual(merged);
      const orphan = await store.saveDepartment(
        { ...department, id: 'ny-forv-2', mergedIntoId: 'finns-inte' },
        undefined,
      );
      expect(orphan).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    });

    it('saves many activities in one call and reports the stale ones with what is stored', async () => {
      const { store } = stores;
      const snapshot = await load(store);
      const picked = snapshot.activities.slice(0, 3);
      const moved = picked.map((a) => ({ ...bare(a), responsibleDepartmentId: 'kommunledning' }));
      const fresh = { ...activity('A1.1'), id: 'A9.1', title: 'Skapad i samma anrop' };
      const saves = [
        ...moved.map((a, i) => ({ activity: a, expectedVersion: picked[i]!.version })),
        { activity: fresh, expectedVersion: undefined },
      ];
      const results = await store.saveActivities(saves);
      if (!results.ok) throw new Error(results.error.message);
      const saved = allSaved(results.value);
      if (!saved.ok) throw new Error(saved.error.message);
      expect(saved.value.map((a) => a.responsibleDepartmentId)).toEqual([
        'kommunledning',
        'kommunledning',
        'kommunledning',
        fresh.responsibleDepartmentId,
      ]);
      const staleResults = await store.saveActivities([
        {
          activity: { ...moved[0]!, title: 'Gammal version' },
          expectedVersion: picked[0]!.version,
        },
        { activity: { ...moved[1]!, title: 'Ny titel' }, expectedVersion: saved.value[1]!.version },
      ]);
      if (!staleResults.ok) throw new Error(staleResults.error.message);
      const stale = allSaved(staleResults.value);
      expect(stale).toMatchObject({ ok: false, error: { reason: 'conflict' } });
      const current = !stale.ok ? (stale.error.current as ActivitiesPartlySaved) : undefined;
      expect(current?.saved.map((a) => a.title)).toEqual(['Ny titel']);
      expect(current?.conflicts.map((a) => a.id)).toEqual([moved[0]!.id]);
      const after = await load(store);
      expect(after.activities.find((a) => a.id === moved[0]!.id)?.title).toBe(moved[0]!.title);
    });
  });
}
