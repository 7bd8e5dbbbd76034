import type { PlanSnapshot } from '../../app/ports.js';
import { ok, type Result } from '../../app/result.js';
import { storeContext, type GraphStoreOptions } from './context.js';
import { loadPlanFrom } from './load-plan.js';

/**
 * GraphPlanStore's loadPlan alone, for readers that never write (the tab: its writes go through
 * the app's API). The same single `$batch` round trip, without the write paths in the bundle.
 */
export function graphPlanReader(options: GraphStoreOptions): {
  loadPlan(): Promise<Result<PlanSnapshot>>;
} {
  const ctx = storeContext(options);
  return {
    loadPlan: async () => {
      const loaded = await loadPlanFrom(ctx);
      return loaded.ok ? ok(loaded.value.snapshot) : loaded;
    },
  };
}
