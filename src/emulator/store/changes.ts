import type { Db } from './db.js';

export type Change = { readonly itemId: number; readonly seq: number };

export type ChangeStore = ReturnType<typeof changeStore>;

/** The change log behind delta: one row per create, update or delete. */
export function changeStore(db: Db) {
  const latest = db.prepare<[], { seq: number | null }>('SELECT MAX(seq) AS seq FROM changes');
  const since = db.prepare<[number, number, number, number], Change>(
    `SELECT item_id AS itemId, MAX(seq) AS seq FROM changes WHERE list_pk = ? AND seq > ?
     GROUP BY item_id HAVING MAX(seq) > ? ORDER BY seq LIMIT ?`,
  );
  const getEpoch = db.prepare<[], { value: string }>(
    "SELECT value FROM meta WHERE key = 'delta_epoch'",
  );
  const setEpoch = db.prepare(
    "INSERT INTO meta(key, value) VALUES ('delta_epoch', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  );
  const epoch = () => Number(getEpoch.get()?.value ?? 0);
  return {
    latestSeq: () => latest.get()?.seq ?? 0,
    /** Items changed after `sinceSeq`, by their last change, after `afterSeq`, at most `limit`. */
    since: (listPk: number, sinceSeq: number, afterSeq: number, limit: number) =>
      since.all(listPk, sinceSeq, afterSeq, limit),
    /** Delta tokens carry the epoch they were issued in; an older epoch gets 410. */
    epoch,
    expireTokens() {
      setEpoch.run(String(epoch() + 1));
    },
  };
}
