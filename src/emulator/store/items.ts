import { isoSeconds, type Clock } from '../clock.js';
import { columnKind, type ColumnDefinition } from '../fields/column-types.js';
import type { StoredItem } from '../fields/read.js';
import type { FieldChanges } from '../fields/write.js';
import { GraphFailure, invalidRequest, itemNotFound } from '../http/errors.js';
import { newGuid } from '../ids.js';
import { fieldExpression, type AnyStatement, type Db } from './db.js';
import { itemQueryRunner } from './item-query.js';
import { eTagMatches, toStoredItem, type ItemRow } from './item-rows.js';
import type { ListRecord } from './lists.js';

export type Editor = { readonly lookupId: number; readonly appLookupId: number | undefined };

export type ItemStore = ReturnType<typeof itemStore>;

export function itemStore(db: Db, clock: Clock) {
  const get = db.prepare<[number, number], ItemRow>(
    'SELECT * FROM items WHERE list_pk = ? AND id = ?',
  );
  const nextId = db.prepare<[number], { id: number }>(
    'UPDATE lists SET next_item_id = next_item_id + 1, item_count = item_count + 1 WHERE pk = ? RETURNING next_item_id - 1 AS id',
  );
  const insert = db.prepare(
    `INSERT INTO items(list_pk, id, guid, version, created, modified, author, editor, fields)
     VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?)`,
  );
  const update = db.prepare(
    'UPDATE items SET version = ?, modified = ?, editor = ?, fields = ? WHERE list_pk = ? AND id = ?',
  );
  const remove = db.prepare('DELETE FROM items WHERE list_pk = ? AND id = ?');
  const lessItems = db.prepare('UPDATE lists SET item_count = item_count - 1 WHERE pk = ?');
  const addVersion = db.prepare(
    'INSERT INTO item_versions(list_pk, item_id, version, modified, editor, fields) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const addChange = db.prepare('INSERT INTO changes(list_pk, item_id, deleted) VALUES (?, ?, ?)');
  const uniqueChecks = new Map<string, AnyStatement>();

  function checkUnique(
    list: ListRecord,
    columns: readonly ColumnDefinition[],
    fields: FieldChanges,
    id: number,
  ) {
    for (const column of columns) {
      const value = fields[column.name];
      if (
        !column.enforceUniqueValues ||
        value === undefined ||
        value === null ||
        Array.isArray(value)
      )
        continue;
      let statement = uniqueChecks.get(column.name);
      if (!statement) {
        const expr = fieldExpression(column.name);
        statement = db.prepare<unknown[], unknown>(
          `SELECT id FROM items WHERE list_pk = ? AND ${expr} = ? COLLATE NOCASE AND id <> ? LIMIT 1`,
        );
        uniqueChecks.set(column.name, statement);
      }
      const sqlValue = typeof value === 'boolean' ? Number(value) : value;
      if (statement.get(list.pk, sqlValue, id)) {
        throw new GraphFailure(
          409,
          'nameAlreadyExists',
          'The list item could not be added or updated because duplicate values were found in one or more fields in the list.',
        );
      }
    }
  }

  function checkRequired(
    columns: readonly ColumnDefinition[],
    fields: FieldChanges,
    only?: FieldChanges,
  ) {
    for (const column of columns) {
      if (!column.required || column.builtin || columnKind(column) === 'calculated') continue;
      if (only && !(column.name in only)) continue;
      const value = fields[column.name];
      if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) {
        throw invalidRequest(`Field '${column.name}' is required.`);
      }
    }
  }

  function getOrThrow(list: ListRecord, id: number): ItemRow {
    const row = Number.isSafeInteger(id) ? get.get(list.pk, id) : undefined;
    if (!row) throw itemNotFound('The specified list item was not found.');
    return row;
  }

  function checkIfMatch(row: ItemRow, ifMatch: string | undefined): void {
    if (ifMatch !== undefined && !eTagMatches(ifMatch, row)) {
      throw new GraphFailure(
        412,
        'resourceModified',
        `The request ETag value '${ifMatch}' does not match the object's ETag value '"${row.guid},${row.version}"'.`,
      );
    }
  }

  return {
    query: itemQueryRunner(db),
    get(list: ListRecord, id: number): StoredItem | undefined {
      const row = Number.isSafeInteger(id) ? get.get(list.pk, id) : undefined;
      return row ? toStoredItem(row) : undefined;
    },
    create(
      list: ListRecord,
      columns: readonly ColumnDefinition[],
      changes: FieldChanges,
      by: Editor,
    ): StoredItem {
      const fields: FieldChanges = {};
      for (const column of columns) {
        if (column.defaultValue !== undefined && !(column.name in changes))
          fields[column.name] = column.defaultValue;
      }
      merge(fields, changes);
      if (by.appLookupId !== undefined) fields._AppAuthor = by.appLookupId;
      checkRequired(columns, fields);
      const { id } = nextId.get(list.pk)!;
      checkUnique(list, columns, fields, id);
      const now = isoSeconds(clock.now());
      const json = JSON.stringify(fields);
      insert.run(list.pk, id, newGuid(), now, now, by.lookupId, by.lookupId, json);
      addVersion.run(list.pk, id, 1, now, by.lookupId, json);
      addChange.run(list.pk, id, 0);
      return toStoredItem(get.get(list.pk, id)!);
    },
    update(
      list: ListRecord,
      columns: readonly ColumnDefinition[],
      id: number,
      changes: FieldChanges,
      by: Editor,
      ifMatch: string | undefined,
    ): StoredItem {
      const row = getOrThrow(list, id);
      checkIfMatch(row, ifMatch);
      const fields = JSON.parse(row.fields) as FieldChanges;
      merge(fields, changes);
      checkRequired(columns, fields, changes);
      checkUnique(list, columns, changes, id);
      const version = row.version + 1;
      const now = isoSeconds(clock.now());
      const json = JSON.stringify(fields);
      update.run(version, now, by.lookupId, json, list.pk, id);
      addVersion.run(list.pk, id, version, now, by.lookupId, json);
      addChange.run(list.pk, id, 0);
      return toStoredItem(get.get(list.pk, id)!);
    },
    delete(list: ListRecord, id: number, ifMatch: string | undefined): void {
      const row = getOrThrow(list, id);
      checkIfMatch(row, ifMatch);
      remove.run(list.pk, id);
      lessItems.run(list.pk);
      addChange.run(list.pk, id, 1);
    },
    getOrThrow: (list: ListRecord, id: number) => toStoredItem(getOrThrow(list, id)),
  };
}

function merge(fields: FieldChanges, changes: FieldChanges): void {
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || (Array.isArray(value) && value.length === 0)) delete fields[name];
    else fields[name] = value;
  }
}
