import { createActivity, endActivity } from './manage-activities.js';
import {
  createArea,
  createGoal,
  endArea,
  renameArea,
  renameGoal,
  reorderAreas,
} from './manage-areas.js';
import {
  addDepartment,
  endDepartment,
  mergeDepartment,
  renameDepartment,
} from './manage-departments.js';
import type { PlanWorkDeps } from './plan-work-checks.js';

type Bound<F> = F extends (deps: PlanWorkDeps, input: infer I) => infer R ? (input: I) => R : never;

/** The working group's plan work (the tab's Planera): activities, areas, goals, departments. */
export type PlanWorkUseCases = {
  readonly createActivity: Bound<typeof createActivity>;
  readonly endActivity: Bound<typeof endActivity>;
  readonly createArea: Bound<typeof createArea>;
  readonly renameArea: Bound<typeof renameArea>;
  readonly reorderAreas: Bound<typeof reorderAreas>;
  readonly endArea: Bound<typeof endArea>;
  readonly createGoal: Bound<typeof createGoal>;
  readonly renameGoal: Bound<typeof renameGoal>;
  readonly addDepartment: Bound<typeof addDepartment>;
  readonly renameDepartment: Bound<typeof renameDepartment>;
  readonly endDepartment: Bound<typeof endDepartment>;
  readonly mergeDepartment: Bound<typeof mergeDepartment>;
};

export function planWorkUseCases(deps: PlanWorkDeps): PlanWorkUseCases {
  return {
    createActivity: (input) => createActivity(deps, input),
    endActivity: (input) => endActivity(deps, input),
    createArea: (input) => createArea(deps, input),
    renameArea: (input) => renameArea(deps, input),
    reorderAreas: (input) => reorderAreas(deps, input),
    endArea: (input) => endArea(deps, input),
    createGoal: (input) => createGoal(deps, input),
    renameGoal: (input) => renameGoal(deps, input),
    addDepartment: (input) => addDepartment(deps, input),
    renameDepartment: (input) => renameDepartment(deps, input),
    endDepartment: (input) => endDepartment(deps, input),
    mergeDepartment: (input) => mergeDepartment(deps, input),
  };
}
