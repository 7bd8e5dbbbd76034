import { newGuid } from '../ids.js';
import type { Db } from './db.js';

/** A SharePoint list view (SP.View), kept for the SharePoint REST endpoints. */
export type ViewRecord = {
  readonly id: string;
  readonly title: string;
  viewQuery: string;
  viewFields: string[];
  rowLimit: number;
  paged: boolean;
  personalView: boolean;
  defaultView: boolean;
  hidden: boolean;
  viewType: string;
  serverRelativeUrl: string;
};

type Row = { id: string; title: string; definition: string };

export type ViewStore = ReturnType<typeof viewStore>;

export function viewStore(db: Db) {
  const all = db.prepare<[number], Row>(
    'SELECT id, title, definition FROM views WHERE list_pk = ? ORDER BY pk',
  );
  const byTitle = db.prepare<[number, string], Row>(
    'SELECT id, title, definition FROM views WHERE list_pk = ? AND title = ?',
  );
  const byId = db.prepare<[number, string], Row>(
    'SELECT id, title, definition FROM views WHERE list_pk = ? AND id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO views(list_pk, id, title, definition) VALUES (?, ?, ?, ?)',
  );
  const update = db.prepare('UPDATE views SET definition = ? WHERE list_pk = ? AND id = ?');
  const clearDefault = db.prepare<[number], Row>(
    'SELECT id, title, definition FROM views WHERE list_pk = ?',
  );
  const parse = (row: Row | undefined): ViewRecord | undefined =>
    row
      ? {
          ...(JSON.parse(row.definition) as Omit<ViewRecord, 'id' | 'title'>),
          id: row.id,
          title: row.title,
        }
      : undefined;
  const save = (listPk: number, view: ViewRecord) => {
    const { id, title: _title, ...definition } = view;
    update.run(JSON.stringify(definition), listPk, id);
  };
  return {
    all: (listPk: number) => all.all(listPk).map((r) => parse(r)!),
    find(listPk: number, key: { title?: string; id?: string }): ViewRecord | undefined {
      return parse(
        key.id !== undefined ? byId.get(listPk, key.id) : byTitle.get(listPk, key.title ?? ''),
      );
    },
    create(listPk: number, view: Omit<ViewRecord, 'id'>): ViewRecord {
      const id = newGuid();
      const { title, ...definition } = view;
      if (view.defaultView) {
        for (const other of clearDefault.all(listPk).map((r) => parse(r)!))
          save(listPk, { ...other, defaultView: false });
      }
      insert.run(listPk, id, title, JSON.stringify(definition));
      return { ...view, id };
    },
    save(listPk: number, view: ViewRecord): void {
      if (view.defaultView) {
        for (const other of clearDefault.all(listPk).map((r) => parse(r)!)) {
          if (other.id !== view.id) save(listPk, { ...other, defaultView: false });
        }
      }
      save(listPk, view);
    },
  };
}
