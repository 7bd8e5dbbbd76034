import { isoSeconds, type Clock } from '../clock.js';
import { siteId } from '../ids.js';
import type { Db } from './db.js';

export type Site = {
  readonly pk: number;
  readonly id: string;
  readonly hostname: string;
  /** Server-relative path: '' for the root site, '/sites/x' otherwise. */
  readonly path: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly isRoot: boolean;
  readonly timeZone: string;
  readonly created: string;
};

type Row = {
  pk: number;
  id: string;
  hostname: string;
  path: string;
  name: string;
  display_name: string;
  description: string;
  is_root: number;
  time_zone: string;
  created: string;
};

function toSite(row: Row | undefined): Site | undefined {
  if (!row) return undefined;
  return {
    pk: row.pk,
    id: row.id,
    hostname: row.hostname,
    path: row.path,
    name: row.name,
    displayName: row.display_name,
    description: row.description,
    isRoot: row.is_root === 1,
    timeZone: row.time_zone,
    created: row.created,
  };
}

export type SiteSpec = {
  hostname: string;
  path: string;
  displayName: string;
  description: string;
  collectionId: string;
  webId: string;
  timeZone: string;
};

export type SiteStore = ReturnType<typeof siteStore>;

export function siteStore(db: Db, clock: Clock) {
  const byId = db.prepare<[string], Row>('SELECT * FROM sites WHERE id = ?');
  const byPath = db.prepare<[string, string], Row>(
    'SELECT * FROM sites WHERE hostname = ? AND path = ?',
  );
  const byPathOnly = db.prepare<[string], Row>(
    'SELECT * FROM sites WHERE path = ? ORDER BY pk LIMIT 1',
  );
  const root = db.prepare<[], Row>('SELECT * FROM sites WHERE is_root = 1 ORDER BY pk LIMIT 1');
  const byPk = db.prepare<[number], Row>('SELECT * FROM sites WHERE pk = ?');
  const insert = db.prepare(
    `INSERT INTO sites(id, hostname, path, name, display_name, description, is_root, time_zone, created)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return {
    byId: (id: string) => toSite(byId.get(id)),
    byPk: (pk: number) => toSite(byPk.get(pk)),
    byPath: (hostname: string, path: string) => toSite(byPath.get(hostname, path)),
    root: () => toSite(root.get()),
    /** A site by server-relative path on any host (SharePoint REST is served on localhost). */
    byServerPath: (path: string) => toSite(byPathOnly.get(path)),
    /** Creates the site if no site has this hostname and path; returns it and whether it is new. */
    ensure(spec: SiteSpec): { site: Site; created: boolean } {
      const existing = toSite(byPath.get(spec.hostname, spec.path));
      if (existing) return { site: existing, created: false };
      const name = spec.path === '' ? '' : spec.path.split('/').pop()!;
      insert.run(
        siteId(spec.hostname, spec.collectionId, spec.webId),
        spec.hostname,
        spec.path,
        name,
        spec.displayName,
        spec.description,
        spec.path === '' ? 1 : 0,
        spec.timeZone,
        isoSeconds(clock.now()),
      );
      return { site: toSite(byPath.get(spec.hostname, spec.path))!, created: true };
    },
  };
}
