import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUseCases } from '../../../src/app/use-cases/use-cases.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { GraphTeamMembership } from '../../../src/graph/team-membership.js';
import { createDevTokenValidator } from '../../../src/server/api/dev-token-validator.js';
import { createApiRouter } from '../../../src/server/api/router.js';
import {
  AnswersConflictSchema,
  AnswersResponseSchema,
  ApiErrorBodySchema,
  apiPaths,
  MeResponseSchema,
  ReminderResponseSchema,
  RoundResponseSchema,
} from '../../../src/tab/api/contract.js';
import { fakeCards, RecordingPoster } from '../../app/reminders/fakes.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import { RecordingLogger } from './support/fakes.js';
import { serveApi, type ApiServer } from './support/http.js';
import { now, openRoundId, social, worldData } from './support/memory-world.js';

/**
 * The API with SharePoint behind it: the Graph stores on the emulator, membership asked of the
 * emulator's Teams teams (social- och omsorgsförvaltningen: Bertil and Cecilia; the working
 * group: Anna, Bertil and Johan), the seeded users' dev tokens.
 */

const teams = {
  workingGroup: '36c69ed2-ae89-412a-b72b-bb9b2ba117af',
  social: 'e418b5d4-a7ee-4d59-ae0c-c662176cdaff',
};
const anna = { id: '41854d2b-b5bf-42bf-9378-f785b360fb6a', name: 'Anna Andersson' };
const cecilia = { id: '7abd81a3-83aa-4933-9e18-357a870532b9', name: 'Cecilia Carlsson' };
const david = { id: 'a9ba621d-5cee-4706-bdde-3d999bd76be1', name: 'David Dahl' };

let stores: GraphStores;
let api: ApiServer;
const logger = new RecordingLogger();

function channel(target: string, teamId: string) {
  return {
    target,
    teamId,
    channelId: `19:${target}@thread.tacv2`,
    tenantId: 'aaa9ee38-f34e-47fe-9528-33545119fd0e',
    serviceUrl: 'https://smba.example/emea/',
    conversationId: `19:${target}@thread.tacv2`,
  };
}

beforeAll(async () => {
  stores = await graphStores(worldData());
  await stores.channels.linkChannel(channel(social, teams.social));
  await stores.channels.linkChannel(channel('workingGroup', teams.workingGroup));
  const clock = fixedClock(now);
  // Throttled parts are tried twice, so a 429 reaches the API quickly.
  const graph = stores.emulator.gateway({ maxPartAttempts: 2 });
  const { store, reminders, channels } = stores.storesOn(graph);
  const timer = { now: () => new Date(), sleep: () => Promise.resolve() };
  const poster = new RecordingPoster(timer);
  const useCases = createUseCases({
    store,
    channels,
    membership: new GraphTeamMembership({ graph, clock }),
    clock,
    workingGroupTeamId: teams.workingGroup,
    reminderRun: {
      plans: store,
      reminders,
      poster,
      cards: fakeCards,
      timer,
      newAttemptId: () => crypto.randomUUID(),
      settings: { threadIntervalMs: 0, postsPerSecond: 1000 },
    },
  });
  const tokens = createDevTokenValidator({ clock });
  const router = createApiRouter({ useCases, store, tokens, clock, logger });
  api = await serveApi(router, clock);
}, 60_000);

afterAll(async () => {
  await api.close();
  await stores.close();
});

async function admin(path: string, body?: unknown) {
  const response = await stores.emulator.fetch(
    `${stores.emulator.emulator.origin}/_emulator/${path}`,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    },
  );
  if (!response.ok) throw new Error(`emulator admin ${path}: ${response.status}`);
}

const answer = (activityId: string, status: string, expectedVersion?: string) => ({
  activityId,
  status,
  comment: 'Enligt plan.',
  nextSteps: '',
  ...(expectedVersion ? { expectedVersion } : {}),
});

