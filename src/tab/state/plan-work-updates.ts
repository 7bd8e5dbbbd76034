import type { PlanSnapshot, Versioned } from '../../app/ports.js';
import type { Department, DevelopmentArea, Goal } from '../../domain/model.js';

/** Planera's writes applied to the loaded snapshot (no second read). */

function upsert<T extends { readonly id: string }>(list: readonly T[], records: readonly T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  const kept = list.map((r) => byId.get(r.id) ?? r);
  const added = records.filter((r) => !list.some((k) => k.id === r.id));
  return [...kept, ...added];
}

export function withAreas(
  snapshot: PlanSnapshot,
  areas: readonly Versioned<DevelopmentArea>[],
): PlanSnapshot {
  return { ...snapshot, areas: upsert(snapshot.areas, areas) };
}

export function withGoal(snapshot: PlanSnapshot, goal: Versioned<Goal>): PlanSnapshot {
  return { ...snapshot, goals: upsert(snapshot.goals, [goal]) };
}

export function withDepartment(
  snapshot: PlanSnapshot,
  department: Versioned<Department>,
): PlanSnapshot {
  return { ...snapshot, departments: upsert(snapshot.departments, [department]) };
}

export function withActivities(
  snapshot: PlanSnapshot,
  activities: PlanSnapshot['activities'],
): PlanSnapshot {
  return { ...snapshot, activities: upsert(snapshot.activities, activities) };
}
