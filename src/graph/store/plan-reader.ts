import type { LoadOptions, PlanSnapshot, Versioned } from '../../app/ports.js';
import type { Reminder } from '../../domain/model.js';
import { ok, type Result } from '../../app/result.js';
import { storeContext, type GraphStoreOptions } from './context.js';
import { loadPlanFrom } from './load-plan.js';
import { roundReminders } from './reminder-query.js';

/**
 * GraphPlanStore's loadPlan (and the reminders' read) alone, for readers that never write (the tab: its writes go through
 * the app's API). The same single `$batch` round trip, without the write paths in the bundle.
 */
export function graphPlanReader(options: GraphStoreOptions): {
  loadPlan(options?: LoadOptions): Promise<Result<PlanSnapshot>>;
  /** A round's reminders (Uppföljning shows when each department was last reminded). */
  listReminders(roundId: string): Promise<Result<Versioned<Reminder>[]>>;
} {
  const ctx = storeContext(options);
  return {
    loadPlan: async (options: LoadOptions = {}) => {
      const loaded = await loadPlanFrom(ctx, options);
      return loaded.ok ? ok(loaded.value.snapshot) : loaded;
    },
    listReminders: (roundId) => roundReminders(ctx, roundId),
  };
}
