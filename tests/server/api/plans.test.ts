import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, VersionedActivitySchema } from '../../../src/tab/api/contract.js';
import { PlanResponseSchema } from '../../../src/tab/api/plans-contract.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { memoryWorld, openRoundId, users, type MemoryWorld } from './support/memory-world.js';
import { errorOf } from './support/http.js';

/** One world for the whole lifecycle: create, adopt, revise, adopt the revision, read-only. */
describe('the plans API', () => {
  let world: MemoryWorld;
  beforeAll(async () => {
    world = await memoryWorld();
  });
  afterAll(() => world.close());
  const post = (path: string, body: unknown, user: { id: string; name: string } = users.anna) =>
    world.api.request('POST', path, { user, body });
  const newPlan = {
    kind: 'actionPlan',
    title: 'Handlingsplan mot våld 2027',
    goalIds: ['delmal-6'],
    coordinatingDepartmentId: 'social-omsorg',
    developmentFundsTkr: 300,
  };

  it('lets only the working group create a plan, with Swedish field messages for bad input', async () => {
    const refused = await post(apiPaths.createPlan(), newPlan, users.david);
    expect(refused.status).toBe(403);
    const bad = await post(apiPaths.createPlan(), {
      ...newPlan,
      title: ' ',
      parentPlanId: 'finns-inte',
      developmentFundsTkr: -1,
    });
    expect(bad.status).toBe(400);
    expect(errorOf(bad.body).fields).toMatchObject({
      title: expect.any(String),
      parentPlanId: 'Planen som den ska komplettera finns inte.',
      developmentFundsTkr: 'Utvecklingsmedlen anges i hela tkr, 0 eller mer.',
    });
    const personal = await post(apiPaths.createPlan(), { ...newPlan, title: 'Plan 19811218-9876' });
    expect(personal.status).toBe(400);
    expect(errorOf(personal.body).reason).toBe('personalData');
    const created = await post(apiPaths.createPlan(), newPlan);
    expect(created.status).toBe(201);
    expect(PlanResponseSchema.parse(created.body).plan).toMatchObject({
      id: 'handlingsplan-mot-vald-2027',
      status: 'proposed',
      developmentFundsTkr: 300,
    });
  });

  it('adopts a plan with its decision, refusing a stale version with 409', async () => {
    const loaded = await world.store.loadPlan({ planId: 'handlingsplan-mot-vald-2027' });
    if (!loaded.ok) throw new Error(loaded.error.message);
    const decision = { adoptedBy: 'Kommunfullmäktige', adoptedOn: '2027-03-20', decision: '§ 45' };
    const stale = await post(apiPaths.adoptPlan('handlingsplan-mot-vald-2027'), {
      ...decision,
      expectedVersion: 'gammal',
    });
    expect(stale.status).toBe(409);
    const missing = await post(apiPaths.adoptPlan('handlingsplan-mot-vald-2027'), {
      expectedVersion: 'x',
      adoptedBy: '',
      adoptedOn: '2027-13-01',
    });
    expect(missing.status).toBe(400);
    expect(Object.keys(errorOf(missing.body).fields ?? {})).toEqual(['adoptedOn']);
    const adopted = await post(apiPaths.adoptPlan('handlingsplan-mot-vald-2027'), {
      ...decision,
      expectedVersion:
        loaded.value.plan.id === 'handlingsplan-mot-vald-2027'
          ? loaded.value.plans.find((p) => p.id === 'handlingsplan-mot-vald-2027')!.version
          : '',
    });
    expect(adopted.status).toBe(200);
    expect(PlanResponseSchema.parse(adopted.body).plan).toMatchObject({
      status: 'adopted',
      adoptedBy: 'Kommunfullmäktige',
      adoptedOn: '2027-03-20',
      decision: '§ 45',
    });
  });

  it('revises a plan into a proposed copy; adopting it replaces the old one, which refuses writes', async () => {
    const planId = seedPlan.plan.id;
    const first = await world.store.loadPlan({ planId });
    if (!first.ok) throw new Error(first.error.message);
    const version = () =>
      world.store
        .loadPlan({ planId })
        .then((l) => (l.ok ? l.value.plans.find((p) => p.id === planId)!.version : ''));
    const proposed = await post(apiPaths.revisePlan(planId), { expectedVersion: await version() });
    expect(proposed.status).toBe(409);
    expect(errorOf(proposed.body).message).toBe('Bara en antagen plan kan få en ny version.');
    const adopt = (id: string, expectedVersion: string) =>
      post(apiPaths.adoptPlan(id), {
        expectedVersion,
        adoptedBy: 'Kommunstyrelsen',
        adoptedOn: '2022-06-15',
        decision: 'KS 2022/123',
      });
    expect((await adopt(planId, await version())).status).toBe(200);
    const revised = await post(apiPaths.revisePlan(planId), { expectedVersion: await version() });
    expect(revised.status).toBe(201);
    const copy = PlanResponseSchema.parse(revised.body).plan;
    expect(copy).toMatchObject({ status: 'proposed', previousVersionId: planId });
    const again = await post(apiPaths.revisePlan(planId), { expectedVersion: await version() });
    expect(again.status).toBe(201);
    expect(PlanResponseSchema.parse(again.body).plan.id).toBe(copy.id);
    const copied = await world.store.loadPlan({ planId: copy.id });
    expect(copied.ok && copied.value.activities.length).toBe(
      seedPlan.activities.filter((a) => a.ended === undefined).length,
    );
    // Refused while the old version's round is open (409, the round named), let in once closed.
    const refused = await adopt(copy.id, copy.version);
    expect(refused.status).toBe(409);
    expect(errorOf(refused.body).message).toBe(
      'Årsuppföljning 2023 pågår för planen som ersätts. Stäng omgången innan den nya versionen antas.',
    );
    const open = first.value.rounds.find((r) => r.id === openRoundId)!;
    const closed = await post(apiPaths.closeRound(open.id), { expectedVersion: open.version });
    expect(closed.status).toBe(200);
    expect((await adopt(copy.id, copy.version)).status).toBe(200);
    // The calendar for the new version leaves out the period the old one followed up.
    const calendar = async (planId?: string) => {
      const got = await world.api.request(
        'GET',
        apiPaths.calendar('2024-01-01', '2024-12-31', planId),
        {
          user: users.anna,
        },
      );
      expect(got.status).toBe(200);
      return (got.body as { rounds: { title: string }[] }).rounds.map((r) => r.title);
    };
    expect(await calendar()).toContain('Årsuppföljning 2023');
    expect(await calendar(copy.id)).not.toContain('Årsuppföljning 2023');
    const old = await world.store.loadPlan({ planId });
    if (!old.ok) throw new Error(old.error.message);
    expect(old.value.plan.status).toBe('replaced');
    const activity = VersionedActivitySchema.parse(old.value.activities[0]);
    const edit = await world.api.request('PUT', apiPaths.activity(activity.id), {
      user: users.anna,
      body: {
        activity: { ...activity, version: undefined, title: 'Ny titel' },
        expectedVersion: activity.version,
      },
    });
    expect(edit.status).toBe(409);
    expect(errorOf(edit.body).message).toMatch(/är ersatt av en nyare version/);
    const readOnly = await adopt(planId, old.value.plans.find((p) => p.id === planId)!.version);
    expect(readOnly.status).toBe(409);
  });
});
