import { plansInForce } from '../domain/plans.js';
import type { LoadOptions, PlanSnapshot, PlanStore } from './ports.js';
import { ok, type Result } from './result.js';

/**
 * Loading across several plans. A round belongs to one plan: the default plan's rounds have the
 * calendar's ids (`annual-2026`), another plan's rounds start with the plan's id
 * (`drogplan-annual-2026`, rounds.ts), so the owner is found without reading every plan.
 */

/** The snapshot of the plan `roundId` belongs to (the default plan's when none claims it). */
export async function loadForRound(
  store: Pick<PlanStore, 'loadPlan'>,
  roundId: string,
  options: LoadOptions = {},
): Promise<Result<PlanSnapshot>> {
  const first = await store.loadPlan(options);
  if (!first.ok || first.value.rounds.some((r) => r.id === roundId)) return first;
  const owner = first.value.plans
    .filter((p) => roundId.startsWith(`${p.id}-`))
    .sort((a, b) => b.id.length - a.id.length)[0];
  if (!owner || owner.id === first.value.plan.id) return first;
  return store.loadPlan({ ...options, planId: owner.id });
}

/**
 * A snapshot of every plan in force (not replaced, not a pending new version): the default
 * plan's first. What the reminder run and the bot's `kort` go through: each plan's open rounds.
 */
export async function loadPlansInForce(
  store: Pick<PlanStore, 'loadPlan'>,
  options: LoadOptions = {},
): Promise<Result<PlanSnapshot[]>> {
  const first = await store.loadPlan(options);
  if (!first.ok) return first;
  const others = plansInForce(first.value.plans).filter((p) => p.id !== first.value.plan.id);
  const loaded = await Promise.all(others.map((p) => store.loadPlan({ ...options, planId: p.id })));
  const snapshots = [first.value];
  for (const snapshot of loaded) {
    if (!snapshot.ok) return snapshot;
    snapshots.push(snapshot.value);
  }
  return ok(snapshots);
}
