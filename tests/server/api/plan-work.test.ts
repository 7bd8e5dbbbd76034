import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../src/app/ports.js';
import { apiPaths } from '../../../src/tab/api/contract.js';
import {
  AreaResponseSchema,
  DepartmentResponseSchema,
  GoalResponseSchema,
  MergeResponseSchema,
  planWorkPaths,
} from '../../../src/tab/api/plan-work-contract.js';
import { ActivityResponseSchema } from '../../../src/tab/api/contract.js';
import { memoryWorld, users, type MemoryWorld } from './support/memory-world.js';
import { errorOf } from './support/http.js';

/** The working group's plan work over HTTP: activities, areas, goals and departments. */
describe('the plan work API', () => {
  let world: MemoryWorld;
  beforeEach(async () => {
    world = await memoryWorld();
  });
  afterEach(() => world.close());

  const snapshot = async (): Promise<PlanSnapshot> => {
    const loaded = await world.inner.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    return loaded.value;
  };
  const call = (
    method: string,
    path: string,
    body: unknown,
    user: { id: string; name: string } = users.anna,
  ) => world.api.request(method, path, { user, body });
  const newActivity = (title = 'Utbildning för skolkuratorer') => ({
    areaId: 'area-2',
    title,
    responsibleDepartmentId: 'utbildning',
    coResponsibleDepartmentIds: ['social-omsorg'],
    start: '2024-03-01',
    end: '2025-06-30',
    financing: 'ownBudget',
    goalIds: ['delmal-6'],
  });

  it('creates an activity with goals (201), then refuses the same title in the area beside the field', async () => {
    const created = await call('POST', planWorkPaths.createActivity(), { activity: newActivity() });
    expect(created.status).toBe(201);
    const activity = ActivityResponseSchema.parse(created.body).activity;
    expect(activity).toMatchObject({ id: 'A2.4', areaId: 'area-2', goalIds: ['delmal-6'] });
    const again = await call('POST', planWorkPaths.createActivity(), {
      activity: newActivity(' utbildning FÖR skolkuratorer '),
    });
    expect(again.status).toBe(400);
    expect(errorOf(again.body).fields).toEqual({
      title: 'Det finns redan en aktivitet med den titeln i utvecklingsområdet.',
    });
  });

  it('refuses creating for anyone outside the working group (403), names and bad fields (400)', async () => {
    const contact = await call(
      'POST',
      planWorkPaths.createActivity(),
      { activity: newActivity() },
      users.cecilia,
    );
    expect(contact.status).toBe(403);
    const personal = await call('POST', planWorkPaths.createActivity(), {
      activity: { ...newActivity(), description: 'Ring Anna Svensson på 19121212-1212' },
    });
    expect(personal.status).toBe(400);
    expect(errorOf(personal.body)).toMatchObject({ reason: 'personalData' });
    const bad = await call('POST', planWorkPaths.createActivity(), {
      activity: { ...newActivity(), end: '2020-01-01', areaId: 'area-404', goalIds: ['nej'] },
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).fields).toMatchObject({
      end: 'Slutdatum får inte vara före startdatum.',
    });
    const unknown = await call('POST', planWorkPaths.createActivity(), {
      activity: { ...newActivity(), areaId: 'area-404', goalIds: ['nej'] },
    });
    expect(errorOf(unknown.body).fields).toEqual({
      areaId: 'Utvecklingsområdet finns inte i planen.',
      goalIds: 'Målet finns inte.',
    });
    expect((await snapshot()).activities.map((a) => a.id)).not.toContain('A2.4');
  });

  it('ends an activity with a reason, and a stale version is 409 with the stored one', async () => {
    const before = (await snapshot()).activities.find((a) => a.id === 'A1.2')!;
    const end = { as: 'dropped', reason: 'Ersatt av en regional insats.', on: '2024-01-31' };
    const ended = await call('POST', planWorkPaths.endActivity('A1.2'), {
      ...end,
      expectedVersion: before.version,
    });
    expect(ended.status).toBe(200);
    expect(ActivityResponseSchema.parse(ended.body).activity.ended).toEqual(end);
    const stale = await call('POST', planWorkPaths.endActivity('A1.3'), {
      ...end,
      expectedVersion: 'mem-0',
    });
    expect(stale.status).toBe(409);
    expect(errorOf(stale.body).current).toMatchObject({ id: 'A1.3' });
    const noReason = await call('POST', planWorkPaths.endActivity('A1.3'), {
      as: 'completed',
      reason: ' ',
      expectedVersion: 'x',
    });
    expect(errorOf(noReason.body).fields).toEqual({ reason: 'Anledning måste fyllas i.' });
  });

  it('moves an activity to another area and links it to a goal with an edit', async () => {
    const { version, ...activity } = (await snapshot()).activities.find((a) => a.id === 'A1.2')!;
    const moved = await call('PUT', apiPaths.activity('A1.2'), {
      activity: { ...activity, areaId: 'area-3', goalIds: ['delmal-6'] },
      expectedVersion: version,
    });
    expect(moved.status).toBe(200);
    expect(ActivityResponseSchema.parse(moved.body).activity).toMatchObject({
      areaId: 'area-3',
      goalIds: ['delmal-6'],
    });
  });

  it('creates, renames, reorders and ends areas; one with active activities is not ended', async () => {
    const created = await call('POST', planWorkPaths.createArea(), { title: 'Nytt område' });
    expect(created.status).toBe(201);
    const area = AreaResponseSchema.parse(created.body).area;
    const renamed = await call('PUT', planWorkPaths.renameArea(area.id), {
      title: 'Omdöpt',
      expectedVersion: area.version,
    });
    expect(AreaResponseSchema.parse(renamed.body).area.title).toBe('Omdöpt');
    const stale = await call('PUT', planWorkPaths.renameArea(area.id), {
      title: 'Igen',
      expectedVersion: area.version,
    });
    expect(stale.status).toBe(409);
    expect(errorOf(stale.body).current).toMatchObject({ title: 'Omdöpt' });
    const busy = (await snapshot()).areas.find((a) => a.id === 'area-1')!;
    const refused = await call('POST', planWorkPaths.endArea('area-1'), {
      expectedVersion: busy.version,
    });
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body).fields?.areaId).toMatch(/aktiva aktiviteter/);
    const current = (await snapshot()).areas.find((a) => a.id === area.id)!;
    const ended = await call('POST', planWorkPaths.endArea(area.id), {
      expectedVersion: current.version,
    });
    expect(AreaResponseSchema.parse(ended.body).area.endedOn).toBe('2024-02-01');
    const areas = [...(await snapshot()).areas].sort((a, b) => b.order - a.order);
    const order = areas.map((a) => ({ areaId: a.id, expectedVersion: a.version! }));
    const reordered = await call('PUT', planWorkPaths.reorderAreas(), { order });
    expect(reordered.status).toBe(200);
    const after = [...(await snapshot()).areas].sort((a, b) => a.order - b.order);
    expect(after.map((a) => a.id)).toEqual(areas.map((a) => a.id));
  });

  it('creates and renames goals, with field messages for a missing title', async () => {
    const created = await call('POST', planWorkPaths.createGoal(), {
      level: 'municipal',
      title: 'Trygg kommun',
    });
    expect(created.status).toBe(201);
    const goal = GoalResponseSchema.parse(created.body).goal;
    expect(goal.id).toBe('trygg-kommun');
    const renamed = await call('PUT', planWorkPaths.renameGoal(goal.id), {
      level: 'regional',
      title: 'Tryggt län',
      expectedVersion: goal.version,
    });
    expect(GoalResponseSchema.parse(renamed.body).goal).toMatchObject({
      level: 'regional',
      title: 'Tryggt län',
    });
    const empty = await call('POST', planWorkPaths.createGoal(), { level: 'global', title: '' });
    expect(empty.status).toBe(400);
    expect(errorOf(empty.body).fields).toEqual({ level: 'Nivå: välj ett av de tillåtna värdena.' });
    const noTitle = await call('POST', planWorkPaths.createGoal(), {
      level: 'national',
      title: ' ',
    });
    expect(errorOf(noTitle.body).fields).toEqual({ title: 'Titel måste fyllas i.' });
  });

  it('adds and renames a department keeping its former name; one with active activities is merged, not ended', async () => {
    const added = await call('POST', planWorkPaths.addDepartment(), {
      name: 'Samhällsförvaltningen',
      board: 'Samhällsnämnden',
    });
    expect(added.status).toBe(201);
    const department = DepartmentResponseSchema.parse(added.body).department;
    expect(department).toMatchObject({ id: 'samhallsforvaltningen', board: 'Samhällsnämnden' });
    const renamed = await call('PUT', planWorkPaths.renameDepartment(department.id), {
      name: 'Stadsbyggnadsförvaltningen',
      board: 'Samhällsnämnden',
      expectedVersion: department.version,
    });
    expect(DepartmentResponseSchema.parse(renamed.body).department.formerNames).toEqual([
      { name: 'Samhällsförvaltningen', until: '2024-02-01' },
    ]);
    const leanlink = (await snapshot()).departments.find((d) => d.id === 'leanlink')!;
    const busy = await call('POST', planWorkPaths.endDepartment('leanlink'), {
      expectedVersion: leanlink.version,
    });
    expect(busy.status).toBe(400);
    expect(errorOf(busy.body).fields?.departmentId).toMatch(/Slå ihop/);
    const noName = await call('POST', planWorkPaths.addDepartment(), {});
    expect(errorOf(noName.body).fields).toEqual({ name: 'Namn saknas.' });
  });

  it('merges a department: its active activities and co-responsibilities move, it ends', async () => {
    const before = await snapshot();
    const leanlink = before.departments.find((d) => d.id === 'leanlink')!;
    const involved = before.activities.filter(
      (a) =>
        a.responsibleDepartmentId === 'leanlink' ||
        a.coResponsibleDepartmentIds.includes('leanlink'),
    );
    const forbidden = await call(
      'POST',
      planWorkPaths.mergeDepartment('leanlink'),
      { intoId: 'social-omsorg', expectedVersion: leanlink.version },
      users.cecilia,
    );
    expect(forbidden.status).toBe(403);
    const self = await call('POST', planWorkPaths.mergeDepartment('leanlink'), {
      intoId: 'leanlink',
      expectedVersion: leanlink.version,
    });
    expect(errorOf(self.body).fields).toEqual({
      intoId: 'En förvaltning kan inte slås ihop med sig själv.',
    });
    const merged = await call('POST', planWorkPaths.mergeDepartment('leanlink'), {
      intoId: 'social-omsorg',
      expectedVersion: leanlink.version,
    });
    expect(merged.status).toBe(200);
    const { department, moved } = MergeResponseSchema.parse(merged.body);
    expect(department).toMatchObject({ endedOn: '2024-02-01', mergedIntoId: 'social-omsorg' });
    expect(moved.map((a) => a.id).sort()).toEqual(involved.map((a) => a.id).sort());
    const after = await snapshot();
    for (const activity of after.activities) {
      expect(activity.responsibleDepartmentId).not.toBe('leanlink');
      expect(activity.coResponsibleDepartmentIds).not.toContain('leanlink');
    }
    const again = await call('POST', planWorkPaths.mergeDepartment('leanlink'), {
      intoId: 'utbildning',
      expectedVersion: department.version,
    });
    expect(errorOf(again.body).fields).toEqual({ departmentId: 'Förvaltningen är avslutad.' });
  });
});
