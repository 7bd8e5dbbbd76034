import type { StoredItem } from '../fields/read.js';
import type { ItemQueryPlan } from '../odata/item-query.js';
import type { AnyStatement, Db } from './db.js';
import { toStoredItem, type ItemRow } from './item-rows.js';

export type ItemPage = {
  readonly items: readonly StoredItem[];
  /** Where the next page starts, or undefined on the last page. */
  readonly next: { readonly afterId: number; readonly offset: number | undefined } | undefined;
};

/** Runs planned item queries; statements are cached by their SQL text. */
export function itemQueryRunner(db: Db) {
  const statements = new Map<string, AnyStatement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], unknown>(sql);
      if (statements.size > 500) statements.clear();
      statements.set(sql, statement);
    }
    return statement;
  };
  return (listPk: number, plan: ItemQueryPlan): ItemPage => {
    // With a filter, `+id` keeps SQLite from walking the (list_pk, id) index for the
    // order and makes it use the filtered field's expression index instead.
    const id = plan.where === '1' ? 'id' : '+id';
    const keyset = plan.byId ? ` AND ${id} > ?` : '';
    const orderBy = plan.orderBy.replace(/(^|, )id (ASC|DESC)/g, `$1${id} $2`);
    const sql = `SELECT * FROM items WHERE list_pk = ? AND ${plan.where}${keyset} ORDER BY ${orderBy} LIMIT ? OFFSET ?`;
    const params = [listPk, ...plan.params, ...(plan.byId ? [plan.afterId] : [])];
    const offset = plan.byId ? 0 : plan.offset;
    const rows = prepared(sql).all(...params, plan.pageSize + 1, offset) as ItemRow[];
    const more = rows.length > plan.pageSize;
    const page = more ? rows.slice(0, plan.pageSize) : rows;
    const last = page[page.length - 1];
    return {
      items: page.map(toStoredItem),
      next:
        more && last
          ? { afterId: last.id, offset: plan.byId ? undefined : offset + plan.pageSize }
          : undefined,
    };
  };
}
