import type { ListItem } from '../../../src/graph/codec/fields.js';
import { loadBundledManifest } from '../../../src/graph/site-schema/manifest.js';
import type { Graph } from '../../../src/graph/client/gateway.js';
import { itemsUrl, readAllPages } from '../../../src/graph/store/queries.js';
import type { SiteRef } from '../../../src/graph/store/site-ref.js';

type Row = Record<string, unknown>;

/**
 * Every item of every manifest list as plain rows: the manifest's columns only, lookups shown as
 * the Key of the item they point to, sorted by Key. Two sites with the same rows hold the same data,
 * whatever order their items were created in.
 */
export async function dumpLists(graph: Graph, site: SiteRef): Promise<Record<string, Row[]>> {
  const schema = loadBundledManifest().schema;
  const lists = schema.lists.filter((l) => l.name !== 'SchemaVersions');
  const pages = await readAllPages(
    graph,
    lists.map((l) => itemsUrl(site, schema, { list: l.name })),
  );
  const items = new Map<string, ListItem[]>();
  lists.forEach((l, i) => {
    const page = pages[i]!;
    if (!page.ok) throw new Error(`${l.name}: ${page.message}`);
    items.set(l.name, page.items);
  });
  const keyOf = (list: string, id: unknown) =>
    items.get(list)?.find((i) => i.id === String(id))?.fields['Key'];
  const dump: Record<string, Row[]> = {};
  for (const list of lists) {
    dump[list.name] = (items.get(list.name) ?? [])
      .map((item) => {
        const row: Row = { Title: item.fields['Title'] };
        for (const column of list.columns) {
          if (column.type === 'lookup' && column.multiple) {
            const ids = (item.fields[column.name] as { LookupId: unknown }[] | undefined) ?? [];
            row[column.name] = ids.map((v) => keyOf(column.list, v.LookupId)).sort();
          } else if (column.type === 'lookup') {
            row[column.name] = keyOf(column.list, item.fields[`${column.name}LookupId`]);
          } else {
            row[column.name] = item.fields[column.name];
          }
        }
        return row;
      })
      .sort((a, b) => String(a['Key']).localeCompare(String(b['Key'])));
  }
  return dump;
}
