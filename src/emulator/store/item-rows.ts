import type { StoredItem } from '../fields/read.js';

export type ItemRow = {
  pk: number;
  list_pk: number;
  id: number;
  guid: string;
  version: number;
  created: string;
  modified: string;
  author: number;
  editor: number;
  fields: string;
};

export function toStoredItem(row: ItemRow): StoredItem {
  const fields = JSON.parse(row.fields) as Record<string, unknown>;
  const appAuthor = typeof fields._AppAuthor === 'number' ? fields._AppAuthor : undefined;
  return {
    id: row.id,
    guid: row.guid,
    version: row.version,
    created: row.created,
    modified: row.modified,
    author: row.author,
    editor: row.editor,
    appAuthor,
    fields,
  };
}

/** Compares an If-Match value with an item's eTag; `*` always matches. */
export function eTagMatches(ifMatch: string, item: { guid: string; version: number }): boolean {
  const wanted = ifMatch.split(',').length > 2 ? ifMatch : ifMatch;
  if (wanted.trim() === '*') return true;
  const normalize = (v: string) =>
    v.trim().replace(/^W\//, '').replace(/"/g, '').replace(/[{}]/g, '').toLowerCase();
  return normalize(wanted) === `${item.guid},${item.version}`.toLowerCase();
}
