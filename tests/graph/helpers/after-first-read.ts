import type { PlanStore } from '../../../src/app/ports.js';

/**
 * The store as it is, except that its first `loadPlan` waits for `hold()` after reading, before
 * it returns to the caller (who then writes): the race tests line up reads and writes with it.
 */
export function afterFirstRead(inner: PlanStore, hold: () => Promise<void>): PlanStore {
  let held = false;
  return new Proxy(inner, {
    get(target, name, receiver) {
      const value = Reflect.get(target, name, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (name !== 'loadPlan') return value.bind(target) as unknown;
      return async (...args: Parameters<PlanStore['loadPlan']>) => {
        const loaded = await target.loadPlan(...args);
        if (!held) {
          held = true;
          await hold();
        }
        return loaded;
      };
    },
  });
}
