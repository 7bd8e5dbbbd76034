import { afterEach, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../src/app/ports.js';
import { bundledManifestSource } from '../../../src/graph/site-schema/manifest.js';
import { parseVersion } from '../../../src/graph/codec/fields.js';
import { itemUrl } from '../../../src/graph/store/queries.js';
import { contractData } from '../fixtures/plan-data.js';
import { dumpLists } from '../helpers/dump.js';
import { graphStores, type GraphStores } from '../helpers/graph-stores.js';

/** Each test opens its own stores; they are closed after it. */
let stores: GraphStores | undefined;
afterEach(async () => {
  await stores?.close();
  stores = undefined;
});

/** An activity's row as SharePoint lists it. */
const activity = async (key: string) =>
  (await dumpLists(stores!.emulator.graph, stores!.site))['Activities']!.find(
    (a) => a['Key'] === key,
  )!;

/** What managers see in SharePoint itself: derived columns, views and the status formatting. */
describe('status in SharePoint', () => {
  it('shows each activity’s latest status and whether the round under way has its answer', async () => {
    stores = await graphStores(contractData());
    expect(await activity('A2.2')).toMatchObject({
      LatestStatus: 'Pågår enligt plan',
      LatestRound: 'annual-2026',
      RoundResponseState: 'Besvarad',
    });
    expect(await activity('A1.3')).toMatchObject({
      LatestStatus: undefined,
      RoundResponseState: 'Saknar svar',
    });
    const answered = await stores.store.recordFollowUps({
      roundId: 'annual-2026',
      departmentId: 'miljo-samhallsbyggnad',
      answers: [{ activityId: 'A1.3', status: 'delayed', comment: '', nextSteps: '' }],
      responder: { id: 'u-4', name: 'David Dahl' },
      source: 'tab',
      at: new Date('2027-02-04T13:00:00Z'),
    });
    expect(answered.ok).toBe(true);
    expect(await activity('A1.3')).toMatchObject({
      LatestStatus: 'Försenad',
      LatestFollowUpDate: '2027-02-04T13:00:00Z',
      LatestRound: 'annual-2026',
      RoundResponseState: 'Besvarad',
    });
  });

  it('repairs the status columns a cut-short write left behind when the same answer comes again', async () => {
    stores = await graphStores(contractData());
    const answer = () =>
      stores!.store.recordFollowUps({
        roundId: 'annual-2026',
        departmentId: 'miljo-samhallsbyggnad',
        answers: [{ activityId: 'A1.3', status: 'delayed', comment: '', nextSteps: '' }],
        responder: { id: 'u-4', name: 'David Dahl' },
        source: 'tab',
        at: new Date('2027-02-04T13:00:00Z'),
      });
    expect((await answer()).ok).toBe(true);
    // As if the answer's write had landed but its activity update had not.
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const item = parseVersion(loaded.value.activities.find((a) => a.id === 'A1.3')!.version)!;
    const reset = await stores.emulator.graph.send({
      method: 'PATCH',
      url: itemUrl(stores.site, 'Activities', item.itemId, '/fields'),
      body: { LatestStatus: 'Ej påbörjad', RoundResponseState: 'Saknar svar' },
    });
    expect(reset.ok).toBe(true);
    await stores.emulator.resetStats();
    const again = await answer();
    expect(again.ok).toBe(true);
    expect(await activity('A1.3')).toMatchObject({
      LatestStatus: 'Försenad',
      RoundResponseState: 'Besvarad',
    });
    const history = await stores.store.followUpHistory('annual-2026', 'A1.3');
    expect(history.ok && history.value).toHaveLength(1);
  });

  it('clears "missing answer" when the round under way closes', async () => {
    stores = await graphStores(contractData());
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const open = loaded.value.rounds.find((r) => r.id === 'annual-2026')!;
    const { version, ...round } = open;
    expect((await stores.store.saveRound({ ...round, state: 'closed' }, version)).ok).toBe(true);
    expect(await activity('A1.3')).toMatchObject({
      RoundResponseState: 'Ingen pågående uppföljning',
    });
    expect(await activity('A2.2')).toMatchObject({
      LatestStatus: 'Pågår enligt plan',
      RoundResponseState: 'Ingen pågående uppföljning',
    });
  });

  it('has the three views and the status formatting, read back through SharePoint REST', async () => {
    stores = await graphStores(contractData());
    const rest = stores.emulator.sharePoint(stores.site.webUrl);
    const list = `/_api/web/lists(guid'${stores.site.lists['Activities']}')`;
    const views = await rest.get(`${list}/views?$select=Id,Title`);
    const titles = views.ok
      ? (views.body as { value: { Title: string }[] }).value.map((v) => v.Title)
      : [];
    expect(titles).toEqual(
      expect.arrayContaining([
        'Aktiviteter per förvaltning',
        'Försenade',
        'Saknar svar i pågående uppföljning',
      ]),
    );
    const field = await rest.get(
      `${list}/fields/getbyinternalnameortitle('LatestStatus')?$select=InternalName,CustomFormatter`,
    );
    const formatter = field.ok ? (field.body as { CustomFormatter: string }).CustomFormatter : '{}';
    expect(JSON.parse(formatter)).toEqual(bundledManifestSource.formatters['status']);
  });
});

/** The term round opened beside the annual one: the column follows every open round. */
describe('status in SharePoint with two rounds open', () => {
  const answerInTerm = (activityId: string, departmentId: string, basis?: PlanSnapshot) =>
    stores!.store.recordFollowUps({
      roundId: 'termOfOffice-2027',
      departmentId,
      answers: [{ activityId, status: 'onTrack', comment: '', nextSteps: '' }],
      responder: { id: 'u-1', name: 'Anna Andersson' },
      source: 'card',
      at: new Date('2027-03-02T09:00:00Z'),
      ...(basis ? { basis } : {}),
    });

  it('turns an answered activity to "Saknar svar" when the term round opens, and back when both have its answer', async () => {
    stores = await graphStores(contractData());
    expect(await activity('A2.2')).toMatchObject({ RoundResponseState: 'Besvarad' });
    expect(await activity('A1.1')).toMatchObject({
      RoundResponseState: 'Ingen pågående uppföljning',
    });
    const loaded = await stores.store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const { version, ...term } = loaded.value.rounds.find((r) => r.id === 'termOfOffice-2027')!;
    expect((await stores.store.saveRound({ ...term, state: 'open' }, version)).ok).toBe(true);
    // A2.2 (2022–2026) is in both rounds and answered only in the annual one; A1.1 (to 2024)
    // only in the term round.
    expect(await activity('A2.2')).toMatchObject({ RoundResponseState: 'Saknar svar' });
    expect(await activity('A1.1')).toMatchObject({ RoundResponseState: 'Saknar svar' });
    expect((await answerInTerm('A2.2', 'social-omsorg')).ok).toBe(true);
    expect(await activity('A2.2')).toMatchObject({
      RoundResponseState: 'Besvarad',
      LatestRound: 'termOfOffice-2027',
    });
    // A1.3 answered in the term round still owes the annual round its answer.
    expect((await answerInTerm('A1.3', 'miljo-samhallsbyggnad')).ok).toBe(true);
    expect(await activity('A1.3')).toMatchObject({ RoundResponseState: 'Saknar svar' });
    // Closing the annual round leaves the term round's state.
    const reloaded = await stores.store.loadPlan();
    if (!reloaded.ok) throw new Error(reloaded.error.message);
    const { version: v, ...annual } = reloaded.value.rounds.find((r) => r.id === 'annual-2026')!;
    expect((await stores.store.saveRound({ ...annual, state: 'closed' }, v)).ok).toBe(true);
    expect(await activity('A1.3')).toMatchObject({ RoundResponseState: 'Besvarad' });
    expect(await activity('A1.1')).toMatchObject({ RoundResponseState: 'Saknar svar' });
  });

  it('answers against a loaded plan in one round trip and without one in three, the column right both ways', async () => {
    const data = contractData();
    const rounds = data.rounds.map((r) =>
      r.id === 'termOfOffice-2027' ? { ...r, state: 'open' as const } : r,
    );
    stores = await graphStores({ ...data, rounds });
    expect(await activity('A2.2')).toMatchObject({ RoundResponseState: 'Saknar svar' });
    const basis = await stores.store.loadPlan();
    if (!basis.ok) throw new Error(basis.error.message);
    await stores.emulator.resetStats();
    expect((await answerInTerm('A2.2', 'social-omsorg', basis.value)).ok).toBe(true);
    expect((await stores.emulator.stats()).total).toBe(1);
    expect(await activity('A2.2')).toMatchObject({ RoundResponseState: 'Besvarad' });
    // Without a loaded plan the other open round's answer is read by key before the write.
    await stores.emulator.resetStats();
    expect((await answerInTerm('A1.3', 'miljo-samhallsbyggnad')).ok).toBe(true);
    expect((await stores.emulator.stats()).total).toBe(3);
    expect(await activity('A1.3')).toMatchObject({ RoundResponseState: 'Saknar svar' });
    // A1.1 (to 2024) is in the term round only: no other open round to read.
    await stores.emulator.resetStats();
    expect((await answerInTerm('A1.1', 'utbildning')).ok).toBe(true);
    expect((await stores.emulator.stats()).total).toBe(2);
    expect(await activity('A1.1')).toMatchObject({ RoundResponseState: 'Besvarad' });
  });
});
