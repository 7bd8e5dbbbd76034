import { expect } from 'vitest';
import { answeringDepartment } from './fill-site.js';
import type { ManifestChanges } from './manifest-history.js';
import type { DumpedItem, SiteDump } from './site-dump.js';
import type { upgradeRun } from './upgrade-harness.js';

type Run = Awaited<ReturnType<typeof upgradeRun>>;

const sorted = (values: readonly string[]) => [...values].sort();

/** The items of `dump` that `earlier` had, list by list. */
function itemsOf(
  dump: SiteDump,
  earlier: SiteDump,
): Record<string, Record<string, DumpedItem | undefined>> {
  return Object.fromEntries(
    Object.entries(earlier).map(([list, items]) => [
      list,
      Object.fromEntries(Object.keys(items).map((id) => [id, dump[list]?.[id]])),
    ]),
  );
}

function newItems(dump: SiteDump, earlier: SiteDump): string[] {
  return Object.entries(dump).flatMap(([list, items]) =>
    Object.keys(items)
      .filter((id) => !earlier[list]?.[id])
      .map((id) => `${list}/${id}`),
  );
}

/** The fill reached every list and the stores read what it wrote: the comparison is not empty. */
function expectFilled(run: Run): void {
  for (const [list, items] of Object.entries(run.dumpBefore))
    expect(Object.keys(items).length, `items in ${list}`).toBeGreaterThan(0);
  const { plan, histories, reminders, channels } = run.readBefore;
  expect(plan.ok && plan.value.followUps.length).toBeGreaterThan(0);
  for (const { key, history } of histories) {
    expect(history.ok && history.value.length, `history of ${key}`).toBeGreaterThan(0);
  }
  expect(
    Math.max(...histories.map(({ history }) => (history.ok ? history.value.length : 0))),
  ).toBeGreaterThanOrEqual(3);
  const states = reminders.flatMap(({ reminders: r }) => (r.ok ? r.value.map((x) => x.state) : []));
  expect(sorted(states)).toEqual(['failed', 'sent']);
  expect(channels.ok && channels.value.map((c) => c.target)).toEqual(
    expect.arrayContaining([answeringDepartment, 'workingGroup']),
  );
}

/**
 * What an in-place upgrade promises: provisioning reports exactly the lists and columns the newer
 * manifest adds (and records its version when it is newer); every earlier item is still there with
 * equal values, eTag and version history; the stores read the same plan, histories, reminders
 * and channel links as before; columns the newer manifest added read as empty on earlier items;
 * and provisioning again writes nothing.
 */
export function expectUpgradedInPlace(run: Run, changes: ManifestChanges): void {
  expectFilled(run);
  const newer = run.newer.version > run.older.version;
  expect(sorted(run.upgrade.createdLists)).toEqual(sorted(changes.addedLists));
  expect(sorted(run.upgrade.addedColumns)).toEqual(sorted(changes.addedColumns));
  expect(run.upgrade.addedChoices).toEqual(changes.addedChoices);
  expect(run.upgrade.recordedVersion).toBe(newer ? run.newer.version : undefined);

  expect(itemsOf(run.dumpAfter, run.dumpBefore)).toEqual(run.dumpBefore);
  expect(newItems(run.dumpAfter, run.dumpBefore)).toEqual(
    newer ? [expect.stringMatching(/^SchemaVersions\//)] : [],
  );
  expect(run.readAfter).toEqual(run.readBefore);

  for (const column of changes.addedColumns) {
    const [list, name] = column.split('.') as [string, string];
    const spec = run.newer.lists.find((l) => l.name === list)?.columns.find((c) => c.name === name);
    const field = spec?.type === 'lookup' && !spec.multiple ? `${name}LookupId` : name;
    for (const id of Object.keys(run.dumpBefore[list] ?? {})) {
      expect(run.newColumns[list]![id]!.fields[field], `${column} on item ${id}`).toBeNull();
    }
  }

  expect(run.again).toMatchObject({
    ok: true,
    value: { createdLists: [], addedColumns: [], addedChoices: [], views: [], formatted: [] },
  });
  expect(run.again.ok && run.again.value.recordedVersion).toBeUndefined();
  expect(run.writesAgain).toEqual([]);
}