describe('the API over the Graph emulator', () => {
  it('knows the callers from the emulator’s teams', async () => {
    const me = await api.request('GET', apiPaths.me(), { user: cecilia });
    expect(MeResponseSchema.parse(me.body)).toMatchObject({
      isWorkingGroup: false,
      departmentIds: [social],
    });
    const wg = await api.request('GET', apiPaths.me(), { user: anna });
    expect(MeResponseSchema.parse(wg.body)).toMatchObject({
      isWorkingGroup: true,
      departmentIds: [],
    });
  });

  it('stores an answer in SharePoint, refuses a stale one with 409 and an outsider with 403', async () => {
    const first = await api.request('POST', apiPaths.answers(openRoundId), {
      user: cecilia,
      body: { departmentId: social, answers: [answer('A1.2', 'onTrack'), answer('A2.1', 'done')] },
    });
    expect(first.status).toBe(200);
    const [a12] = AnswersResponseSchema.parse(first.body).followUps;
    const loaded = await stores.store.loadPlan();
    const stored = loaded.ok ? loaded.value.followUps.filter((f) => f.roundId === openRoundId) : [];
    expect(stored.map((f) => [f.activityId, f.status, f.source]).sort()).toEqual([
      ['A1.2', 'onTrack', 'tab'],
      ['A2.1', 'done', 'tab'],
    ]);
    const changed = await api.request('POST', apiPaths.answers(openRoundId), {
      user: cecilia,
      body: { departmentId: social, answers: [answer('A1.2', 'delayed', a12!.version)] },
    });
    expect(changed.status).toBe(200);
    const stale = await api.request('POST', apiPaths.answers(openRoundId), {
      user: cecilia,
      body: { departmentId: social, answers: [answer('A1.2', 'done', a12!.version)] },
    });
    expect(stale.status).toBe(409);
    const current = AnswersConflictSchema.parse(ApiErrorBodySchema.parse(stale.body).error.current);
    expect(current.conflicts.map((c) => c.status)).toEqual(['delayed']);
    const outsider = await api.request('POST', apiPaths.answers(openRoundId), {
      user: david,
      body: { departmentId: social, answers: [answer('A3.1', 'done')] },
    });
    expect(outsider.status).toBe(403);
  });

  it('refuses an activity dated 0001-01-01 with 400 and the field message, never 503', async () => {
    const loaded = await stores.store.loadPlan();
    const stored = loaded.ok ? loaded.value.activities.find((a) => a.id === 'A1.2') : undefined;
    if (!stored) throw new Error('A1.2 not seeded');
    const { version, ...activity } = stored;
    const response = await api.request('PUT', apiPaths.activity('A1.2'), {
      user: anna,
      body: { activity: { ...activity, start: '0001-01-01' }, expectedVersion: version },
    });
    expect(response.status).toBe(400);
    expect(ApiErrorBodySchema.parse(response.body).error.fields).toEqual({
      start: 'Ange ett datum mellan 1900-01-01 och 8900-12-31.',
    });
    const after = await stores.store.loadPlan();
    expect(after.ok && after.value.activities.find((a) => a.id === 'A1.2')?.start).toBe(
      stored.start,
    );
  });

  it('sends a reminder now through the run, recorded in SharePoint', async () => {
    const sent = await api.request('POST', apiPaths.reminders(openRoundId), {
      user: anna,
      body: { departmentId: social },
    });
    expect(sent.status).toBe(202);
    expect(ReminderResponseSchema.parse(sent.body).outcome).toBe('posted');
    const recorded = await stores.reminders.listForRound(openRoundId);
    expect(recorded.ok && recorded.value.map((r) => [r.departmentId, r.stage, r.state])).toEqual([
      [social, 'opening', 'sent'],
    ]);
  });

  it('passes SharePoint’s throttling on as 429 with its Retry-After', async () => {
    await admin('faults/script', {
      status: 429,
      count: 40,
      retryAfterSeconds: 9,
      scope: 'batchPart',
    });
    try {
      const response = await api.request('GET', apiPaths.history('A1.2'), { user: david });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('9');
      const error = ApiErrorBodySchema.parse(response.body).error;
      expect(error).toMatchObject({ reason: 'throttled' });
      // The user reads a Swedish sentence; Graph's own status and text go to the log only.
      expect(error.message).not.toMatch(/Graph|TooManyRequests|429|\(/);
      const failures = logger.entries.filter((e) => e.event === 'api.failure');
      expect(failures.at(-1)?.fields).toMatchObject({
        reason: 'throttled',
        detail: expect.stringMatching(/Graph svarade 429/) as unknown,
      });
    } finally {
      await admin('reset');
    }
  });

  // Last: it closes the file's open round.
  it('gives the activities’ new versions with a closed round, so an edit right after succeeds', async () => {
    const before = await stores.store.loadPlan();
    if (!before.ok) throw new Error(before.error.message);
    const round = before.value.rounds.find((r) => r.id === openRoundId)!;
    const closed = await api.request('POST', apiPaths.closeRound(openRoundId), {
      user: anna,
      body: { expectedVersion: round.version },
    });
    expect(closed.status).toBe(200);
    const response = RoundResponseSchema.parse(closed.body);
    expect(response.round).toMatchObject({ id: openRoundId, state: 'closed' });
    // Closing rewrote the derived columns ("answer in the round under way") of the activities.
    const versions = response.activityVersions ?? {};
    const [id, version] = Object.entries(versions)[0] ?? [];
    if (!id || !version) throw new Error('no activity version came back');
    const after = await stores.store.loadPlan();
    const stored = after.ok ? after.value.activities.find((a) => a.id === id) : undefined;
    expect(stored?.version).toBe(version);
    const old = before.value.activities.find((a) => a.id === id)!;
    const { version: oldVersion, ...activity } = old;
    expect(oldVersion).not.toBe(version);
    const edit = (expectedVersion: string, title: string) =>
      api.request('PUT', apiPaths.activity(id), {
        user: anna,
        body: { activity: { ...activity, title }, expectedVersion },
      });
    // The version held before closing is stale (what the tab met); the one returned is current.
    expect((await edit(oldVersion, `${activity.title} (gammal)`)).status).toBe(409);
    expect((await edit(version, `${activity.title} (ny)`)).status).toBe(200);
  });
});
