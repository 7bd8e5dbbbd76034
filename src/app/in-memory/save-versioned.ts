import type { Versioned } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import type { VersionedTable } from './versioned-table.js';

/** The in-memory stores' save: create or replace with the version seen, as SharePoint does. */

/** The stored record is the one being saved (a retried write): same content, any version. */
function sameContent<T extends object>(stored: Versioned<T>, wanted: T): boolean {
  const { version: _version, ...rest } = stored;
  return JSON.stringify(rest) === JSON.stringify(wanted);
}

export function save<T extends object>(
  table: VersionedTable<T>,
  key: string,
  value: T,
  expectedVersion: string | undefined,
  what: string,
): Result<Versioned<T>> {
  if (expectedVersion === undefined) {
    const created = table.create(key, value);
    if (created !== 'exists') return ok(created);
    const current = table.get(key)!;
    if (sameContent(current, value)) return ok(current);
    return fail('conflict', `${what} finns redan; inget skrevs över.`, { current });
  }
  const replaced = table.replace(key, value, expectedVersion);
  if (replaced === 'missing') return fail('notFound', `${what} finns inte.`);
  if (replaced === 'stale') {
    const current = table.get(key)!;
    if (sameContent(current, value)) return ok(current);
    return fail('conflict', `${what} har ändrats av någon annan under tiden; inget skrevs över.`, {
      current: table.get(key),
    });
  }
  return ok(replaced);
}
