import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiPaths,
  CalendarResponseSchema,
  ReminderResponseSchema,
  RoundResponseSchema,
  VersionedRoundSchema,
} from '../../../src/tab/api/contract.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import {
  memoryWorld,
  openRoundId,
  social,
  users,
  type MemoryWorld,
} from './support/memory-world.js';
import { errorOf } from './support/http.js';

const round2024 = {
  kind: 'annual',
  title: 'Årsuppföljning 2024',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  opensOn: '2025-01-08',
  dueOn: '2025-02-28',
  closesOn: '2025-03-31',
};

describe('the rounds API', () => {
  let world: MemoryWorld;
  beforeEach(async () => {
    world = await memoryWorld();
  });
  afterEach(() => world.close());

  it('proposes the calendar rounds opening in a range', async () => {
    const response = await world.api.request('GET', apiPaths.calendar('2027-01-01', '2027-12-31'), {
      user: users.david,
    });
    expect(response.status).toBe(200);
    expect(CalendarResponseSchema.parse(response.body).rounds).toEqual([
      {
        kind: 'annual',
        title: 'Årsuppföljning 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
        opensOn: '2027-01-08',
        dueOn: '2027-02-26',
        closesOn: '2027-03-31',
      },
      {
        kind: 'termOfOffice',
        title: 'Mandatperiodsuppföljning 2027',
        periodStart: '2023-01-01',
        periodEnd: '2026-12-31',
        opensOn: '2027-03-01',
        dueOn: '2027-05-31',
        closesOn: '2027-06-30',
      },
    ]);
    const bad = await world.api.request('GET', apiPaths.calendar('2027-13-01', '2026-01-01'), {
      user: users.david,
    });
    expect(bad.status).toBe(400);
    expect(Object.keys(errorOf(bad.body).fields ?? {})).toContain('from');
  });

  it('opens a round with the confirmed dates (201), once', async () => {
    const confirmed = { ...round2024, dueOn: '2025-03-07' };
    const response = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: confirmed,
    });
    expect(response.status).toBe(201);
    const { round } = RoundResponseSchema.parse(response.body);
    expect(round).toMatchObject({ id: 'annual-2024', state: 'open', dueOn: '2025-03-07' });
    const again = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: confirmed,
    });
    expect(again.status).toBe(409);
    expect(VersionedRoundSchema.parse(errorOf(again.body).current)).toMatchObject({
      id: 'annual-2024',
      version: round.version,
    });
  });

  it('opens a round the plan holds as planned', async () => {
    const planned = { ...round2024, kind: 'annual' as const, title: 'Årsuppföljning 2024 (plan)' };
    const saved = await world.inner.saveRound(
      { ...planned, id: 'annual-2024', planId: seedPlan.plan.id, state: 'planned' },
      undefined,
    );
    expect(saved.ok).toBe(true);
    const response = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: round2024,
    });
    expect(response.status).toBe(201);
    expect(RoundResponseSchema.parse(response.body).round).toMatchObject({
      id: 'annual-2024',
      state: 'open',
      title: round2024.title,
    });
  });

  it('opens a second round while one is open, and a past round only when confirmed', async () => {
    const past = {
      ...round2024,
      title: 'Årsuppföljning 2021',
      periodStart: '2021-01-01',
      periodEnd: '2021-12-31',
      opensOn: '2022-01-10',
      dueOn: '2022-02-28',
      closesOn: '2022-03-31',
    };
    const refused = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: past,
    });
    expect(refused.status).toBe(400);
    expect(errorOf(refused.body).fields).toEqual({
      confirmPast: 'Omgången stängde 31 mars 2022. Bekräfta att den ska öppnas ändå.',
    });
    const confirmed = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: { ...past, confirmPast: true },
    });
    expect(confirmed.status).toBe(201);
    const snapshot = await world.inner.loadPlan();
    expect(
      snapshot.ok && snapshot.value.rounds.filter((r) => r.state === 'open').map((r) => r.id),
    ).toEqual(expect.arrayContaining([openRoundId, 'annual-2021']));
  });

  it('refuses to open for someone outside the working group (403) and bad dates (400)', async () => {
    const outsider = await world.api.request('POST', apiPaths.openRound(), {
      user: users.cecilia,
      body: round2024,
    });
    expect(outsider.status).toBe(403);
    expect(errorOf(outsider.body).message).toMatch(/arbetsgruppen/);
    const order = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: { ...round2024, dueOn: '2025-04-30' },
    });
    expect(order.status).toBe(400);
    expect(errorOf(order.body).fields).toEqual({
      dueOn: 'Datumen måste följa ordningen öppnar ≤ sista svarsdag ≤ stänger.',
    });
    const period = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: { ...round2024, periodStart: '2024-02-01' },
    });
    expect(period.status).toBe(400);
    expect(errorOf(period.body).fields).toHaveProperty('periodStart');
  });

  it("refuses round dates SharePoint cannot store (400, per field) and opens one at the range's edges", async () => {
    const message = 'Ange ett datum mellan 1900-01-01 och 8900-12-31.';
    const extra = {
      kind: 'extra',
      title: 'Extra uppföljning',
      periodStart: '0001-01-01',
      periodEnd: '2024-06-30',
      opensOn: '2024-07-01',
      dueOn: '2024-08-30',
      closesOn: '9000-01-01',
    };
    const response = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: extra,
    });
    expect(response.status).toBe(400);
    expect(errorOf(response.body).fields).toEqual({ periodStart: message, closesOn: message });
    const edges = await world.api.request('POST', apiPaths.openRound(), {
      user: users.anna,
      body: { ...extra, periodStart: '1900-01-01', closesOn: '8900-12-31' },
    });
    expect(edges.status).toBe(201);
  });

  it('closes an open round with the version seen, and refuses a stale version with the current round', async () => {
    const snapshot = await world.inner.loadPlan();
    const open = snapshot.ok ? snapshot.value.rounds.find((r) => r.id === openRoundId)! : undefined;
    const stale = await world.api.request('POST', apiPaths.closeRound(openRoundId), {
      user: users.anna,
      body: { expectedVersion: 'mem-0' },
    });
    expect(stale.status).toBe(409);
    expect(VersionedRoundSchema.parse(errorOf(stale.body).current)).toMatchObject({
      id: openRoundId,
      state: 'open',
    });
    const closed = await world.api.request('POST', apiPaths.closeRound(openRoundId), {
      user: users.anna,
      body: { expectedVersion: open!.version },
    });
    expect(closed.status).toBe(200);
    expect(RoundResponseSchema.parse(closed.body).round).toMatchObject({ state: 'closed' });
    const missing = await world.api.request('POST', apiPaths.closeRound('annual-1990'), {
      user: users.anna,
      body: { expectedVersion: 'x' },
    });
    expect(missing.status).toBe(404);
  });

  it('sends a reminder now through the reminder run, once per stage', async () => {
    const send = () =>
      world.api.request('POST', apiPaths.reminders(openRoundId), {
        user: users.anna,
        body: { departmentId: social },
      });
    const first = await send();
    expect(first.status).toBe(202);
    expect(ReminderResponseSchema.parse(first.body)).toMatchObject({
      departmentId: social,
      outcome: 'posted',
    });
    expect(world.poster.posts.map((p) => p.key)).toEqual([`${openRoundId}|${social}|opening`]);
    const again = await send();
    expect(again.status).toBe(409);
    expect(errorOf(again.body).message).toMatch(/redan skickats/);
    expect(world.poster.posts).toHaveLength(1);
  });

  it('says when a department has nothing missing or cannot be reached, and refuses outsiders', async () => {
    const unlinked = await world.api.request('POST', apiPaths.reminders(openRoundId), {
      user: users.anna,
      body: { departmentId: 'utbildning' },
    });
    expect(ReminderResponseSchema.parse(unlinked.body).outcome).toBe('noChannel');
    const answered = await world.inner.recordFollowUps({
      roundId: openRoundId,
      departmentId: 'kultur-fritid',
      answers: [{ activityId: 'A5.3', status: 'done', comment: '', nextSteps: '' }],
      responder: users.anna,
      source: 'tab',
      at: world.clock.now(),
    });
    expect(answered.ok).toBe(true);
    const none = await world.api.request('POST', apiPaths.reminders(openRoundId), {
      user: users.anna,
      body: { departmentId: 'kultur-fritid' },
    });
    expect(ReminderResponseSchema.parse(none.body).outcome).toBe('nothingMissing');
    const outsider = await world.api.request('POST', apiPaths.reminders(openRoundId), {
      user: users.cecilia,
      body: { departmentId: social },
    });
    expect(outsider.status).toBe(403);
    expect(world.poster.posts).toEqual([]);
  });
});
