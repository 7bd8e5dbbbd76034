import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../src/app/ports.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import {
  ActivityResponseSchema,
  apiPaths,
  importApiPaths,
  xlsxContentType,
  type ImportPreviewResponse,
} from '../../../src/tab/api/contract.js';
import {
  AreaResponseSchema,
  planWorkPaths,
  withPlan,
} from '../../../src/tab/api/plan-work-contract.js';
import { planEditPaths, PlanResponseSchema } from '../../../src/tab/api/plans-contract.js';
import { readWorkbook } from '../../../src/server/import/read-workbook.js';
import { workbookOf } from '../import/workbooks.js';
import { memoryWorld, openRoundId, users, type MemoryWorld } from './support/memory-world.js';
import { devTokenFor, errorOf } from './support/http.js';

/**
 * Planera, the import and the plan's own fields on the plan chosen in the tab (`?plan=`), over
 * HTTP on one in-memory world, in the order a working group would go: adopt the plan, make a new
 * version and work on it before adopting it, then the old one is read-only.
 */

const v1 = seedPlan.plan.id;
const v2 = `${v1}-v2`;
type User = { readonly id: string; readonly name: string };

let world: MemoryWorld;
beforeAll(async () => {
  world = await memoryWorld();
});
afterAll(() => world.close());

const call = (method: string, path: string, body: unknown, user: User = users.anna) =>
  world.api.request(method, path, { user, body });
const postXlsx = (path: string, body: Uint8Array<ArrayBuffer>) =>
  world.api.request('POST', path, {
    user: users.anna,
    rawBody: body,
    headers: { 'Content-Type': xlsxContentType },
  });

async function load(planId: string): Promise<PlanSnapshot> {
  const loaded = await world.inner.loadPlan({ planId });
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value;
}
const versionOf = async (planId: string) =>
  (await load(planId)).plans.find((p) => p.id === planId)!.version;
const own = (snapshot: PlanSnapshot) =>
  snapshot.activities.filter((a) => a.planId === snapshot.plan.id);

const newActivity = (areaId: string, title: string) => ({
  areaId,
  title,
  responsibleDepartmentId: 'utbildning',
  coResponsibleDepartmentIds: [],
  start: '2025-01-01',
  end: '2026-06-30',
  financing: 'ownBudget',
  goalIds: ['delmal-6'],
});
const decision = { adoptedBy: 'Kommunstyrelsen', adoptedOn: '2024-01-20', decision: 'KS 2024/1' };
const importRow = (plan: string, area: string, title: string) => [
  plan,
  area,
  title,
  '',
  'Kultur- och fritidsförvaltningen',
  '',
  '2027-01-01',
  '31/12/2027',
  '',
  'Annan finansiering',
  '',
];

