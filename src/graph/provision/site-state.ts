import { ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import type { Graph } from '../client/gateway.js';
import { listItemOf, number, text } from '../codec/fields.js';
import type { SiteSchema } from '../site-schema/schema.js';
import { findSite, listIdsByDisplayName } from '../store/site-ref.js';
import type { SiteColumn } from './columns.js';
import type { SiteState } from './plan.js';

export type ReadSite = {
  readonly siteId: string;
  readonly webUrl: string;
  readonly state: SiteState;
};

/**
 * What the site has, in three round trips: the site, its lists, then (one `$batch`) the columns
 * of every manifest list that exists and the recorded schema versions.
 */
export async function readSiteState(
  graph: Graph,
  siteUrl: string,
  schema: SiteSchema,
): Promise<Result<ReadSite>> {
  const site = await findSite(graph, siteUrl);
  if (!site.ok) return site;
  const { siteId, webUrl } = site.value;
  const lists = await listIdsByDisplayName(graph, siteId);
  if (!lists.ok) return lists;
  const present = schema.lists.filter((l) => lists.value.has(l.displayName));
  const versionsList = schema.lists.find((l) => l.name === 'SchemaVersions');
  const versionsId = versionsList ? lists.value.get(versionsList.displayName) : undefined;
  const answers = await graph.batch([
    ...present.map((l) => ({
      method: 'GET' as const,
      url: `/sites/${siteId}/lists/${lists.value.get(l.displayName)}/columns`,
    })),
    ...(versionsId
      ? [
          {
            method: 'GET' as const,
            url: `/sites/${siteId}/lists/${versionsId}/items?$expand=fields($select=Version,ListIds)&$top=500`,
          },
        ]
      : []),
  ]);
  const columns = new Map<string, SiteColumn[]>();
  for (const [i, list] of present.entries()) {
    const answer = answers[i]!;
    if (!answer.ok) return failWith(answer, `Kolumnerna i listan ${list.displayName}`);
    columns.set(list.name, (answer.body as { value?: SiteColumn[] }).value ?? []);
  }
  let recorded: SiteState['recorded'];
  if (versionsId) {
    const answer = answers[present.length]!;
    if (!answer.ok) return failWith(answer, 'Schemaversionerna');
    recorded = latestRecord((answer.body as { value?: unknown[] }).value ?? []);
  }
  return ok({
    siteId,
    webUrl,
    state: { listIdsByDisplayName: lists.value, columns, ...(recorded ? { recorded } : {}) },
  });
}

function latestRecord(items: readonly unknown[]): SiteState['recorded'] {
  let latest: SiteState['recorded'];
  for (const raw of items) {
    const item = listItemOf(raw);
    const version = item ? number(item.fields, 'Version') : undefined;
    if (!item || version === undefined || (latest && latest.version >= version)) continue;
    let listIds: Record<string, string> = {};
    try {
      const parsed: unknown = JSON.parse(text(item.fields, 'ListIds') ?? '{}');
      if (parsed && typeof parsed === 'object') listIds = parsed as Record<string, string>;
    } catch {
      listIds = {};
    }
    latest = { version, listIds };
  }
  return latest;
}
