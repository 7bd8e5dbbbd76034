import type { Plan } from '../../domain/model.js';
import type { KeyMaps } from '../codec/key-maps.js';
import type { StoreContext } from './context.js';

/**
 * `$filter`s on the indexed `Plan` lookup for a plan whose item id is known: its own items
 * (rounds), and its own and its parent plan's (areas, activities: a combined round covers both).
 * Undefined when the plan's item id is not known yet: then every plan's items are read.
 */
export function planFilters(
  ctx: StoreContext,
  planId: string | undefined,
): { own: string; covered: string } | undefined {
  const entry = planId === undefined ? undefined : ctx.planEntries.get(planId);
  if (!entry) return undefined;
  const parent = entry.parentId ? ctx.planEntries.get(entry.parentId) : undefined;
  const own = `fields/PlanLookupId eq ${entry.itemId}`;
  if (entry.parentId && !parent) return undefined;
  return {
    own,
    covered: parent ? `${own} or fields/PlanLookupId eq ${parent.itemId}` : own,
  };
}

/** Remembers every plan's item id (the Plans list is always read whole: it is small). */
export function learnPlans(ctx: StoreContext, plans: readonly Plan[], maps: KeyMaps): void {
  for (const plan of plans) {
    const itemId = maps.Plans.itemId(plan.id);
    if (itemId === undefined) continue;
    ctx.planEntries.set(plan.id, {
      itemId,
      ...(plan.parentPlanId ? { parentId: plan.parentPlanId } : {}),
    });
  }
}