describe('Planera and the import on the chosen plan', () => {
  it('works on a proposed new version before it is adopted, the plan in force untouched', async () => {
    const adopted = await call('POST', apiPaths.adoptPlan(v1), {
      ...decision,
      expectedVersion: await versionOf(v1),
    });
    expect(adopted.status).toBe(200);
    const revised = await call('POST', apiPaths.revisePlan(v1), {
      expectedVersion: await versionOf(v1),
    });
    expect(PlanResponseSchema.parse(revised.body).plan.id).toBe(v2);

    const onV2 = withPlan(planWorkPaths.createActivity(), v2);
    const created = await call('POST', onV2, {
      activity: newActivity('area-2-v2', 'Handledning för elevhälsan'),
    });
    expect(created.status).toBe(201);
    const activity = ActivityResponseSchema.parse(created.body).activity;
    expect(activity).toMatchObject({ planId: v2, areaId: 'area-2-v2', id: 'A2.4-v2' });
    // An area of the plan in force is not one of the new version's.
    const otherArea = await call('POST', onV2, { activity: newActivity('area-2', 'Annan titel') });
    expect(otherArea.status).toBe(400);
    expect(Object.keys(errorOf(otherArea.body).fields ?? {})).toEqual(['areaId']);
    const area = await call('POST', withPlan(planWorkPaths.createArea(), v2), {
      title: 'Uppföljning av versionen',
    });
    expect(area.status).toBe(201);
    expect(AreaResponseSchema.parse(area.body).area).toMatchObject({ planId: v2 });
    expect(AreaResponseSchema.parse(area.body).area.id).toMatch(/-v2$/);

    expect(own(await load(v1)).some((a) => a.title === 'Handledning för elevhälsan')).toBe(false);
    expect(own(await load(v2)).map((a) => a.id)).toContain('A2.4-v2');
  });

  it('refuses others (403), a stale version (409) and bad fields (400) on the chosen plan', async () => {
    const refused = await call(
      'POST',
      withPlan(planWorkPaths.createArea(), v2),
      { title: 'Nytt område' },
      users.cecilia,
    );
    expect(refused.status).toBe(403);
    const stale = await call('POST', withPlan(planWorkPaths.endActivity('A2.4-v2'), v2), {
      as: 'dropped',
      reason: 'Ingår i elevhälsans plan.',
      expectedVersion: 'gammal',
    });
    expect(stale.status).toBe(409);
    const bad = await call('POST', withPlan(planWorkPaths.createArea(), v2), { title: ' ' });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).fields).toHaveProperty('title');
    const unknown = await call('POST', withPlan(planWorkPaths.createArea(), 'finns-inte'), {
      title: 'Område',
    });
    expect(unknown.status).toBe(404);
    expect(errorOf(unknown.body).message).toBe('Planen finns inte.');
  });

  it("gives the chosen plan's template and imports its rows there", async () => {
    const response = await fetch(`${world.api.baseUrl}${withPlan(importApiPaths.template(), v2)}`, {
      headers: { Authorization: `Bearer ${devTokenFor(users.anna, world.clock)}` },
    });
    expect(response.status).toBe(200);
    const template = await readWorkbook(new Uint8Array(await response.arrayBuffer()));
    expect(template.ok && template.value.rows.length).toBe(own(await load(v2)).length);
    const area = seedPlan.areas[2]!.title;
    const file = new Uint8Array(
      await workbookOf([importRow(seedPlan.plan.title, area, 'Läxhjälp')]),
    );
    const imported = await postXlsx(withPlan(importApiPaths.run(), v2), file);
    expect(imported.body).toMatchObject({ created: 1, refused: [] });
    expect(own(await load(v2)).find((a) => a.title === 'Läxhjälp')?.areaId).toBe('area-3-v2');
    expect(own(await load(v1)).some((a) => a.title === 'Läxhjälp')).toBe(false);
  });

  it('imports rows naming another plan by title, and refuses rows naming a replaced plan', async () => {
    const drog = await call('POST', apiPaths.createPlan(), {
      kind: 'activityPlan',
      title: 'Drogplan 2027',
      goalIds: [],
    });
    const drogId = PlanResponseSchema.parse(drog.body).plan.id;
    const area = await call('POST', withPlan(planWorkPaths.createArea(), drogId), {
      title: 'Förebyggande arbete',
    });
    expect(AreaResponseSchema.parse(area.body).area.id).toBe(`${drogId}-area-1`);
    // The old version's open round is closed first (adopting is refused while it runs).
    const open = (await load(v1)).rounds.find((r) => r.id === openRoundId)!;
    const closed = await call('POST', apiPaths.closeRound(openRoundId), {
      expectedVersion: open.version,
    });
    expect(closed.status).toBe(200);
    const adopted = await call('POST', apiPaths.adoptPlan(v2), {
      ...decision,
      expectedVersion: await versionOf(v2),
    });
    expect(adopted.status).toBe(200);
    // The new version gets a title of its own: the old title now names only the replaced plan.
    const renamed = await call('PUT', planEditPaths.updatePlan(v2), {
      title: 'Aktivitetsplan hedersrelaterat våld 2024',
      goalIds: ['delmal-6'],
      coordinatingDepartmentId: 'social-omsorg',
      developmentFundsTkr: 500,
      expectedVersion: await versionOf(v2),
    });
    expect(renamed.status).toBe(200);
    const file = new Uint8Array(
      await workbookOf([
        importRow('Drogplan 2027', 'Förebyggande arbete', 'Samtal i skolan'),
        importRow(seedPlan.plan.title, seedPlan.areas[0]!.title, 'Föräldramöten'),
      ]),
    );
    const preview = await postXlsx(importApiPaths.preview(), file);
    const body = preview.body as ImportPreviewResponse;
    expect(body.rows.map((r) => r.action)).toEqual(['create', 'refused']);
    expect(body.refused).toEqual([
      {
        row: 3,
        column: 'Plan',
        message: `Plan: planen "${seedPlan.plan.title}" är ersatt av en nyare version och kan inte ändras. Ange den gällande planens titel.`,
      },
    ]);
    const run = await postXlsx(importApiPaths.run(), file);
    expect(run.body).toMatchObject({ created: 1, unchanged: 0 });
    expect(own(await load(drogId)).map((a) => a.title)).toEqual(['Samtal i skolan']);
  });

  it('refuses every Planera write to the replaced plan with 409 and the Swedish message', async () => {
    const activity = await call('POST', withPlan(planWorkPaths.createActivity(), v1), {
      activity: newActivity('area-2', 'Sent tillägg'),
    });
    expect(activity.status).toBe(409);
    expect(errorOf(activity.body).message).toBe(
      `Planen "${seedPlan.plan.title}" är ersatt av en nyare version och kan inte längre ändras.`,
    );
    const area = await call('PUT', withPlan(planWorkPaths.renameArea('area-1'), v1), {
      title: 'Nytt namn',
      expectedVersion: 'x',
    });
    expect(area.status).toBe(409);
    const file = new Uint8Array(
      await workbookOf([importRow(seedPlan.plan.title, seedPlan.areas[0]!.title, 'Sent')]),
    );
    const preview = await postXlsx(withPlan(importApiPaths.run(), v1), file);
    expect(preview.body).toMatchObject({ created: 0, refused: [{ row: 2, column: 'Plan' }] });
  });
});

