import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import { seedSite } from '../../../src/graph/seed/seed-site.js';
import { bundledManifestSource } from '../../../src/graph/site-schema/manifest.js';
import { readerSchema } from '../../../src/graph/site-schema/reader-schema.js';
import { contractData, contractNow } from '../fixtures/plan-data.js';
import { startTestEmulator } from '../helpers/emulator.js';
import { recordingGraph } from '../helpers/recording-graph.js';
import { expectUpgradedInPlace } from './expect-upgrade.js';
import {
  frozenManifests,
  historyProblems,
  manifestChanges,
  schemaOf,
  type ManifestSource,
} from './manifest-history.js';
import { provisionWith, upgradeRun } from './upgrade-harness.js';
import { dumpSite } from './site-dump.js';

type Manifest = {
  version: number;
  lists: {
    name: string;
    displayName: string;
    columns: Record<string, unknown>[];
    views?: unknown[];
    formatting?: unknown[];
  }[];
};

const current = bundledManifestSource;
const frozen = frozenManifests();

/** manifest/ as the next release might change it: a new optional column and a new list. */
function nextManifest(): ManifestSource {
  const schema = structuredClone(current.schema) as Manifest;
  schema.version += 1;
  schema.lists
    .find((l) => l.name === 'FollowUps')!
    .columns.push({ name: 'Evidence', displayName: 'Underlag', type: 'note' });
  schema.lists.push({
    name: 'Indicators',
    displayName: 'Indikatorer',
    columns: [
      { name: 'Key', displayName: 'Nyckel', type: 'text', indexed: true, unique: true },
      { name: 'Activity', displayName: 'Aktivitet', type: 'lookup', list: 'Activities' },
      { name: 'Target', displayName: 'Målvärde', type: 'number' },
    ],
  });
  return { schema, formatters: current.formatters };
}

describe('manifest history', () => {
  it('agrees with manifest/: every released version frozen as it shipped, nothing taken away since', () => {
    expect(frozen.map((f) => f.version)).toContain(1);
    expect(historyProblems(frozen, current)).toEqual([]);
  });

  it('refuses a manifest/ changed without a new version, a misfiled or future frozen one, and removals', () => {
    const now = schemaOf(current).version;
    const frozenNow = { version: now, source: current };
    expect(historyProblems([frozenNow], nextManifest())).toEqual([]);
    const unversioned = nextManifest();
    (unversioned.schema as Manifest).version -= 1;
    expect(historyProblems([frozenNow], unversioned)).toEqual([
      `manifest/ differs from released version ${now}: raise its version and leave manifest-history/${now} as it is`,
    ]);
    expect(historyProblems([{ version: now + 1, source: current }], current)).toEqual([
      `manifest-history/${now + 1} holds schema version ${now}`,
      `manifest-history/${now + 1} is newer than manifest/ (version ${now})`,
    ]);
    expect(historyProblems([], current)).toEqual([
      'no released manifest is frozen in manifest-history/',
    ]);
    const broken = structuredClone(current.schema) as Manifest;
    broken.version += 1;
    broken.lists = broken.lists.filter((l) => l.name !== 'ChannelLinks');
    expect(historyProblems([frozenNow], { ...current, schema: broken })).toEqual([
      `since version ${now}: list ChannelLinks (Kanalkopplingar) is gone`,
    ]);
  });

  it('tells additions from changes an upgrade in place cannot make', () => {
    const base = schemaOf(current);
    expect(manifestChanges(base, schemaOf(nextManifest()))).toEqual({
      addedLists: ['Indikatorer'],
      addedColumns: ['FollowUps.Evidence'],
      addedChoices: [],
      breaking: [],
    });
    const broken = structuredClone(current.schema) as Manifest;
    const followUps = broken.lists.find((l) => l.name === 'FollowUps')!;
    followUps.columns = followUps.columns.filter((c) => c.name !== 'NextSteps');
    const status = followUps.columns.find((c) => c.name === 'Status') as {
      choices: { label: string }[];
    };
    status.choices = status.choices.filter((c) => c.label !== 'Utgår');
    Object.assign(broken.lists.find((l) => l.name === 'Departments')!.columns[1]!, {
      type: 'note',
    });
    delete broken.lists.find((l) => l.name === 'Departments')!.columns[1]!['maxLength'];
    broken.lists.find((l) => l.name === 'Goals')!.displayName = 'Målområden';
    broken.lists = broken.lists.filter((l) => l.name !== 'ChannelLinks');
    expect(manifestChanges(base, schemaOf({ ...current, schema: broken })).breaking).toEqual([
      'column Departments.Board is retyped: text → note',
      'list Goals is renamed: Mål → Målområden',
      'column FollowUps.Status lost the choices Utgår',
      'column FollowUps.NextSteps is gone',
      'list ChannelLinks (Kanalkopplingar) is gone',
    ]);
  });
});

