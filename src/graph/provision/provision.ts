import { fail, ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import type { Graph } from '../client/gateway.js';
import { listItemOf } from '../codec/fields.js';
import { parseSiteManifest } from '../site-schema/load.js';
import type { ListSpec, SiteManifest } from '../site-schema/schema.js';
import type { SiteRef } from '../store/site-ref.js';
import { columnDefinition } from './columns.js';
import { planProvisioning, type ChoiceAddition } from './plan.js';
import { applyPresentation } from './presentation.js';
import type { SharePointRest } from './sharepoint-rest.js';
import { readSiteState } from './site-state.js';

export type ProvisionOptions = {
  readonly graph: Graph;
  readonly siteUrl: string;
  /** The manifest as files hold it; validated before any request. */
  readonly manifest: {
    readonly schema: unknown;
    readonly formatters: Readonly<Record<string, unknown>>;
  };
  /** SharePoint REST for the site's web URL (views and formatting). */
  readonly sharePoint: (webUrl: string) => SharePointRest;
  readonly now: Date;
};

export type ProvisionReport = {
  readonly site: SiteRef;
  readonly createdLists: readonly string[];
  readonly addedColumns: readonly string[];
  /** Choices added to existing choice columns, as `List.Column: label`. */
  readonly addedChoices: readonly string[];
  readonly views: readonly string[];
  readonly formatted: readonly string[];
  /** The schema version recorded by this run (absent: the site already had it). */
  readonly recordedVersion?: number;
};

/**
 * Brings a site up to the manifest: creates missing lists (lookup targets first), adds columns a
 * newer manifest has, creates views and column formatting, and records the schema version. It
 * never deletes, renames or retypes: a difference it cannot settle stops it before any write,
 * with what differs and what to do. A second run on an up-to-date site writes nothing.
 */
export async function provisionSite(options: ProvisionOptions): Promise<Result<ProvisionReport>> {
  const manifest = parseSiteManifest(options.manifest.schema, options.manifest.formatters);
  if (!manifest.ok) return manifest;
  const { schema } = manifest.value;
  const read = await readSiteState(options.graph, options.siteUrl, schema);
  if (!read.ok) return read;
  const { siteId, webUrl, state } = read.value;
  const plan = planProvisioning(schema, state);
  if (plan.problems.length > 0) {
    return fail(
      'conflict',
      `Webbplatsen skiljer sig från manifestet; inget har ändrats:\n- ${plan.problems.join('\n- ')}`,
    );
  }
  const listIds: Record<string, string> = { ...plan.existing };
  const deferred: { list: string; column: ListSpec['columns'][number] }[] = [...plan.addColumns];
  for (const list of plan.createLists) {
    const created = await createList(options.graph, siteId, list, listIds);
    if (!created.ok) return created;
    listIds[list.name] = created.value.id;
    deferred.push(...created.value.deferred.map((column) => ({ list: list.name, column })));
  }
  const added = await addColumns(options.graph, siteId, listIds, deferred, plan.addChoices);
  if (!added.ok) return added;
  const presentation = await applyPresentation(options.sharePoint(webUrl), manifest.value, listIds);
  if (!presentation.ok) return presentation;
  const recorded = await recordVersion(
    options,
    manifest.value,
    siteId,
    listIds,
    state.recorded?.version,
  );
  if (!recorded.ok) return recorded;
  return ok({
    site: { siteId, webUrl, lists: listIds },
    createdLists: plan.createLists.map((l) => l.displayName),
    addedColumns: deferred
      .filter((d) => plan.addColumns.includes(d))
      .map((d) => `${d.list}.${d.column.name}`),
    addedChoices: plan.addChoices.flatMap((c) => c.added.map((a) => `${c.list}.${c.column}: ${a}`)),
    views: presentation.value.views,
    formatted: presentation.value.formatted,
    ...(recorded.value === undefined ? {} : { recordedVersion: recorded.value }),
  });
}

/** Creates a list with every column whose lookup target exists; returns the lookups left for later. */
async function createList(
  graph: Graph,
  siteId: string,
  list: ListSpec,
  listIds: Readonly<Record<string, string>>,
): Promise<Result<{ id: string; deferred: ListSpec['columns'] }>> {
  const now = list.columns.filter(
    (c) => c.type !== 'lookup' || (c.list !== list.name && listIds[c.list]),
  );
  const later = list.columns.filter((c) => !now.includes(c));
  const answer = await graph.send({
    method: 'POST',
    url: `/sites/${siteId}/lists`,
    body: {
      displayName: list.displayName,
      description: list.description,
      columns: now.map((c) => columnDefinition(c, listIds)),
      list: { template: 'genericList' },
    },
  });
  if (!answer.ok) {
    if (answer.status === 409) {
      return fail(
        'conflict',
        `Listan ${list.displayName} skapades samtidigt av någon annan. Kör provisioneringen igen.`,
      );
    }
    return failWith(answer, `Listan ${list.displayName}`);
  }
  const id = (answer.body as { id?: unknown }).id;
  if (typeof id !== 'string')
    return fail('unavailable', `Graph gav ingen id för listan ${list.displayName}.`);
  return ok({ id, deferred: later });
}

/** Adds the new columns and the new choices of existing choice columns, in one `$batch`. */
async function addColumns(
  graph: Graph,
  siteId: string,
  listIds: Readonly<Record<string, string>>,
  columns: readonly { list: string; column: ListSpec['columns'][number] }[],
  choices: readonly ChoiceAddition[],
): Promise<Result<void>> {
  const answers = await graph.batch([
    ...columns.map(({ list, column }) => ({
      method: 'POST' as const,
      url: `/sites/${siteId}/lists/${listIds[list]}/columns`,
      body: columnDefinition(column, listIds),
    })),
    ...choices.map((c) => ({
      method: 'PATCH' as const,
      url: `/sites/${siteId}/lists/${listIds[c.list]}/columns/${c.columnId}`,
      body: { choice: { choices: c.choices } },
    })),
  ]);
  const names = [
    ...columns.map((c) => `${c.list}.${c.column.name}`),
    ...choices.map((c) => `${c.list}.${c.column}`),
  ];
  for (const [i, answer] of answers.entries()) {
    if (!answer.ok) return failWith(answer, `Kolumnen ${names[i]!}`);
  }
  return ok(undefined);
}

async function recordVersion(
  options: ProvisionOptions,
  manifest: SiteManifest,
  siteId: string,
  listIds: Readonly<Record<string, string>>,
  recorded: number | undefined,
): Promise<Result<number | undefined>> {
  const version = manifest.schema.version;
  if (recorded === version) return ok(undefined);
  const answer = await options.graph.send({
    method: 'POST',
    url: `/sites/${siteId}/lists/${listIds['SchemaVersions']}/items`,
    body: {
      fields: {
        Title: `Schemaversion ${version}`,
        Version: version,
        AppliedAt: `${options.now.toISOString().slice(0, 19)}Z`,
        ManifestHash: manifestHash(manifest.schema),
        ListIds: JSON.stringify(listIds),
      },
    },
  });
  if (!answer.ok) return failWith(answer, 'Schemaversionen');
  return listItemOf(answer.body)
    ? ok(version)
    : fail('unavailable', 'Schemaversionen sparades utan svar.');
}

/** A short, stable fingerprint of the manifest (FNV-1a, hex), recorded with the version. */
function manifestHash(schema: unknown): string {
  const text = JSON.stringify(schema);
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < text.length; i += 1) {
    a = Math.imul(a ^ text.charCodeAt(i), 0x01000193) >>> 0;
    b = Math.imul(b ^ text.charCodeAt(text.length - 1 - i), 0x811c9dc5) >>> 0;
  }
  return `${a.toString(16).padStart(8, '0')}${b.toString(16).padStart(8, '0')}`;
}
