import Database from 'better-sqlite3';

export type Db = Database.Database;

/** A prepared statement taking any parameters. */
export type AnyStatement = Database.Statement<unknown[], unknown>;

const schema = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sites(
  pk INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE COLLATE NOCASE,
  hostname TEXT NOT NULL COLLATE NOCASE, path TEXT NOT NULL COLLATE NOCASE,
  name TEXT NOT NULL, display_name TEXT NOT NULL, description TEXT NOT NULL,
  is_root INTEGER NOT NULL, time_zone TEXT NOT NULL, created TEXT NOT NULL,
  UNIQUE(hostname, path));
CREATE TABLE IF NOT EXISTS lists(
  pk INTEGER PRIMARY KEY, site_pk INTEGER NOT NULL, id TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL COLLATE NOCASE, url_name TEXT NOT NULL, description TEXT NOT NULL,
  template TEXT NOT NULL, hidden INTEGER NOT NULL, system INTEGER NOT NULL,
  version INTEGER NOT NULL, next_item_id INTEGER NOT NULL, item_count INTEGER NOT NULL,
  created TEXT NOT NULL, modified TEXT NOT NULL, created_by TEXT NOT NULL, modified_by TEXT NOT NULL,
  UNIQUE(site_pk, display_name));
CREATE TABLE IF NOT EXISTS columns(
  pk INTEGER PRIMARY KEY, list_pk INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE,
  definition TEXT NOT NULL, UNIQUE(list_pk, name));
CREATE TABLE IF NOT EXISTS items(
  pk INTEGER PRIMARY KEY, list_pk INTEGER NOT NULL, id INTEGER NOT NULL, guid TEXT NOT NULL,
  version INTEGER NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL,
  author INTEGER NOT NULL, editor INTEGER NOT NULL, fields TEXT NOT NULL,
  UNIQUE(list_pk, id));
CREATE TABLE IF NOT EXISTS item_versions(
  list_pk INTEGER NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL,
  modified TEXT NOT NULL, editor INTEGER NOT NULL, fields TEXT NOT NULL,
  PRIMARY KEY(list_pk, item_id, version)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS changes(
  seq INTEGER PRIMARY KEY AUTOINCREMENT, list_pk INTEGER NOT NULL, item_id INTEGER NOT NULL,
  deleted INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS changes_by_list ON changes(list_pk, item_id, seq);
CREATE TABLE IF NOT EXISTS site_users(
  site_pk INTEGER NOT NULL, user_id TEXT NOT NULL COLLATE NOCASE, lookup_id INTEGER NOT NULL,
  PRIMARY KEY(site_pk, user_id));
CREATE TABLE IF NOT EXISTS users(
  id TEXT PRIMARY KEY COLLATE NOCASE, upn TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL, mail TEXT);
CREATE TABLE IF NOT EXISTS teams(
  id TEXT PRIMARY KEY COLLATE NOCASE, display_name TEXT NOT NULL, description TEXT,
  created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS channels(
  id TEXT PRIMARY KEY, team_id TEXT NOT NULL COLLATE NOCASE, display_name TEXT NOT NULL,
  description TEXT, membership_type TEXT NOT NULL, created TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS members(
  team_id TEXT NOT NULL COLLATE NOCASE, user_id TEXT NOT NULL COLLATE NOCASE, roles TEXT NOT NULL,
  PRIMARY KEY(team_id, user_id));
CREATE TABLE IF NOT EXISTS views(
  pk INTEGER PRIMARY KEY, list_pk INTEGER NOT NULL, id TEXT NOT NULL UNIQUE COLLATE NOCASE,
  title TEXT NOT NULL COLLATE NOCASE, definition TEXT NOT NULL, UNIQUE(list_pk, title));
`;

/** NORMAL: durable across kill -9; FULL: also across power loss (an fsync per commit). */
export type Synchronous = 'NORMAL' | 'FULL';

/**
 * Opens the emulator's SQLite file in WAL mode. Every write commits before its HTTP
 * answer is sent. With synchronous=NORMAL the commit is in the WAL file (the OS has it)
 * when the answer goes out, so it survives kill -9 of the emulator ("transactions are
 * durable across application crashes regardless of the synchronous setting", SQLite
 * docs); only an OS crash or power loss could drop the last commits. FULL adds an fsync
 * per commit (4–11 ms each on this shared disk, against 0.03 ms).
 */
export function openDatabase(file: string, synchronous: Synchronous = 'NORMAL'): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = OFF');
  db.exec(schema);
  return db;
}

/** One index per field name: `(list_pk, json_extract(fields,'$."X"') COLLATE NOCASE)`. */
export function fieldPath(name: string): string {
  return `'$."${name.replace(/[^A-Za-z0-9_]/g, '')}"'`;
}

export function fieldExpression(name: string): string {
  return `json_extract(fields, ${fieldPath(name)})`;
}

export function ensureFieldIndex(db: Db, name: string): void {
  // Index names are case-insensitive in SQLite, field names are not: name the index by hex.
  const hex = Buffer.from(name, 'utf8').toString('hex');
  db.exec(
    `CREATE INDEX IF NOT EXISTS "ix_field_${hex}" ON items(list_pk, ${fieldExpression(name)} COLLATE NOCASE)`,
  );
}
