import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUseCases } from '../../../src/app/use-cases/use-cases.js';
import { fixedClock } from '../../../src/domain/clock.js';
import type { Activity } from '../../../src/domain/model.js';
import { GraphTeamMembership } from '../../../src/graph/team-membership.js';
import { createDevTokenValidator } from '../../../src/server/api/dev-token-validator.js';
import { createApiRouter } from '../../../src/server/api/router.js';
import {
  ActivityResponseSchema,
  AnswersResponseSchema,
  ApiErrorBodySchema,
  apiPaths,
} from '../../../src/tab/api/contract.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import { RecordingLogger } from './support/fakes.js';
import { serveApi, type ApiServer } from './support/http.js';
import { now, openRoundId, social, worldData } from './support/memory-world.js';

/**
 * Indicators and development funds through the API with SharePoint behind it (the Graph stores
 * on the emulator): the working group defines indicators and allocates tkr, a department member
 * answers with values typed the Swedish way, and every refusal stores nothing.
 */

const teams = {
  workingGroup: '36c69ed2-ae89-412a-b72b-bb9b2ba117af',
  social: 'e418b5d4-a7ee-4d59-ae0c-c662176cdaff',
};
const anna = { id: '41854d2b-b5bf-42bf-9378-f785b360fb6a', name: 'Anna Andersson' };
const cecilia = { id: '7abd81a3-83aa-4933-9e18-357a870532b9', name: 'Cecilia Carlsson' };

let stores: GraphStores;
let api: ApiServer;

function channel(target: string, teamId: string) {
  return {
    target,
    teamId,
    channelId: `19:${target}@thread.tacv2`,
    tenantId: 'aaa9ee38-f34e-47fe-9528-33545119fd0e',
    serviceUrl: 'https://smba.example/emea/',
  };
}

beforeAll(async () => {
  stores = await graphStores(worldData());
  await stores.channels.linkChannel(channel(social, teams.social));
  await stores.channels.linkChannel(channel('workingGroup', teams.workingGroup));
  const clock = fixedClock(now);
  const graph = stores.emulator.gateway();
  const { store, channels } = stores.storesOn(graph);
  const useCases = createUseCases({
    store,
    channels,
    membership: new GraphTeamMembership({ graph, clock }),
    clock,
    workingGroupTeamId: teams.workingGroup,
  });
  const tokens = createDevTokenValidator({ clock });
  const router = createApiRouter({ useCases, store, tokens, clock, logger: new RecordingLogger() });
  api = await serveApi(router, clock);
}, 60_000);

afterAll(async () => {
  await api.close();
  await stores.close();
});

async function storedActivity(id: string) {
  const loaded = await stores.store.loadPlan();
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.value.activities.find((a) => a.id === id)!;
}

async function put(id: string, change: Partial<Activity>) {
  const { version, ...activity } = await storedActivity(id);
  return api.request('PUT', apiPaths.activity(id), {
    user: anna,
    body: { activity: { ...activity, ...change }, expectedVersion: version },
  });
}

const indicators: Activity['indicators'] = [
  {
    id: 'andel',
    name: 'Andel utbildad personal',
    unit: 'percent',
    baseline: 20,
    baselineYear: 2022,
    target: 80,
    targetYear: 2026,
    better: 'higher',
  },
  { id: 'rutin', name: 'Rutin antagen', unit: 'yesNo', better: 'higher' },
];

