import type { Db } from './db.js';

export type VersionRow = {
  readonly version: number;
  readonly modified: string;
  readonly editor: number;
  readonly fields: Readonly<Record<string, unknown>>;
};

export type VersionStore = ReturnType<typeof versionStore>;

/** Every state an item has had: written on create and on every update. */
export function versionStore(db: Db) {
  const all = db.prepare<
    [number, number],
    { version: number; modified: string; editor: number; fields: string }
  >(
    'SELECT version, modified, editor, fields FROM item_versions WHERE list_pk = ? AND item_id = ? ORDER BY version DESC',
  );
  const one = db.prepare<
    [number, number, number],
    { version: number; modified: string; editor: number; fields: string }
  >(
    'SELECT version, modified, editor, fields FROM item_versions WHERE list_pk = ? AND item_id = ? AND version = ?',
  );
  const parse = (r: {
    version: number;
    modified: string;
    editor: number;
    fields: string;
  }): VersionRow => ({
    version: r.version,
    modified: r.modified,
    editor: r.editor,
    fields: JSON.parse(r.fields) as Record<string, unknown>,
  });
  return {
    all: (listPk: number, itemId: number) => all.all(listPk, itemId).map(parse),
    one(listPk: number, itemId: number, version: number): VersionRow | undefined {
      const row = one.get(listPk, itemId, version);
      return row ? parse(row) : undefined;
    },
  };
}