describe("editing a plan's own fields and its decision", () => {
  const fields = {
    title: 'Aktivitetsplan hedersrelaterat våld 2024',
    goalIds: ['delmal-6'],
    coordinatingDepartmentId: 'social-omsorg',
    developmentFundsTkr: 500,
  };

  it('lets only the working group edit, with field messages, the stale version and the funds rule', async () => {
    const path = planEditPaths.updatePlan(v2);
    const others = await call(
      'PUT',
      path,
      { ...fields, expectedVersion: await versionOf(v2) },
      users.david,
    );
    expect(others.status).toBe(403);
    const stale = await call('PUT', path, { ...fields, expectedVersion: 'gammal' });
    expect(stale.status).toBe(409);
    expect(errorOf(stale.body).message).toBe(
      'Planen har ändrats av någon annan under tiden; inget ändrades.',
    );
    const bad = await call('PUT', path, {
      ...fields,
      title: ' ',
      parentPlanId: v2,
      coordinatingDepartmentId: 'finns-inte',
      expectedVersion: await versionOf(v2),
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).fields).toMatchObject({
      title: expect.any(String),
      coordinatingDepartmentId: 'Förvaltningen finns inte.',
      parentPlanId: expect.any(String),
    });
    const personal = await call('PUT', path, {
      ...fields,
      title: 'Plan för 19811218-9876',
      expectedVersion: await versionOf(v2),
    });
    expect(errorOf(personal.body).reason).toBe('personalData');

    const { version, ...activity } = own(await load(v2)).find((a) => a.id === 'A2.4-v2')!;
    const allocated = await call('PUT', apiPaths.activity(activity.id), {
      activity: { ...activity, allocatedTkr: 120 },
      expectedVersion: version,
    });
    expect(allocated.status).toBe(200);
    const below = await call('PUT', path, {
      ...fields,
      developmentFundsTkr: 100,
      expectedVersion: await versionOf(v2),
    });
    expect(below.status).toBe(400);
    expect(errorOf(below.body).fields?.developmentFundsTkr).toContain('120 tkr');
    const saved = await call('PUT', path, {
      ...fields,
      title: 'Aktivitetsplan mot hedersrelaterat våld 2024',
      developmentFundsTkr: 120,
      expectedVersion: await versionOf(v2),
    });
    expect(saved.status).toBe(200);
    expect(PlanResponseSchema.parse(saved.body).plan).toMatchObject({
      title: 'Aktivitetsplan mot hedersrelaterat våld 2024',
      developmentFundsTkr: 120,
      status: 'adopted',
      description: seedPlan.plan.description,
    });
  });

  it("corrects an adopted plan's decision; a replaced plan and a proposal refuse", async () => {
    const path = planEditPaths.correctDecision(v2);
    const bad = await call('PUT', path, {
      adoptedBy: '',
      adoptedOn: '2024-02-30',
      expectedVersion: await versionOf(v2),
    });
    expect(bad.status).toBe(400);
    const others = await call(
      'PUT',
      path,
      { ...decision, expectedVersion: await versionOf(v2) },
      users.cecilia,
    );
    expect(others.status).toBe(403);
    const corrected = await call('PUT', path, {
      ...decision,
      decision: 'KS 2024/12 § 4',
      expectedVersion: await versionOf(v2),
    });
    expect(corrected.status).toBe(200);
    expect(PlanResponseSchema.parse(corrected.body).plan).toMatchObject({
      status: 'adopted',
      decision: 'KS 2024/12 § 4',
    });
    const replaced = await call('PUT', planEditPaths.updatePlan(v1), {
      ...fields,
      expectedVersion: await versionOf(v1),
    });
    expect(replaced.status).toBe(409);
    expect(errorOf(replaced.body).message).toMatch(/är ersatt av en nyare version/);
    const proposal = await call('POST', apiPaths.createPlan(), {
      kind: 'actionPlan',
      title: 'Förslag',
      goalIds: [],
    });
    const proposed = PlanResponseSchema.parse(proposal.body).plan;
    const notAdopted = await call('PUT', planEditPaths.correctDecision(proposed.id), {
      ...decision,
      expectedVersion: proposed.version,
    });
    expect(notAdopted.status).toBe(409);
    expect(errorOf(notAdopted.body).message).toBe('Bara en antagen plan har ett beslut att rätta.');
  });
});