describe('indicators and development funds over the API', () => {
  it('defines indicators and allocates funds, stored in SharePoint', async () => {
    const response = await put('A1.2', { indicators, allocatedTkr: 380 });
    expect(response.status).toBe(200);
    expect(ActivityResponseSchema.parse(response.body).activity).toMatchObject({
      indicators,
      allocatedTkr: 380,
    });
    expect(await storedActivity('A1.2')).toMatchObject({ indicators, allocatedTkr: 380 });
  });

  it('refuses an allocation beyond the plan funds with what is left (400), storing nothing', async () => {
    const response = await put('A2.1', { allocatedTkr: 150 });
    expect(response.status).toBe(400);
    expect(ApiErrorBodySchema.parse(response.body).error.fields).toEqual({
      allocatedTkr: 'Det finns 120 tkr kvar att fördela av planens 500 tkr.',
    });
    expect((await storedActivity('A2.1')).allocatedTkr).toBeUndefined();
    expect((await put('A2.1', { allocatedTkr: 120 })).status).toBe(200);
  });

  it('refuses bad indicators with a message per field (400)', async () => {
    const response = await put('A2.1', {
      indicators: [
        { id: 'x', name: '', unit: 'percent', better: 'higher', target: 150, targetYear: 2026 },
      ],
    });
    expect(response.status).toBe(400);
    expect(ApiErrorBodySchema.parse(response.body).error.fields).toMatchObject({
      'indicators.0.name': expect.stringMatching(/Indikatorns namn/) as unknown,
    });
    const negative = await put('A2.1', { allocatedTkr: -5 });
    expect(ApiErrorBodySchema.parse(negative.body).error.fields).toEqual({
      allocatedTkr: expect.stringMatching(/^Tilldelade utvecklingsmedel/) as unknown,
    });
  });

  it('stores an answer with values typed as Swedish users type them (used beyond allocated is let in)', async () => {
    const response = await api.request('POST', apiPaths.answers(openRoundId), {
      user: cecilia,
      body: {
        departmentId: social,
        answers: [
          {
            activityId: 'A1.2',
            status: 'onTrack',
            comment: '',
            nextSteps: '',
            indicatorValues: { andel: '42,5', rutin: 'ja' },
            fundsUsed: '1 250',
          },
        ],
      },
    });
    expect(response.status).toBe(200);
    expect(AnswersResponseSchema.parse(response.body).followUps[0]).toMatchObject({
      indicatorValues: { andel: 42.5, rutin: 1 },
      fundsUsedTkr: 1250,
    });
    const history = await stores.store.followUpHistory(openRoundId, 'A1.2');
    expect(history.ok && history.value.at(-1)).toMatchObject({
      indicatorValues: { andel: 42.5, rutin: 1 },
      fundsUsedTkr: 1250,
    });
  });

  it('refuses values that are not numbers or out of range (400), storing nothing', async () => {
    const response = await api.request('POST', apiPaths.answers(openRoundId), {
      user: cecilia,
      body: {
        departmentId: social,
        answers: [
          {
            activityId: 'A2.1',
            status: 'done',
            comment: '',
            nextSteps: '',
            fundsUsed: '=SUMMA(A1)',
          },
          {
            activityId: 'A1.2',
            status: 'done',
            comment: '',
            nextSteps: '',
            indicatorValues: { andel: '120 %' },
          },
        ],
      },
    });
    expect(response.status).toBe(400);
    expect(ApiErrorBodySchema.parse(response.body).error.fields).toEqual({
      'A2.1.fundsUsed': 'Förbrukat belopp: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.',
      'A1.2.indicator.andel': 'Värdet: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.',
    });
    const history = await stores.store.followUpHistory(openRoundId, 'A2.1');
    expect(history.ok && history.value).toEqual([]);
  });

  it('ends a saved indicator (stored in SharePoint), refuses a bad date and removing one (400)', async () => {
    const [andel, rutin] = indicators;
    const badDate = await put('A1.2', {
      indicators: [andel!, { ...rutin!, endedOn: '31/1 2027' }],
    });
    expect(badDate.status).toBe(400);
    expect(ApiErrorBodySchema.parse(badDate.body).error.fields).toEqual({
      'indicators.1.endedOn': 'Indikatorns slutdatum: ange ett datum som ÅÅÅÅ-MM-DD.',
    });
    const removed = await put('A1.2', { indicators: [andel!] });
    expect(removed.status).toBe(400);
    expect(ApiErrorBodySchema.parse(removed.body).error.fields).toEqual({
      indicators:
        'En sparad indikator tas inte bort (dess värden finns i svaren): avsluta ”Rutin antagen” med ett datum i stället.',
    });
    const end = { endedOn: '2027-01-31', endReason: 'Rutinen är antagen.' };
    const ended = await put('A1.2', { indicators: [andel!, { ...rutin!, ...end }] });
    expect(ended.status).toBe(200);
    expect((await storedActivity('A1.2')).indicators).toEqual([andel, { ...rutin, ...end }]);
  });
});
