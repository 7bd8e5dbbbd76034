import { afterEach, describe, expect, it } from 'vitest';
import type { Graph } from '../../../src/graph/client/gateway.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { ensureSiteReady } from '../../../src/graph/ensure-site-ready.js';
import { provisionSite } from '../../../src/graph/provision/provision.js';
import { bundledManifestSource } from '../../../src/graph/site-schema/manifest.js';
import { siteUrl, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { recordingGraph } from '../helpers/recording-graph.js';

const now = new Date('2027-01-02T10:00:00Z');
type Manifest = {
  version: number;
  lists: { name: string; displayName: string; columns: Record<string, unknown>[] }[];
};
const shipped = () => structuredClone(bundledManifestSource.schema) as Manifest;
const withSchema = (schema: unknown) => ({ schema, formatters: bundledManifestSource.formatters });

describe('provisionSite', () => {
  let emulator: TestEmulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });
  const provision = async (schema: unknown = shipped(), graph: Graph = emulator!.graph) =>
    provisionSite({
      graph,
      siteUrl,
      manifest: withSchema(schema),
      sharePoint: emulator!.sharePoint,
      now,
    });

  it('refuses a bad manifest before sending any request', async () => {
    emulator = await startTestEmulator();
    const bad = shipped();
    bad.lists[2]!.columns.push({ name: 'Level', displayName: 'Nivå igen', type: 'text' });
    const result = await provision(bad);
    expect(result).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    expect((await emulator.stats()).total).toBe(0);
  });

  it('creates every list, then writes nothing on a second run', async () => {
    emulator = await startTestEmulator();
    const first = await provision();
    if (!first.ok) throw new Error(first.error.message);
    expect(first.value.createdLists).toHaveLength(shipped().lists.length);
    expect(first.value.recordedVersion).toBe(shipped().version);
    expect(first.value.views).toEqual([
      'Aktiviteter: Aktiviteter per förvaltning',
      'Aktiviteter: Försenade',
      'Aktiviteter: Saknar svar i pågående uppföljning',
    ]);
    expect(first.value.formatted).toEqual(['Aktiviteter.LatestStatus', 'Uppföljningar.Status']);
    await emulator.resetStats();
    const recording = recordingGraph(emulator.graph);
    const second = await provision(shipped(), recording);
    expect(second).toMatchObject({
      ok: true,
      value: { createdLists: [], addedColumns: [], views: [], formatted: [] },
    });
    expect(recording.writes()).toEqual([]);
    const stats = await emulator.stats();
    expect(stats.byRoute.filter((r) => r.method !== 'GET' && r.route !== '/$batch')).toEqual([]);
  });

  it('makes a site ready for npm start in one call, and only reads on the next start', async () => {
    emulator = await startTestEmulator();
    const ready = (graph: Graph) =>
      ensureSiteReady({
        graph,
        siteUrl,
        sharePoint: emulator!.sharePoint,
        clock: fixedClock(now),
        seed: seedPlan,
      });
    const first = await ready(emulator.graph);
    expect(first).toMatchObject({
      ok: true,
      value: { seed: { created: { Activities: seedPlan.activities.length } } },
    });
    const recording = recordingGraph(emulator.graph);
    const second = await ready(recording);
    expect(second).toMatchObject({ ok: true, value: { seed: { created: {}, existing: 34 } } });
    expect(recording.writes()).toEqual([]);
    expect(second.ok && second.value.site).toEqual(first.ok && first.value.site);
  });

  it('adds the columns a newer manifest has and records the new version', async () => {
    emulator = await startTestEmulator();
    expect((await provision()).ok).toBe(true);
    const newer = shipped();
    newer.version += 1;
    newer.lists
      .find((l) => l.name === 'Departments')!
      .columns.push({ name: 'Email', displayName: 'E-post', type: 'text', maxLength: 255 });
    const result = await provision(newer);
    expect(result).toMatchObject({
      ok: true,
      value: {
        createdLists: [],
        addedColumns: ['Departments.Email'],
        recordedVersion: newer.version,
      },
    });
    expect(await provision(newer)).toMatchObject({ ok: true, value: { addedColumns: [] } });
    const older = await provision(shipped());
    expect(older).toMatchObject({
      ok: false,
      error: {
        reason: 'conflict',
        message: expect.stringMatching(
          new RegExp(`schemaversion ${newer.version}[\\s\\S]*Uppdatera appen`),
        ),
      },
    });
  });

  it('stops before any write when a column has another type on the site, saying what to do', async () => {
    emulator = await startTestEmulator();
    const retyped = shipped();
    const board = retyped.lists
      .find((l) => l.name === 'Departments')!
      .columns.find((c) => c.name === 'Board')!;
    Object.assign(board, { type: 'number', maxLength: undefined });
    delete board['maxLength'];
    expect((await provision(retyped)).ok).toBe(true);
    await emulator.resetStats();
    const recording = recordingGraph(emulator.graph);
    const result = await provision(shipped(), recording);
    expect(result).toMatchObject({ ok: false, error: { reason: 'conflict' } });
    const message = result.ok ? '' : result.error.message;
    expect(message).toMatch(
      /Kolumnen Board i listan Förvaltningar är av typen number på webbplatsen men text i manifestet/,
    );
    expect(message).toMatch(/byter aldrig typ/);
    expect(recording.writes()).toEqual([]);
  });

  it('adds the choices a newer manifest gives an existing choice column, keeping those the site has', async () => {
    emulator = await startTestEmulator();
    const older = shipped();
    const statusOf = (m: Manifest) =>
      m.lists.find((l) => l.name === 'Plans')!.columns.find((c) => c.name === 'PlanStatus') as {
        choices: { value: string; label: string }[];
      };
    statusOf(older).choices = statusOf(older).choices.filter((c) => c.value !== 'replaced');
    expect((await provision(older)).ok).toBe(true);
    const newer = shipped();
    newer.version += 1;
    statusOf(newer).choices.push({ value: 'archived', label: 'Arkiverad' });
    const result = await provision(newer);
    expect(result).toMatchObject({
      ok: true,
      value: {
        addedColumns: [],
        addedChoices: ['Plans.PlanStatus: Ersatt', 'Plans.PlanStatus: Arkiverad'],
      },
    });
    const columns = (await emulator.graph.send({
      method: 'GET',
      url: `/sites/${result.ok ? result.value.site.siteId : ''}/lists/${result.ok ? result.value.site.lists['Plans'] : ''}/columns`,
    })) as { ok: true; body: { value: { name: string; choice?: { choices: string[] } }[] } };
    expect(columns.body.value.find((c) => c.name === 'PlanStatus')!.choice!.choices).toEqual([
      'Förslag',
      'Antagen',
      'Ersatt',
      'Arkiverad',
    ]);
    const recording = recordingGraph(emulator.graph);
    expect(await provision(newer, recording)).toMatchObject({
      ok: true,
      value: { addedChoices: [] },
    });
    expect(recording.writes()).toEqual([]);
    // A manifest with fewer choices than the site removes none and asks nothing.
    const fewer = shipped();
    fewer.version = newer.version;
    expect(await provision({ ...newer, lists: fewer.lists }, recording)).toMatchObject({
      ok: true,
      value: { addedChoices: [] },
    });
    expect(recording.writes()).toEqual([]);
  });

  it('does not create a second list when a provisioned list carries another name', async () => {
    emulator = await startTestEmulator();
    expect((await provision()).ok).toBe(true);
    const renamed = shipped();
    renamed.lists.find((l) => l.name === 'Goals')!.displayName = 'Målområden';
    const recording = recordingGraph(emulator.graph);
    const result = await provision(renamed, recording);
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/Listan Målområden heter nu "Mål"/) },
    });
    expect(recording.writes()).toEqual([]);
  });
});
