import type { LoadOptions, PlanSnapshot, Versioned } from '../../app/ports.js';
import type { FollowUp, Reminder } from '../../domain/model.js';
import { ok, type Result } from '../../app/result.js';
import type { KeyMaps } from '../codec/key-maps.js';
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
  /**
   * The answers of rounds the plan's read left out (a report's older round and the one it
   * compares with): one round trip, by the indexed Round lookup, with the last read's maps.
   */
  listFollowUps(roundIds: readonly string[]): Promise<Result<Versioned<FollowUp>[]>>;
} {
  const ctx = storeContext(options);
  let maps: KeyMaps | undefined;
  const load = async (options: LoadOptions = {}) => {
    const loaded = await loadPlanFrom(ctx, options);
    if (loaded.ok) maps = loaded.value.maps;
    return loaded;
  };
  return {
    loadPlan: async (options: LoadOptions = {}) => {
      const loaded = await load(options);
      return loaded.ok ? ok(loaded.value.snapshot) : loaded;
    },
    listFollowUps: async (roundIds) => {
      if (!maps) {
        const loaded = await load();
        if (!loaded.ok) return loaded;
      }
      const { loadRoundFollowUps } = await import('./round-follow-ups.js');
      return loadRoundFollowUps(ctx, maps!, roundIds);
    },
    listReminders: (roundId) => roundReminders(ctx, roundId),
  };
}
