import type { DevelopmentArea, Goal } from '../../../domain/model.js';
import { areaEndRefusal } from '../../../domain/plan-work.js';
import { planItemId } from '../../../domain/plans.js';
import type { Caller } from '../../authorization.js';
import type { PlanSnapshot, Versioned } from '../../ports.js';
import { fail, ok, type Result } from '../../result.js';
import {
  fieldRefusal,
  managedSnapshot,
  slugId,
  textRefusal,
  today,
  type PlanScope,
  type PlanWorkDeps,
} from './plan-work-checks.js';

/**
 * The plan's development areas (create, rename, reorder, end) and the goals (national, regional,
 * municipal) activities serve. An area is ended, never deleted, and only when none of its
 * activities is active. Every write carries the version the user saw.
 */

export type AreaInput = { readonly title: string; readonly description?: string };
export type GoalInput = {
  readonly level: Goal['level'];
  readonly title: string;
  readonly description?: string;
};
type Versioned1<T> = T & { readonly expectedVersion: string };

const unknownArea = 'Utvecklingsområdet finns inte i planen.';
const unknownGoal = 'Målet finns inte.';

/** The chosen plan's own areas (a snapshot also carries its parent plan's). */
function ownAreas(snapshot: PlanSnapshot): PlanSnapshot['areas'] {
  return snapshot.areas.filter((a) => a.planId === snapshot.plan.id);
}

function optionalText(text: string | undefined): { description?: string } {
  const trimmed = text?.trim();
  return trimmed ? { description: trimmed } : {};
}

export async function createArea(
  deps: PlanWorkDeps,
  input: PlanScope & { readonly area: AreaInput },
): Promise<Result<Versioned<DevelopmentArea>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const { area } = input;
  const refused = textRefusal([
    ['title', area.title],
    ['description', area.description],
  ]);
  if (refused) return refused;
  const { plan, plans } = snapshot.value;
  const areas = ownAreas(snapshot.value);
  const order = Math.max(0, ...areas.map((a) => a.order)) + 1;
  const own = [...areas, ...snapshot.value.activities.filter((a) => a.planId === plan.id)];
  const taken = new Set(snapshot.value.areas.map((a) => a.id));
  const idOf = (n: number) =>
    planItemId(
      plans,
      plan,
      own.map((item) => item.id),
      `area-${String(n)}`,
    );
  let id = idOf(order);
  for (let n = order + 1; taken.has(id); n += 1) id = idOf(n);
  const created = {
    id,
    planId: plan.id,
    order,
    title: area.title.trim(),
    ...optionalText(area.description),
  };
  return deps.store.saveArea(created, undefined);
}

export async function renameArea(
  deps: PlanWorkDeps,
  input: Versioned1<PlanScope & { readonly areaId: string; readonly area: AreaInput }>,
): Promise<Result<Versioned<DevelopmentArea>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const stored = ownAreas(snapshot.value).find((a) => a.id === input.areaId);
  if (!stored) return fail('notFound', unknownArea);
  const refused = textRefusal([
    ['title', input.area.title],
    ['description', input.area.description],
  ]);
  if (refused) return refused;
  const { version: _v, description: _d, ...rest } = stored;
  const renamed = {
    ...rest,
    title: input.area.title.trim(),
    ...optionalText(input.area.description),
  };
  return deps.store.saveArea(renamed, input.expectedVersion);
}

/** New order of the plan's areas: the ids in the order wanted, each with the version seen. */
export async function reorderAreas(
  deps: PlanWorkDeps,
  input: {
    readonly caller: Caller;
    readonly planId?: string;
    readonly order: readonly { readonly areaId: string; readonly expectedVersion: string }[];
  },
): Promise<Result<Versioned<DevelopmentArea>[]>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const areas = new Map(ownAreas(snapshot.value).map((a) => [a.id, a]));
  if (input.order.some((o) => !areas.has(o.areaId))) return fieldRefusal('order', unknownArea);
  const saved: Versioned<DevelopmentArea>[] = [];
  for (const [i, { areaId, expectedVersion }] of input.order.entries()) {
    const { version: _v, ...area } = areas.get(areaId)!;
    if (area.order === i + 1 && expectedVersion === areas.get(areaId)!.version) {
      saved.push({ ...area, version: expectedVersion });
      continue;
    }
    const result = await deps.store.saveArea({ ...area, order: i + 1 }, expectedVersion);
    if (!result.ok) return result;
    saved.push(result.value);
  }
  return ok(saved);
}

export async function endArea(
  deps: PlanWorkDeps,
  input: Versioned1<PlanScope & { readonly areaId: string }>,
): Promise<Result<Versioned<DevelopmentArea>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const stored = ownAreas(snapshot.value).find((a) => a.id === input.areaId);
  if (!stored) return fail('notFound', unknownArea);
  const refusal = areaEndRefusal(stored, snapshot.value.activities);
  if (refusal) return fieldRefusal('areaId', refusal);
  const { version: _v, ...area } = stored;
  return deps.store.saveArea({ ...area, endedOn: today(deps) }, input.expectedVersion);
}

export async function createGoal(
  deps: PlanWorkDeps,
  input: PlanScope & { readonly goal: GoalInput },
): Promise<Result<Versioned<Goal>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const { goal } = input;
  const refused = textRefusal([
    ['title', goal.title],
    ['description', goal.description],
  ]);
  if (refused) return refused;
  const taken = new Set(snapshot.value.goals.map((g) => g.id));
  const id = slugId(goal.title, taken, 'mal');
  const created = {
    id,
    level: goal.level,
    title: goal.title.trim(),
    ...optionalText(goal.description),
  };
  return deps.store.saveGoal(created, undefined);
}

export async function renameGoal(
  deps: PlanWorkDeps,
  input: Versioned1<PlanScope & { readonly goalId: string; readonly goal: GoalInput }>,
): Promise<Result<Versioned<Goal>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const stored = snapshot.value.goals.find((g) => g.id === input.goalId);
  if (!stored) return fail('notFound', unknownGoal);
  const refused = textRefusal([
    ['title', input.goal.title],
    ['description', input.goal.description],
  ]);
  if (refused) return refused;
  const renamed = {
    id: stored.id,
    level: input.goal.level,
    title: input.goal.title.trim(),
    ...optionalText(input.goal.description),
  };
  return deps.store.saveGoal(renamed, input.expectedVersion);
}
