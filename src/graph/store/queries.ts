import type {
  BatchOptions,
  Graph,
  GraphOutcome,
  GraphProblem,
  GraphRequest,
} from '../client/gateway.js';
import { listItemOf, type ListItem } from '../codec/fields.js';
import type { ListSpec, SiteSchema } from '../site-schema/schema.js';
import type { SiteRef } from './site-ref.js';

/** The largest page Graph hands out for list items; asking for it keeps round trips few. */
export const defaultPageSize = 5000;

/** A string literal for `$filter`: quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The fields a query selects: lookups by id (`XLookupId`), multi-lookups by name. */
function selectedFields(list: ListSpec, only?: readonly string[]): string[] {
  const columns = only ? list.columns.filter((c) => only.includes(c.name)) : list.columns;
  const names = columns.map((c) =>
    c.type === 'lookup' && !c.multiple ? `${c.name}LookupId` : c.name,
  );
  return only && !only.includes('Title') ? names : ['Title', ...names];
}

export type ItemQuery = {
  readonly list: string;
  readonly filter?: string;
  /** Columns to select (internal names); all of the manifest's by default. */
  readonly fields?: readonly string[];
  readonly top?: number;
};

function listSpec(schema: SiteSchema, name: string): ListSpec {
  const spec = schema.lists.find((l) => l.name === name);
  if (!spec) throw new Error(`The manifest has no list ${name}`);
  return spec;
}

export function itemsUrl(site: SiteRef, schema: SiteSchema, query: ItemQuery): string {
  const listId = site.lists[query.list];
  if (!listId) throw new Error(`The site has no list ${query.list}`);
  const select = selectedFields(listSpec(schema, query.list), query.fields).join(',');
  const parts = [`$expand=fields($select=${select})`, `$top=${query.top ?? defaultPageSize}`];
  if (query.filter) parts.push(`$filter=${encodeURIComponent(query.filter)}`);
  return `/sites/${site.siteId}/lists/${listId}/items?${parts.join('&')}`;
}

/** `/sites/{site}/lists/{list}/items`: where items are created. */
export function listItemsUrl(site: SiteRef, list: string): string {
  const listId = site.lists[list];
  if (!listId) throw new Error(`The site has no list ${list}`);
  return `/sites/${site.siteId}/lists/${listId}/items`;
}

export function itemUrl(site: SiteRef, list: string, itemId: string, suffix = ''): string {
  return `${listItemsUrl(site, list)}/${itemId}${suffix}`;
}

export type PagedItems = { readonly ok: true; readonly items: ListItem[] } | GraphProblem;

/**
 * Runs item queries together: the first pages in one `$batch` round trip, then the next page of
 * every query that has one, again all in one round trip, until no query has more.
 */
export async function readAllPages(
  graph: Graph,
  urls: readonly string[],
  options: BatchOptions = {},
): Promise<PagedItems[]> {
  const results: PagedItems[] = urls.map(() => ({ ok: true, items: [] }));
  let pending = urls.map((url, index) => ({ url, index }));
  while (pending.length > 0) {
    const answers = await graph.batch(
      pending.map(({ url }) => ({ method: 'GET', url }) satisfies GraphRequest),
      options,
    );
    const next: typeof pending = [];
    pending.forEach(({ index }, i) => {
      const answer = answers[i]!;
      const result = results[index]!;
      if (!result.ok) return;
      if (!answer.ok) {
        results[index] = answer;
        return;
      }
      const { items, nextLink } = pageOf(answer);
      result.items.push(...items);
      if (nextLink) next.push({ url: nextLink, index });
    });
    pending = next;
  }
  return results;
}

function pageOf(answer: GraphOutcome & { ok: true }): { items: ListItem[]; nextLink?: string } {
  const body = answer.body as { value?: unknown[]; '@odata.nextLink'?: unknown };
  const items = (body.value ?? []).map(listItemOf).filter((i): i is ListItem => i !== undefined);
  const link = body['@odata.nextLink'];
  return typeof link === 'string' ? { items, nextLink: link } : { items };
}

/** Key filters in chunks, so no URL grows past what servers accept. */
export function keyFilters(keys: readonly string[], column = 'Key', perFilter = 15): string[] {
  const filters: string[] = [];
  for (let i = 0; i < keys.length; i += perFilter) {
    filters.push(
      keys
        .slice(i, i + perFilter)
        .map((k) => `fields/${column} eq ${odataString(k)}`)
        .join(' or '),
    );
  }
  return filters;
}
