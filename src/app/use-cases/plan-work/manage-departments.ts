import type { Activity, Department } from '../../../domain/model.js';
import {
  isActiveActivity,
  mergedActivities,
  mergeRefusal,
  planWorkMessages,
  renamedDepartment,
} from '../../../domain/plan-work.js';
import type { Caller } from '../../authorization.js';
import { isReadOnly } from '../../../domain/plans.js';
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
import { allSaved } from './all-saved.js';

/**
 * Departments as the municipality reorganises them: add (name, board), rename (the earlier name
 * stays valid until today, so earlier rounds show it), end, and merge one into another. A merge
 * moves the active activities it is responsible or co-responsible for to the receiving
 * department (one `$batch` of writes, If-Match each), then ends it with `mergedIntoId`; answers
 * already given keep their department. A department that still has active activities is merged,
 * not ended. Both look at the activities of every plan not replaced, whichever plan is chosen.
 */

export type DepartmentInput = { readonly name: string; readonly board?: string };

type Addressed = {
  readonly caller: Caller;
  readonly planId?: string;
  readonly departmentId: string;
  readonly expectedVersion: string;
};

export type MergeOutcome = {
  readonly department: Versioned<Department>;
  readonly moved: readonly Versioned<Activity>[];
};

const unknownDepartment = 'Förvaltningen finns inte.';

/**
 * The activities of every plan not replaced (departments belong to the site, not to one plan):
 * the chosen plan's snapshot and one read of each other such plan, at once.
 */
async function liveActivities(
  deps: PlanWorkDeps,
  snapshot: PlanSnapshot,
): Promise<Result<Versioned<Activity>[]>> {
  const others = snapshot.plans.filter((p) => !isReadOnly(p) && p.id !== snapshot.plan.id);
  const loaded = await Promise.all(others.map((p) => deps.store.loadPlan({ planId: p.id })));
  const byId = new Map(snapshot.activities.map((a) => [a.id, a]));
  for (const other of loaded) {
    if (!other.ok) return other;
    for (const a of other.value.activities) byId.set(a.id, a);
  }
  const live = new Set([snapshot.plan.id, ...others.map((p) => p.id)]);
  return ok([...byId.values()].filter((a) => live.has(a.planId)));
}

function boardOf(board: string | undefined): { board?: string } {
  const trimmed = board?.trim();
  return trimmed ? { board: trimmed } : {};
}

export async function addDepartment(
  deps: PlanWorkDeps,
  input: PlanScope & { readonly department: DepartmentInput },
): Promise<Result<Versioned<Department>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const { name, board } = input.department;
  const refused = textRefusal([
    ['name', name],
    ['board', board],
  ]);
  if (refused) return refused;
  const id = slugId(name, new Set(snapshot.value.departments.map((d) => d.id)), 'forvaltning');
  const department = { id, name: name.trim(), ...boardOf(board), coordinating: false };
  return deps.store.saveDepartment(department, undefined);
}

export async function renameDepartment(
  deps: PlanWorkDeps,
  input: Addressed & { readonly department: DepartmentInput },
): Promise<Result<Versioned<Department>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const stored = snapshot.value.departments.find((d) => d.id === input.departmentId);
  if (!stored) return fail('notFound', unknownDepartment);
  const { name, board } = input.department;
  const refused = textRefusal([
    ['name', name],
    ['board', board],
  ]);
  if (refused) return refused;
  const { version: _v, board: _b, ...rest } = stored;
  const sameName = name.trim() === stored.name;
  const named = sameName ? rest : renamedDepartment(rest, name, today(deps));
  return deps.store.saveDepartment({ ...named, ...boardOf(board) }, input.expectedVersion);
}

export async function endDepartment(
  deps: PlanWorkDeps,
  input: Addressed,
): Promise<Result<Versioned<Department>>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const stored = snapshot.value.departments.find((d) => d.id === input.departmentId);
  if (!stored) return fail('notFound', unknownDepartment);
  if (stored.endedOn) return fieldRefusal('departmentId', planWorkMessages.alreadyEnded);
  const activities = await liveActivities(deps, snapshot.value);
  if (!activities.ok) return activities;
  const active = activities.value.filter(
    (a) =>
      isActiveActivity(a) &&
      (a.responsibleDepartmentId === stored.id || a.coResponsibleDepartmentIds.includes(stored.id)),
  ).length;
  if (active > 0) return fieldRefusal('departmentId', planWorkMessages.departmentHasActive(active));
  const { version: _v, ...department } = stored;
  return deps.store.saveDepartment({ ...department, endedOn: today(deps) }, input.expectedVersion);
}

export async function mergeDepartment(
  deps: PlanWorkDeps,
  input: Addressed & { readonly intoId: string },
): Promise<Result<MergeOutcome>> {
  const snapshot = await managedSnapshot(deps, input);
  if (!snapshot.ok) return snapshot;
  const { departments } = snapshot.value;
  const stored = departments.find((d) => d.id === input.departmentId);
  if (!stored) return fail('notFound', unknownDepartment);
  if (!departments.some((d) => d.id === input.intoId))
    return fieldRefusal('intoId', unknownDepartment);
  const on = today(deps);
  const refusal = mergeRefusal(departments, stored.id, input.intoId, on);
  if (refusal) return fail('invalid', Object.values(refusal)[0]!, { fields: refusal });
  if (stored.version !== undefined && stored.version !== input.expectedVersion)
    return fail('conflict', 'Förvaltningen har ändrats av någon annan under tiden.', {
      current: stored,
    });
  const activities = await liveActivities(deps, snapshot.value);
  if (!activities.ok) return activities;
  const moved = mergedActivities(activities.value, stored.id, input.intoId);
  const saves = moved.map(({ version, ...activity }) => ({ activity, expectedVersion: version }));
  const results = saves.length > 0 ? await deps.store.saveActivities(saves) : ok([]);
  if (!results.ok) return results;
  const written = allSaved(results.value);
  if (!written.ok) return written;
  const { version: _v, ...department } = stored;
  const ended = await deps.store.saveDepartment(
    { ...department, endedOn: on, mergedIntoId: input.intoId },
    input.expectedVersion,
  );
  return ended.ok ? ok({ department: ended.value, moved: written.value }) : ended;
}
