import type { Caller } from '../../auth/caller.js';
import type { ColumnDefinition } from '../../fields/column-types.js';
import type { ReadContext } from '../../fields/read.js';
import type { WriteContext } from '../../fields/write.js';
import { itemNotFound } from '../../http/errors.js';
import { isSiteId } from '../../ids.js';
import type { Editor } from '../../store/items.js';
import type { ListRecord } from '../../store/lists.js';
import type { Site } from '../../store/sites.js';
import type { Store } from '../../store/store.js';

/** A site from `root`, `{hostname}`, `{hostname}:/{path}` or `{hostname},{guid},{guid}`. */
export function resolveSite(store: Store, key: string): Site {
  let site: Site | undefined;
  if (key === 'root') site = store.sites.root();
  else if (isSiteId(key)) site = store.sites.byId(key);
  else if (key.includes(':')) {
    const [hostname, ...rest] = key.split(':');
    const path = rest.join(':');
    const safe = !path.split('/').some((s) => s === '..' || s === '.');
    site = safe ? store.sites.byPath(hostname!, path === '/' ? '' : path) : undefined;
  } else if (!key.includes(',')) {
    const root = store.sites.root();
    site = root && root.hostname.toLowerCase() === key.toLowerCase() ? root : undefined;
  }
  if (!site) throw itemNotFound('Requested site could not be found');
  return site;
}

export function resolveList(store: Store, site: Site, key: string): ListRecord {
  const list = store.lists.find(site.pk, key);
  if (!list) throw itemNotFound('The specified list was not found');
  return list;
}

export function itemId(key: string): number {
  if (!/^\d{1,15}$/.test(key)) throw itemNotFound('The specified list item was not found.');
  return Number(key);
}

export function editorOf(store: Store, site: Site, caller: Caller): Editor {
  const lookupId = store.siteUsers.ensureCaller(site, caller);
  return { lookupId, appLookupId: caller.userId ? undefined : lookupId };
}

export function writeContext(store: Store, site: Site): WriteContext {
  return {
    timeZone: site.timeZone,
    userExists: (id) => store.siteUsers.info(site, id) !== undefined,
  };
}

export function readContext(store: Store, site: Site): ReadContext {
  const users = new Map<number, ReturnType<ReadContext['user']>>();
  const values = new Map<string, string | undefined>();
  return {
    lookupValue(column: ColumnDefinition, id: number) {
      const key = `${column.id}:${id}`;
      if (!values.has(key)) values.set(key, lookupValue(store, site, column, id));
      return values.get(key);
    },
    user(id) {
      if (!users.has(id)) users.set(id, store.siteUsers.info(site, id));
      return users.get(id);
    },
  };
}

function lookupValue(
  store: Store,
  site: Site,
  column: ColumnDefinition,
  id: number,
): string | undefined {
  const listId = column.facet.listId;
  const target = typeof listId === 'string' ? store.lists.find(site.pk, listId) : undefined;
  const item = target ? store.items.get(target, id) : undefined;
  const columnName =
    typeof column.facet.columnName === 'string' ? column.facet.columnName : 'Title';
  const value = item?.fields[columnName];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : undefined;
}
