import { plansInForce } from '../domain/plans.js';
import type { LoadOptions, PlanSnapshot, PlanStore } from './ports.js';
import type { FollowUpRound } from '../domain/model.js';
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

/**
 * The rounds of the plan's earlier versions (the ones it replaced, by `previousVersionId`): a
 * period one of them followed up is not followed up again by the newer version. One read per
 * earlier version, in parallel; none for a plan that revises nothing.
 */
export async function roundsOfEarlierVersions(
  store: Pick<PlanStore, 'loadPlan'>,
  snapshot: Pick<PlanSnapshot, 'plan' | 'plans'>,
  options: LoadOptions = {},
): Promise<Result<FollowUpRound[]>> {
  const earlier: string[] = [];
  for (
    let id = snapshot.plan.previousVersionId;
    id !== undefined && !earlier.includes(id);
    id = snapshot.plans.find((p) => p.id === id)?.previousVersionId
  )
    earlier.push(id);
  const loaded = await Promise.all(earlier.map((planId) => store.loadPlan({ ...options, planId })));
  const rounds: FollowUpRound[] = [];
  for (const other of loaded) {
    if (!other.ok) return other;
    rounds.push(...other.value.rounds.filter((r) => earlier.includes(r.planId)));
  }
  return ok(rounds);
}

/** Whether `rounds` follow up the period of `round` already (same kind and period start). */
export function periodFollowedUp<R extends Pick<FollowUpRound, 'kind' | 'periodStart'>>(
  rounds: readonly R[],
  round: Pick<FollowUpRound, 'kind' | 'periodStart'>,
): R | undefined {
  return rounds.find((r) => r.kind === round.kind && r.periodStart === round.periodStart);
}
