import { describe, expect, it } from 'vitest';
import { termOfOfficeRound } from '../../src/domain/calendar/rounds.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { people, world } from './support/world.js';

const term = termOfOfficeRound(2027);
const proposal = {
  kind: term.kind,
  title: term.title,
  periodStart: term.period.start,
  periodEnd: term.period.end,
  opensOn: term.opensOn,
  dueOn: term.dueOn,
  closesOn: term.closesOn,
};
const parentId = seedPlan.parentPlan!.id;
const caller = people.anna;

describe('plans and rounds across plans', () => {
  it('gives a department the activities of both plans of a combined round, by plan', async () => {
    const w = world([]);
    const opened = await w.useCases.openRound({
      caller,
      proposal,
      confirmPast: true,
      alsoPlanIds: [parentId],
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const alone = await w.useCases.showDepartmentRound(opened.value.id, 'social-omsorg');
    expect(alone.ok && alone.value.items.every((i) => i.plan === undefined)).toBe(true);
    const own = alone.ok ? alone.value.items.length : 0;
    const area = { id: 'H1', planId: parentId, order: 0, title: 'Handlingsplanens område' };
    const activity = {
      ...seedPlan.activities.find((a) => a.responsibleDepartmentId === 'social-omsorg')!,
      id: 'H1.1',
      planId: parentId,
      areaId: 'H1',
      start: '2023-01-01',
      end: '2026-12-31',
    };
    expect((await w.store.createPlanItems({ areas: [area], activities: [activity] })).ok).toBe(
      true,
    );
    const both = await w.useCases.showDepartmentRound(opened.value.id, 'social-omsorg');
    if (!both.ok) throw new Error(both.error.message);
    expect(both.value.items).toHaveLength(own + 1);
    expect(both.value.items.find((i) => i.activity.id === 'H1.1')?.plan).toEqual({
      title: seedPlan.parentPlan!.title,
      rank: 1,
    });
    expect(both.value.items.filter((i) => i.plan?.rank === 0)).toHaveLength(own);
  });

  it('opens a round covering the parent plan, and refuses any other further plan', async () => {
    const w = world([]);
    const other = await w.useCases.openRound({
      caller,
      proposal,
      confirmPast: true,
      alsoPlanIds: ['annan-plan'],
    });
    expect(other).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    const refused = await w.useCases.openRound({
      caller: people.cecilia,
      proposal,
      confirmPast: true,
      alsoPlanIds: [parentId],
    });
    expect(refused).toMatchObject({ ok: false, error: { reason: 'forbidden' } });
    const opened = await w.useCases.openRound({
      caller,
      proposal,
      confirmPast: true,
      alsoPlanIds: [parentId],
    });
    expect(opened).toMatchObject({
      ok: true,
      value: { alsoPlanIds: [parentId], planId: seedPlan.plan.id },
    });
  });

  it('opens another plan’s round under an id of its own and refuses rounds of a replaced plan', async () => {
    const w = world([]);
    const created = await w.useCases.createPlan({
      caller,
      plan: { kind: 'actionPlan', title: 'Drogplan', goalIds: [] },
    });
    if (!created.ok) throw new Error(created.error.message);
    const own = await w.useCases.openRound({
      caller,
      proposal,
      confirmPast: true,
      planId: created.value.id,
    });
    expect(own).toMatchObject({ ok: true, value: { id: `drogplan-${'termOfOffice-2027'}` } });
    const adopt = (planId: string, expectedVersion: string) =>
      w.useCases.adoptPlan({
        caller,
        planId,
        expectedVersion,
        decision: { adoptedBy: 'KS', adoptedOn: '2027-01-10', decision: '' },
      });
    const adopted = await adopt(created.value.id, created.value.version);
    if (!adopted.ok) throw new Error(adopted.error.message);
    const revised = await w.useCases.revisePlan({
      caller,
      planId: created.value.id,
      expectedVersion: adopted.value.version,
    });
    if (!revised.ok) throw new Error(revised.error.message);
    if (!own.ok) throw new Error(own.error.message);
    // Not while the old version's round is open: a period is followed up by one version.
    const message =
      'Mandatperiodsuppföljning 2027 pågår för planen som ersätts. Stäng omgången innan den nya versionen antas.';
    expect(await adopt(revised.value.id, revised.value.version)).toMatchObject({
      ok: false,
      error: { reason: 'conflict', message, fields: { rounds: message } },
    });
    const still = await w.store.loadPlan({ planId: created.value.id });
    expect(still.ok && still.value.plan.status).toBe('adopted');
    const closed = await w.useCases.closeRound({
      caller,
      roundId: own.value.id,
      expectedVersion: own.value.version,
      planId: created.value.id,
    });
    expect(closed.ok).toBe(true);
    expect((await adopt(revised.value.id, revised.value.version)).ok).toBe(true);
    // The new version does not follow the period up again; another period it does.
    const again = await w.useCases.openRound({
      caller,
      proposal,
      confirmPast: true,
      planId: revised.value.id,
    });
    expect(again).toMatchObject({
      ok: false,
      error: {
        reason: 'conflict',
        message: expect.stringMatching(
          /^Mandatperiodsuppföljning 2027 följs redan upp för en tidigare version av planen/,
        ) as unknown,
      },
    });
    const next = termOfOfficeRound(2031);
    const later = await w.useCases.openRound({
      caller,
      proposal: {
        ...proposal,
        title: next.title,
        periodStart: next.period.start,
        periodEnd: next.period.end,
        opensOn: next.opensOn,
        dueOn: next.dueOn,
        closesOn: next.closesOn,
      },
      planId: revised.value.id,
    });
    expect(later).toMatchObject({ ok: true, value: { planId: revised.value.id, state: 'open' } });
    const afterwards = await w.useCases.openRound({
      caller,
      proposal: { ...proposal, kind: 'extra', title: 'Extra' },
      confirmPast: true,
      planId: created.value.id,
    });
    expect(afterwards).toMatchObject({
      ok: false,
      error: { reason: 'conflict', message: expect.stringMatching(/är ersatt/) },
    });
    const snapshot = await w.store.loadPlan({ planId: created.value.id });
    expect(snapshot.ok && snapshot.value.rounds.map((r) => r.id)).toEqual([
      own.ok ? own.value.id : '',
    ]);
  });

  it('refuses plan changes to anyone outside the working group, and a stale version', async () => {
    const w = world([]);
    const plan = {
      kind: 'activityPlan' as const,
      title: 'Ny plan',
      goalIds: [],
      parentPlanId: parentId,
    };
    expect(await w.useCases.createPlan({ caller: people.cecilia, plan })).toMatchObject({
      ok: false,
      error: { reason: 'forbidden' },
    });
    const created = await w.useCases.createPlan({ caller, plan });
    if (!created.ok) throw new Error(created.error.message);
    const stale = await w.useCases.adoptPlan({
      caller,
      planId: created.value.id,
      expectedVersion: 'old',
      decision: { adoptedBy: 'KS', adoptedOn: '2027-01-10', decision: '' },
    });
    expect(stale).toMatchObject({ ok: false, error: { reason: 'conflict' } });
    const bad = await w.useCases.createPlan({
      caller,
      plan: { ...plan, parentPlanId: created.value.id },
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { fields: { parentPlanId: 'En plan kan bara komplettera en handlingsplan.' } },
    });
  });
});
