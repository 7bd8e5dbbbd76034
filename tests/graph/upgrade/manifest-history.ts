import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSiteManifest } from '../../../src/graph/site-schema/load.js';
import type { SiteSchema } from '../../../src/graph/site-schema/schema.js';

/**
 * The released site manifests, frozen under tests/fixtures/manifest-history/<schema version>/
 * (site-schema.json and formatting/*.json as manifest/ held them when that version shipped).
 * Every one of them must upgrade in place to the manifest in manifest/ (upgrade.test.ts).
 */

export type ManifestSource = {
  readonly schema: unknown;
  readonly formatters: Readonly<Record<string, unknown>>;
};

type FrozenManifest = { readonly version: number; readonly source: ManifestSource };

const historyFolder = fileURLToPath(new URL('../../fixtures/manifest-history/', import.meta.url));

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Every frozen manifest, oldest first. */
export function frozenManifests(folder = historyFolder): FrozenManifest[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^\d+$/.test(entry.name))
    .map((entry) => {
      const dir = join(folder, entry.name);
      const formatting = join(dir, 'formatting');
      const formatters = Object.fromEntries(
        readdirSync(formatting)
          .filter((file) => file.endsWith('.json'))
          .map((file) => [file.slice(0, -'.json'.length), readJson(join(formatting, file))]),
      );
      return {
        version: Number(entry.name),
        source: { schema: readJson(join(dir, 'site-schema.json')), formatters },
      };
    })
    .sort((a, b) => a.version - b.version);
}

/** A manifest source parsed and checked; a broken frozen or built manifest is a test bug. */
export function schemaOf(source: ManifestSource): SiteSchema {
  const parsed = parseSiteManifest(source.schema, source.formatters);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value.schema;
}

export type ManifestChanges = {
  /** Display names of the lists the newer manifest adds. */
  readonly addedLists: readonly string[];
  /** `List.Column` of the columns the newer manifest adds to lists the older one had. */
  readonly addedColumns: readonly string[];
  /** What an in-place upgrade cannot do: lists or columns removed, renamed or retyped. */
  readonly breaking: readonly string[];
};

/** What provisioning `newer` on a site provisioned with `older` has to do, and what it may not. */
export function manifestChanges(older: SiteSchema, newer: SiteSchema): ManifestChanges {
  const addedLists: string[] = [];
  const addedColumns: string[] = [];
  const breaking: string[] = [];
  for (const list of older.lists) {
    const next = newer.lists.find((l) => l.name === list.name);
    if (!next) breaking.push(`listan ${list.name} (${list.displayName}) finns inte längre`);
    else if (next.displayName !== list.displayName)
      breaking.push(`listan ${list.name} har bytt namn: ${list.displayName} → ${next.displayName}`);
    for (const column of next ? list.columns : []) {
      const now = next!.columns.find((c) => c.name === column.name);
      if (!now) breaking.push(`kolumnen ${list.name}.${column.name} finns inte längre`);
      else if (now.type !== column.type)
        breaking.push(
          `kolumnen ${list.name}.${column.name} har bytt typ: ${column.type} → ${now.type}`,
        );
      else if (now.type === 'choice' && column.type === 'choice') {
        const labels = new Set(now.choices.map((c) => c.label));
        const gone = column.choices.filter((c) => !labels.has(c.label)).map((c) => c.label);
        if (gone.length > 0)
          breaking.push(`kolumnen ${list.name}.${column.name} har tappat valen ${gone.join(', ')}`);
      }
    }
  }
  for (const list of newer.lists) {
    const before = older.lists.find((l) => l.name === list.name);
    if (!before) addedLists.push(list.displayName);
    else
      for (const column of list.columns)
        if (!before.columns.some((c) => c.name === column.name))
          addedColumns.push(`${list.name}.${column.name}`);
  }
  return { addedLists, addedColumns, breaking };
}
