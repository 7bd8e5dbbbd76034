import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annualRound, toFollowUpRound } from '../../../src/domain/calendar/rounds.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { makeDevToken } from '../../../src/tab/auth/dev-token.js';
import { createGraphPlanReader } from '../../../src/tab/backend/graph-plan-reader.js';
import { siteSchema } from '../../../src/tab/config/site-schema.js';
import { siteUrl } from '../../graph/helpers/emulator.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';

/**
 * The tab's read path against the Graph emulator: a cold open (every open inside Teams is cold)
 * is one Graph round trip when `/config.json` names the provisioned site and lists, and a stale
 * id (the site provisioned again) falls back to finding the site by its address. A round's
 * reminders are read only when asked (Uppföljning).
 */

const now = new Date('2027-02-01T08:00:00Z');
const round = toFollowUpRound(annualRound(2026), seedPlan.plan.id, 'open');
/** Older annual rounds: 2025 is the latest closed (the plan's read holds it), 2024 is not. */
const older = [2024, 2025].map((year) =>
  toFollowUpRound(annualRound(year), seedPlan.plan.id, 'closed'),
);
const answer = (roundId: string, activityId: string, status: 'done' | 'delayed') => {
  const activity = seedPlan.activities.find((a) => a.id === activityId)!;
  return {
    roundId,
    activityId,
    departmentId: activity.responsibleDepartmentId,
    status,
    comment: '',
    nextSteps: '',
    answeredBy: { id: 'u-1', name: 'Anna Andersson' },
    answeredAt: '2025-02-01T09:00:00Z',
    source: 'tab' as const,
    indicatorValues: {},
    fundsUsedTkr: 40,
  };
};
let stores: GraphStores;
let token: string;

beforeAll(async () => {
  stores = await graphStores({
    ...seedPlan,
    rounds: [...older, round],
    followUps: [answer('annual-2024', 'A1.1', 'delayed'), answer('annual-2025', 'A1.1', 'done')],
  });
  const key = { roundId: round.id, departmentId: 'social-omsorg', stage: 'opening' as const };
  const reserved = await stores.reminders.reserve(key, 'attempt-1', now, now);
  if (!reserved.ok) throw new Error(reserved.error.message);
  const sent = await stores.reminders.update({
    ...reserved.value.reminder,
    state: 'sent',
    sentAt: '2027-01-08T07:30:00.000Z',
  });
  if (!sent.ok) throw new Error(sent.error.message);
  token = makeDevToken(
    {
      oid: stores.emulator.emulator.seed.users[0]!.id,
      name: 'Anna Andersson',
      upn: 'anna@kommun.se',
      tid: 'tenant',
      scopes: ['Sites.Read.All'],
      audience: 'https://graph.microsoft.com',
    },
    new Date(),
  );
}, 60_000);
afterAll(() => stores.close());

function reader(site?: Parameters<typeof createGraphPlanReader>[0]['site']) {
  return createGraphPlanReader({
    graphBase: stores.emulator.emulator.url,
    siteUrl,
    origin: stores.emulator.emulator.origin,
    auth: { getToken: () => Promise.resolve({ ok: true, token }) },
    clock: fixedClock(now),
    fetch: stores.emulator.fetch,
    schema: siteSchema,
    ...(site ? { site } : {}),
  });
}

async function trips(load: () => Promise<{ ok: boolean }>) {
  await stores.emulator.resetStats();
  const result = await load();
  return { ok: result.ok, trips: (await stores.emulator.stats()).total };
}

describe('createGraphPlanReader', () => {
  it('opens cold in one Graph round trip with the site and lists from /config.json', async () => {
    const tab = reader(stores.site);
    expect(await trips(() => tab.loadPlan())).toEqual({ ok: true, trips: 1 });
    expect(await trips(() => tab.loadPlan())).toEqual({ ok: true, trips: 1 });
  });

  it('without them finds the site first (three round trips), as before', async () => {
    const tab = reader();
    expect(await trips(() => tab.loadPlan())).toEqual({ ok: true, trips: 3 });
  });

  it('falls back to the site’s address when the ids are stale, and loads the plan', async () => {
    const stale = {
      ...stores.site,
      lists: Object.fromEntries(
        Object.keys(stores.site.lists).map((name) => [name, crypto.randomUUID()]),
      ),
    };
    const tab = reader(stale);
    const first = await trips(() => tab.loadPlan());
    expect(first.ok).toBe(true);
    expect(first.trips).toBe(4);
    expect(await trips(() => tab.loadPlan())).toEqual({ ok: true, trips: 1 });
    const otherSite = reader({
      ...stores.site,
      siteId:
        'kommun.sharepoint.com,00000000-0000-0000-0000-000000000000,00000000-0000-0000-0000-000000000000',
    });
    expect((await otherSite.loadPlan()).ok).toBe(true);
  });

  it('reads a round’s reminders from the Påminnelser list, only when asked', async () => {
    const tab = reader(stores.site);
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

  it('reads the answers of rounds the plan’s read leaves out (a report’s older round) in one round trip', async () => {
    const tab = reader(stores.site);
    const plan = await tab.loadPlan();
    expect(plan.ok && plan.value.followUps.map((f) => f.roundId)).toEqual(['annual-2025']);
    const read = await trips(() => tab.listFollowUps!(['annual-2024']));
    expect(read).toEqual({ ok: true, trips: 1 });
    const answers = await tab.listFollowUps!(['annual-2024']);
    expect(
      answers.ok && answers.value.map((f) => [f.roundId, f.activityId, f.status, f.fundsUsedTkr]),
    ).toEqual([['annual-2024', 'A1.1', 'delayed', 40]]);
  });

  it('reads the older rounds’ answers without a plan read first (two round trips)', async () => {
    const tab = reader(stores.site);
    const read = await trips(() => tab.listFollowUps!(['annual-2024', 'annual-2025']));
    expect(read).toEqual({ ok: true, trips: 2 });
  });

  it('reads no reminders for another round', async () => {
    const other = await reader(stores.site).listReminders!('R-finns-inte');
    expect(other).toEqual({ ok: true, value: [] });
  });
});
