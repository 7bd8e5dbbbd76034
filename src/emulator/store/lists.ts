import { isoSeconds, type Clock } from '../clock.js';
import type { IdentitySet } from '../auth/caller.js';
import type { ColumnDefinition } from '../fields/column-types.js';
import { GraphFailure, invalidRequest } from '../http/errors.js';
import { isGuid, newGuid } from '../ids.js';
import { ensureFieldIndex, type Db } from './db.js';

export type ListRecord = {
  readonly pk: number;
  readonly sitePk: number;
  readonly id: string;
  readonly displayName: string;
  readonly urlName: string;
  readonly description: string;
  readonly template: string;
  readonly hidden: boolean;
  readonly system: boolean;
  readonly version: number;
  readonly itemCount: number;
  readonly created: string;
  readonly modified: string;
  readonly createdBy: IdentitySet;
  readonly modifiedBy: IdentitySet;
};

type Row = {
  pk: number;
  site_pk: number;
  id: string;
  display_name: string;
  url_name: string;
  description: string;
  template: string;
  hidden: number;
  system: number;
  version: number;
  item_count: number;
  created: string;
  modified: string;
  created_by: string;
  modified_by: string;
};

function toList(row: Row | undefined): ListRecord | undefined {
  if (!row) return undefined;
  return {
    pk: row.pk,
    sitePk: row.site_pk,
    id: row.id,
    displayName: row.display_name,
    urlName: row.url_name,
    description: row.description,
    template: row.template,
    hidden: row.hidden === 1,
    system: row.system === 1,
    version: row.version,
    itemCount: row.item_count,
    created: row.created,
    modified: row.modified,
    createdBy: JSON.parse(row.created_by) as IdentitySet,
    modifiedBy: JSON.parse(row.modified_by) as IdentitySet,
  };
}

export type NewList = {
  displayName: string;
  description: string;
  template: string;
  hidden: boolean;
  system: boolean;
  columns: readonly ColumnDefinition[];
  by: IdentitySet;
};

/** SharePoint allows 20 indexed columns per list. */
const maxIndexedColumns = 20;

export type ListStore = ReturnType<typeof listStore>;

export function listStore(db: Db, clock: Clock) {
  const byId = db.prepare<[number, string], Row>(
    'SELECT * FROM lists WHERE site_pk = ? AND id = ?',
  );
  const byTitle = db.prepare<[number, string], Row>(
    'SELECT * FROM lists WHERE site_pk = ? AND display_name = ?',
  );
  const byPk = db.prepare<[number], Row>('SELECT * FROM lists WHERE pk = ?');
  const all = db.prepare<[number], Row>('SELECT * FROM lists WHERE site_pk = ? ORDER BY pk');
  const insert = db.prepare(
    `INSERT INTO lists(site_pk, id, display_name, url_name, description, template, hidden, system,
       version, next_item_id, item_count, created, modified, created_by, modified_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 1, 0, ?, ?, ?, ?)`,
  );
  const columnRows = db.prepare<[number], { definition: string }>(
    'SELECT definition FROM columns WHERE list_pk = ? ORDER BY pk',
  );
  const insertColumn = db.prepare(
    'INSERT INTO columns(list_pk, name, definition) VALUES (?, ?, ?)',
  );
  const updateColumnRow = db.prepare(
    'UPDATE columns SET definition = ? WHERE list_pk = ? AND name = ?',
  );
  const bump = db.prepare('UPDATE lists SET version = version + 1, modified = ? WHERE pk = ?');
  const cache = new Map<number, ColumnDefinition[]>();

  function columns(listPk: number): readonly ColumnDefinition[] {
    let cached = cache.get(listPk);
    if (!cached) {
      cached = columnRows.all(listPk).map((r) => JSON.parse(r.definition) as ColumnDefinition);
      cache.set(listPk, cached);
    }
    return cached;
  }

  function checkIndexLimit(listPk: number, extra: readonly ColumnDefinition[]): void {
    const indexed = [...columns(listPk), ...extra].filter((c) => c.indexed && !c.builtin).length;
    if (indexed > maxIndexedColumns) {
      throw invalidRequest(`A list can have at most ${maxIndexedColumns} indexed columns.`);
    }
  }

  function addColumnRow(listPk: number, column: ColumnDefinition): void {
    insertColumn.run(listPk, column.name, JSON.stringify(column));
    if (column.indexed && !column.builtin) ensureFieldIndex(db, column.name);
  }

  return {
    /** A list by GUID or by title (display name), as Graph accepts both. */
    find(sitePk: number, idOrTitle: string): ListRecord | undefined {
      return toList(
        isGuid(idOrTitle) ? byId.get(sitePk, idOrTitle) : byTitle.get(sitePk, idOrTitle),
      );
    },
    byPk: (pk: number) => toList(byPk.get(pk)),
    all: (sitePk: number) => all.all(sitePk).map((r) => toList(r)!),
    columns,
    /** Forgets cached columns (after a rolled-back transaction). */
    invalidate: () => cache.clear(),
    create(sitePk: number, list: NewList): ListRecord {
      if (byTitle.get(sitePk, list.displayName)) {
        throw new GraphFailure(409, 'nameAlreadyExists', 'Name already exists');
      }
      if (list.columns.filter((c) => c.indexed && !c.builtin).length > maxIndexedColumns) {
        throw invalidRequest(`A list can have at most ${maxIndexedColumns} indexed columns.`);
      }
      const now = isoSeconds(clock.now());
      const by = JSON.stringify(list.by);
      const id = newGuid();
      const info = insert.run(
        sitePk,
        id,
        list.displayName,
        urlName(list.displayName),
        list.description,
        list.template,
        list.hidden ? 1 : 0,
        list.system ? 1 : 0,
        now,
        now,
        by,
        by,
      );
      const pk = Number(info.lastInsertRowid);
      for (const column of list.columns) addColumnRow(pk, column);
      cache.delete(pk);
      return toList(byPk.get(pk))!;
    },
    addColumn(listPk: number, column: ColumnDefinition): void {
      if (columns(listPk).some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
        // Unverified on Graph; SharePoint says 'A duplicate field name "X" was found.'
        throw new GraphFailure(
          409,
          'nameAlreadyExists',
          `A duplicate field name "${column.name}" was found.`,
        );
      }
      checkIndexLimit(listPk, [column]);
      addColumnRow(listPk, column);
      bump.run(isoSeconds(clock.now()), listPk);
      cache.delete(listPk);
    },
    replaceColumn(listPk: number, column: ColumnDefinition): void {
      updateColumnRow.run(JSON.stringify(column), listPk, column.name);
      if (column.indexed) ensureFieldIndex(db, column.name);
      bump.run(isoSeconds(clock.now()), listPk);
      cache.delete(listPk);
    },
  };
}

/** The URL leaf of a list: its title without characters SharePoint drops from URLs. */
function urlName(displayName: string): string {
  const cleaned = displayName.replace(/[~"#%&*:<>?/\\{|}.]/g, '').trim();
  return cleaned === '' ? 'List' : cleaned;
}