describe('upgrading a site in place', () => {
  it.each(frozen.map((f) => [f.version, f.source] as const))(
    'upgrades a filled site provisioned with released manifest version %i to manifest/',
    async (version, source) => {
      const run = await upgradeRun(source, current);
      expectUpgradedInPlace(run, manifestChanges(schemaOf(source), schemaOf(current)));
    },
  );

  it('upgrades a filled site from manifest/ to a next manifest with a new column and a new list', async () => {
    const next = nextManifest();
    const run = await upgradeRun(current, next);
    const changes = manifestChanges(schemaOf(current), schemaOf(next));
    expect(changes.addedColumns).toEqual(['FollowUps.Evidence']);
    expectUpgradedInPlace(run, changes);
    expect(run.upgrade.recordedVersion).toBe(schemaOf(current).version + 1);
    expect(run.upgrade.site.lists['Indicators']).toEqual(expect.any(String));
    expect(run.newColumns['Indicators']).toEqual({});
  });

  it("upgrades a site of a manifest without a column today's code writes, which then reads as empty", async () => {
    const previous = structuredClone(current.schema) as Manifest;
    const followUps = previous.lists.find((l) => l.name === 'FollowUps')!;
    followUps.columns = followUps.columns.filter((c) => c.name !== 'NextSteps');
    const next = structuredClone(current.schema) as Manifest;
    next.version += 1;
    const older = { ...current, schema: previous };
    const run = await upgradeRun(older, { ...current, schema: next });
    expectUpgradedInPlace(run, manifestChanges(schemaOf(older), schemaOf(current)));
    expect(run.upgrade.addedColumns).toEqual(['FollowUps.NextSteps']);
    const plan = run.readAfter.plan;
    expect(plan.ok && plan.value.followUps.map((f) => f.nextSteps)).toEqual(
      plan.ok ? plan.value.followUps.map(() => '') : [],
    );
  });

  it('stops before any change when the next manifest retypes a column, and keeps a dropped column with its data', async () => {
    const emulator = await startTestEmulator();
    try {
      const provisioned = await provisionWith(emulator, current);
      if (!provisioned.ok) throw new Error(provisioned.error.message);
      const site = provisioned.value.site;
      const schema = readerSchema(schemaOf(current));
      const seeded = await seedSite(
        { graph: emulator.graph, site, schema, clock: fixedClock(contractNow) },
        contractData(),
      );
      expect(seeded.ok).toBe(true);
      const before = await dumpSite(emulator.graph, site, schema);

      const retyped = structuredClone(nextManifest().schema) as Manifest;
      const board = retyped.lists.find((l) => l.name === 'Departments')!.columns[1]!;
      expect(board['name']).toBe('Board');
      Object.assign(board, { type: 'note' });
      delete board['maxLength'];
      const recording = recordingGraph(emulator.graph);
      const refused = await provisionWith(emulator, { ...current, schema: retyped }, recording);
      expect(refused).toMatchObject({
        ok: false,
        error: {
          reason: 'conflict',
          message: expect.stringMatching(/Kolumnen Board i listan Förvaltningar är av typen text/),
        },
      });
      expect(recording.writes()).toEqual([]);
      expect(await dumpSite(emulator.graph, site, schema)).toEqual(before);

      const dropped = structuredClone(current.schema) as Manifest;
      dropped.version += 1;
      const departments = dropped.lists.find((l) => l.name === 'Departments')!;
      departments.columns = departments.columns.filter((c) => c.name !== 'Board');
      expect((await provisionWith(emulator, { ...current, schema: dropped })).ok).toBe(true);
      const after = await dumpSite(emulator.graph, site, schema);
      expect(Object.values(after['Departments']!).some((d) => d.fields['Board'] !== null)).toBe(
        true,
      );
      expect(
        Object.fromEntries(
          Object.keys(before).map((list) => [list, list === 'SchemaVersions' ? {} : after[list]]),
        ),
      ).toEqual({ ...before, SchemaVersions: {} });
    } finally {
      await emulator.close();
    }
  });
});
