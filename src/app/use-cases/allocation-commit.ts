import type { Activity } from '../../domain/model.js';
import type { Clock } from '../../domain/clock.js';
import type { PlanSnapshot, PlanStore, Versioned } from '../ports.js';
import { fail, ok, type Result } from '../result.js';

/**
 * Closing the race of two allocations made at once (each alone fits in the plan's funds, both
 * together do not): a raised allocation is committed by marking the plan item with If-Match of
 * the plan's version the check read (PlanStore.markAllocation), after the activity is written.
 *
 * Why after, not before: a mark written first would let a third allocation read the marked plan
 * while the first activity is not written yet, pass its check without it, and mark the plan in
 * turn. Written after, whoever reads the plan's new version reads the activity written before it
 * (the plan's read holds the activities), and of two allocations that read the same version only
 * one mark gets through: the other's activity is written back as it was, and it is refused with
 * the Swedish conflict message. The plan changes only by its AllocationStamp, so whatever fails,
 * the plan's stored state says nothing wrong; nothing is half-stored. Lowered or unchanged
 * allocations need no mark (they never push the sum past the funds).
 */

export const allocationConflictMessage =
  'Någon annan ändrade fördelningen av planens utvecklingsmedel samtidigt. Ingenting sparades, försök igen.';

const unavailableMessage = 'Utvecklingsmedlen kunde inte fördelas just nu; ingenting sparades.';

const kronor = (tkr: number | undefined) => Math.round((tkr ?? 0) * 1000);

export function raisesAllocation(stored: Activity, edited: Activity): boolean {
  return kronor(edited.allocatedTkr) > kronor(stored.allocatedTkr);
}

type Deps = { readonly store: PlanStore; readonly clock: Clock };

export async function commitAllocation(
  deps: Deps,
  snapshot: PlanSnapshot,
  before: Versioned<Activity>,
  saved: Versioned<Activity>,
): Promise<Result<Versioned<Activity>>> {
  const planVersion = snapshot.plans.find((p) => p.id === before.planId)?.version ?? '';
  const stamp = `${deps.clock.now().toISOString()} ${saved.id} ${saved.allocatedTkr ?? 0} tkr`;
  const marked = await deps.store.markAllocation(before.planId, planVersion, stamp);
  if (marked.ok) return ok(saved);
  // Not committed (a conflict, or an answer lost): the activity goes back as it was.
  const { version: _read, ...previous } = before;
  const restored = await deps.store.saveActivity(previous, saved.version);
  const current = restored.ok ? restored.value : undefined;
  if (marked.error.reason !== 'conflict')
    return fail(marked.error.reason, `${unavailableMessage} ${marked.error.message}`, {
      ...(current ? { current } : {}),
    });
  return fail('conflict', allocationConflictMessage, {
    fields: { allocatedTkr: allocationConflictMessage },
    ...(current ? { current } : {}),
  });
}
