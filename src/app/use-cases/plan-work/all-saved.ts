import type { ActivitiesPartlySaved, Versioned } from '../../ports.js';
import { fail, ok, type Result } from '../../result.js';
import type { Activity } from '../../../domain/model.js';

/**
 * The per-item results of saveActivities as one result: all saved is ok; otherwise the first
 * failure, with `current` naming what was saved and the stored versions of the conflicting ones
 * (the store goes on past refusals, as a Graph `$batch` does, so the caller can try the rest).
 */
export function allSaved(
  results: readonly Result<Versioned<Activity>>[],
): Result<readonly Versioned<Activity>[]> {
  const saved: Versioned<Activity>[] = [];
  const conflicts: Versioned<Activity>[] = [];
  let first: Result<never> | undefined;
  for (const result of results) {
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
