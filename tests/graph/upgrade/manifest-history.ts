import { readFileSync, readdirSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
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

export type FrozenManifest = { readonly version: number; readonly source: ManifestSource };

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
  /** `List.Column: label` of the choices the newer manifest adds to existing choice columns. */
  readonly addedChoices: readonly string[];
  /** What an in-place upgrade cannot do: lists or columns removed, renamed or retyped. */
  readonly breaking: readonly string[];
};

/** What provisioning `newer` on a site provisioned with `older` has to do, and what it may not. */
export function manifestChanges(older: SiteSchema, newer: SiteSchema): ManifestChanges {
  const addedLists: string[] = [];
  const addedColumns: string[] = [];
  const addedChoices: string[] = [];
  const breaking: string[] = [];
  for (const list of older.lists) {
    const next = newer.lists.find((l) => l.name === list.name);
    if (!next) breaking.push(`list ${list.name} (${list.displayName}) is gone`);
    else if (next.displayName !== list.displayName)
      breaking.push(`list ${list.name} is renamed: ${list.displayName} → ${next.displayName}`);
    for (const column of next ? list.columns : []) {
      const now = next!.columns.find((c) => c.name === column.name);
      if (!now) breaking.push(`column ${list.name}.${column.name} is gone`);
      else if (now.type !== column.type)
        breaking.push(
          `column ${list.name}.${column.name} is retyped: ${column.type} → ${now.type}`,
        );
      else if (now.type === 'choice' && column.type === 'choice') {
        const labels = new Set(now.choices.map((c) => c.label));
        const gone = column.choices.filter((c) => !labels.has(c.label)).map((c) => c.label);
        if (gone.length > 0)
          breaking.push(`column ${list.name}.${column.name} lost the choices ${gone.join(', ')}`);
      }
    }
  }
  for (const list of newer.lists) {
    const before = older.lists.find((l) => l.name === list.name);
    if (!before) addedLists.push(list.displayName);
    else
      for (const column of list.columns) {
        const earlier = before.columns.find((c) => c.name === column.name);
        if (!earlier) addedColumns.push(`${list.name}.${column.name}`);
        else if (earlier.type === 'choice' && column.type === 'choice') {
          const had = new Set(earlier.choices.map((c) => c.label));
          for (const choice of column.choices.filter((c) => !had.has(c.label)))
            addedChoices.push(`${list.name}.${column.name}: ${choice.label}`);
        }
      }
  }
  return { addedLists, addedColumns, addedChoices, breaking };
}

/**
 * Why manifest/ cannot ship against the frozen history, as sentences for the developer; empty
 * when it can: each frozen folder holds its own version, none is newer than manifest/, manifest/
 * has not changed without raising its version, and nothing a released manifest had is gone,
 * renamed or retyped.
 */
export function historyProblems(
  frozen: readonly FrozenManifest[],
  current: ManifestSource,
): string[] {
  const now = schemaOf(current);
  const problems: string[] = [];
  if (frozen.length === 0) problems.push('no released manifest is frozen in manifest-history/');
  for (const { version, source } of frozen) {
    const schema = schemaOf(source);
    if (schema.version !== version)
      problems.push(`manifest-history/${version} holds schema version ${schema.version}`);
    if (version > now.version)
      problems.push(`manifest-history/${version} is newer than manifest/ (version ${now.version})`);
    if (version === now.version && !isDeepStrictEqual(source, current))
      problems.push(
        `manifest/ differs from released version ${version}: raise its version and leave manifest-history/${version} as it is`,
      );
    problems.push(
      ...manifestChanges(schema, now).breaking.map((b) => `since version ${version}: ${b}`),
    );
  }
  return problems;
}
