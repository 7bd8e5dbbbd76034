import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualRound, toFollowUpRound } from '../../../src/domain/calendar/rounds.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { makeDevToken } from '../../../src/tab/auth/dev-token.js';
import { createGraphPlanReader } from '../../../src/tab/backend/graph-plan-reader.js';
import { siteSchema } from '../../../src/tab/config/site-schema.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import { siteUrl } from '../../graph/helpers/emulator.js';

/** The tab's read path on the Graph emulator with a user's token: the plan, and a round's reminders. */
describe('createGraphPlanReader', () => {
  const now = new Date('2027-02-01T08:00:00Z');
  const round = toFollowUpRound(annualRound(2026), seedPlan.plan.id, 'open');
  let stores: GraphStores;

  beforeAll(async () => {
    stores = await graphStores({ ...seedPlan, rounds: [round] });
    const key = { roundId: round.id, departmentId: 'social-omsorg', stage: 'opening' as const };
    const reserved = await stores.reminders.reserve(key, 'attempt-1', now, now);
    if (!reserved.ok) throw new Error(reserved.error.message);
    const { reminder } = reserved.value;
    const sent = await stores.reminders.update({
      ...reminder,
      state: 'sent',
      sentAt: '2027-01-08T07:30:00.000Z',
    });
    if (!sent.ok) throw new Error(sent.error.message);
  }, 120_000);

  afterAll(() => stores?.close());

  const reader = () => {
    const token = makeDevToken(
      {
        oid: stores.emulator.emulator.seed.users[0]!.id,
        name: 'Anna Andersson',
        upn: 'anna@kommun.se',
        tid: 'tenant',
        scopes: ['Sites.Read.All'],
        audience: 'https://graph.microsoft.com',
      },
      now,
      3600,
    );
    return createGraphPlanReader({
      graphBase: stores.emulator.emulator.url,
      siteUrl,
      origin: stores.emulator.emulator.origin,
      auth: { getToken: () => Promise.resolve({ ok: true, token }) },
      clock: fixedClock(now),
      fetch: stores.emulator.fetch,
      schema: siteSchema,
    });
  };

  it('reads a round’s reminders from the Påminnelser list, only when asked', async () => {
    const tab = reader();
    await stores.emulator.resetStats();
    const plan = await tab.loadPlan();
    expect(plan.ok).toBe(true);
    const planTrips = (await stores.emulator.stats()).total;
    const reminders = await tab.listReminders!(round.id);
    expect(reminders.ok && reminders.value.map((r) => [r.departmentId, r.stage, r.state])).toEqual([
      ['social-omsorg', 'opening', 'sent'],
    ]);
    expect((await stores.emulator.stats()).total).toBe(planTrips + 1);
  });

  it('reads no reminders for another round', async () => {
    const other = await reader().listReminders!('R-finns-inte');
    expect(other).toEqual({ ok: true, value: [] });
  });
});
