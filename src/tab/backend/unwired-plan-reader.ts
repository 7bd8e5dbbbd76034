import type { PlanStore } from '../../app/ports.js';

/**
 * Until the data layer's browser PlanStore is wired in main.tsx (GraphPlanStore with the user's
 * Graph token), reads fail visibly with a Swedish message instead of showing an empty plan.
 */
export function unwiredPlanReader(): Pick<PlanStore, 'loadPlan'> {
  return {
    loadPlan: () =>
      Promise.resolve({
        ok: false,
        error: {
          reason: 'unavailable',
          message: 'Planen kan inte läsas: läsningen från SharePoint är inte kopplad.',
        },
      }),
  };
}
