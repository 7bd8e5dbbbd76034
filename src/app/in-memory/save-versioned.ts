import type { ActivitiesPartlySaved, ActivitySave, Versioned } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import type { Activity } from '../../domain/model.js';
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

/**
 * Saves one after another, going on past refusals (as a Graph `$batch` does): all saved is ok;
 * otherwise the first failure, with `current` naming what was saved and the stored versions of
 * the conflicting ones.
 */
export function saveEach(
  saves: readonly ActivitySave[],
  saveOne: (save: ActivitySave) => Result<Versioned<Activity>>,
): Result<readonly Versioned<Activity>[]> {
  const saved: Versioned<Activity>[] = [];
  const conflicts: Versioned<Activity>[] = [];
  let first: Result<never> | undefined;
  for (const one of saves) {
    const result = saveOne(one);
    if (result.ok) saved.push(result.value);
    else {
      first ??= result;
      if (result.error.reason === 'conflict' && result.error.current)
        conflicts.push(result.error.current as Versioned<Activity>);
    }
  }
  if (!first || first.ok) return ok(saved);
  const current: ActivitiesPartlySaved = { saved, conflicts };
  return fail(first.error.reason, first.error.message, {
    ...(first.error.fields ? { fields: first.error.fields } : {}),
    current,
  });
}
