import { renderPlanWork } from './renderPlanWork.js';
import { usePlanWork } from './usePlanWork.js';
import { usePlanWorkStyles } from './usePlanWorkStyles.styles.js';

/** Planera (working group only, loaded lazily): the plan's areas, activities, goals, departments and the Excel import. */
export function PlanWork() {
  return renderPlanWork(usePlanWork(), usePlanWorkStyles());
}
