import type { Graph } from '../../../src/graph/client/gateway.js';
import type { Fields } from '../../../src/graph/codec/fields.js';
import type { SiteSchema } from '../../../src/graph/site-schema/schema.js';
import { itemUrl, itemsUrl, readAllPages } from '../../../src/graph/store/queries.js';
import type { SiteRef } from '../../../src/graph/store/site-ref.js';
import type { Stores } from './fill-site.js';

/** One item as SharePoint holds it: its fields, eTag and every stored version. */
export type DumpedItem = {
  readonly id: string;
  readonly eTag: string;
  readonly fields: Fields;
  readonly versions: readonly { readonly id: unknown; readonly fields: Fields }[];
};

/** Items of every list of `schema`, by list name and item id. */
export type SiteDump = Record<string, Record<string, DumpedItem>>;

/** The field names a schema's list has, as Graph names them in item fields. */
function fieldNames(schema: SiteSchema, list: string): string[] {
  const spec = schema.lists.find((l) => l.name === list)!;
  return [
    'Title',
    ...spec.columns.map((c) => (c.type === 'lookup' && !c.multiple ? `${c.name}LookupId` : c.name)),
  ];
}

function only(fields: Fields | undefined, names: readonly string[]): Fields {
  return Object.fromEntries(names.map((name) => [name, fields?.[name] ?? null]));
}

/**
 * Every item of every list of `schema` with the values of that schema's columns only (a column a
 * newer manifest added is left out), and each item's version history, read with plain Graph
 * requests: what was stored, whatever the app's code makes of it.
 */
export async function dumpSite(graph: Graph, site: SiteRef, schema: SiteSchema): Promise<SiteDump> {
  const lists = schema.lists.map((l) => l.name);
  const pages = await readAllPages(
    graph,
    lists.map((list) => itemsUrl(site, schema, { list })),
  );
  const items = lists.flatMap((list, i) => {
    const page = pages[i]!;
    if (!page.ok) throw new Error(`${list}: ${page.message}`);
    return page.items.map((item) => ({ list, item }));
  });
  const histories = await graph.batch(
    items.map(({ list, item }) => ({
      method: 'GET' as const,
      url: itemUrl(site, list, item.id, '/versions?$expand=fields&$top=500'),
    })),
  );
  const dump: SiteDump = Object.fromEntries(lists.map((list) => [list, {}]));
  items.forEach(({ list, item }, i) => {
    const history = histories[i]!;
    if (!history.ok) throw new Error(`${list} ${item.id}: ${history.message}`);
    const names = fieldNames(schema, list);
    const versions = (history.body as { value: { id: unknown; fields?: Fields }[] }).value;
    dump[list]![item.id] = {
      id: item.id,
      eTag: item.eTag,
      fields: only(item.fields, names),
      versions: versions.map((v) => ({ id: v.id, fields: only(v.fields, names) })),
    };
  });
  return dump;
}

/**
 * Everything the app's stores read back from a site: the plan (every plan, goal, area,
 * department, activity and round, with versions), the history of every follow-up, the
 * reminders of every round and the channel links.
 */
export async function readThroughStores(stores: Stores, dump: SiteDump) {
  const plan = await stores.store.loadPlan();
  const followUps = Object.values(dump['FollowUps'] ?? {}).map((i) => String(i.fields['Key']));
  const histories = await Promise.all(
    followUps.sort().map(async (key) => {
      const [roundId, activityId] = key.split('|') as [string, string];
      return { key, history: await stores.store.followUpHistory(roundId, activityId) };
    }),
  );
  const rounds = Object.values(dump['FollowUpRounds'] ?? {}).map((i) => String(i.fields['Key']));
  const reminders = await Promise.all(
    rounds.sort().map(async (round) => ({
      round,
      reminders: await stores.reminders.listForRound(round),
    })),
  );
  return { plan, histories, reminders, channels: await stores.channels.listChannelLinks() };
}
