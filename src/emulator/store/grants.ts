import { newGuid } from '../ids.js';
import type { Db } from './db.js';

/** A site permission granted to an app (what `POST /sites/{id}/permissions` creates). */
export type Grant = { id: string; appId: string; displayName: string; roles: string[] };

type Row = { id: string; app_id: string; display_name: string; roles: string };

const toGrant = (r: Row): Grant => ({
  id: r.id,
  appId: r.app_id,
  displayName: r.display_name,
  roles: JSON.parse(r.roles) as string[],
});

export type GrantStore = ReturnType<typeof grantStore>;

export function grantStore(db: Db) {
  db.exec(`CREATE TABLE IF NOT EXISTS site_grants(
    id TEXT PRIMARY KEY, site_pk INTEGER NOT NULL, app_id TEXT NOT NULL COLLATE NOCASE,
    display_name TEXT NOT NULL, roles TEXT NOT NULL)`);
  const all = db.prepare<[number], Row>(
    'SELECT * FROM site_grants WHERE site_pk = ? ORDER BY rowid',
  );
  const one = db.prepare<[number, string], Row>(
    'SELECT * FROM site_grants WHERE site_pk = ? AND id = ?',
  );
  const byApp = db.prepare<[number, string], Row>(
    'SELECT * FROM site_grants WHERE site_pk = ? AND app_id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO site_grants(id, site_pk, app_id, display_name, roles) VALUES (?, ?, ?, ?, ?)',
  );
  const update = db.prepare('UPDATE site_grants SET roles = ? WHERE site_pk = ? AND id = ?');
  return {
    all: (sitePk: number) => all.all(sitePk).map(toGrant),
    one(sitePk: number, id: string): Grant | undefined {
      const row = one.get(sitePk, id);
      return row ? toGrant(row) : undefined;
    },
    /** The roles an app holds on a site (empty without a grant). */
    roles: (sitePk: number, appId: string): string[] =>
      byApp.all(sitePk, appId).flatMap((r) => toGrant(r).roles),
    create(sitePk: number, appId: string, displayName: string, roles: string[]): Grant {
      const id = Buffer.from(`i:0i.t|ms.sp.ext|${appId}@${newGuid()}`, 'utf8').toString('base64');
      insert.run(id, sitePk, appId, displayName, JSON.stringify(roles));
      return { id, appId, displayName, roles };
    },
    setRoles(sitePk: number, id: string, roles: string[]): void {
      update.run(JSON.stringify(roles), sitePk, id);
    },
  };
}
