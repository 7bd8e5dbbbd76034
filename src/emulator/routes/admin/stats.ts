import type { Stats } from '../../faults/stats.js';
import type { AdminRoute } from './admin-route.js';

/** GET /_emulator/stats — `{"total":N,"byRoute":[{"method","route","count"}]}` since the last reset. */
export function getStatsRoute(stats: Stats): AdminRoute {
  return {
    method: 'GET',
    path: '/_emulator/stats',
    handle: () => ({ status: 200, body: stats.snapshot() }),
  };
}

/** POST /_emulator/stats/reset */
export function resetStatsRoute(stats: Stats): AdminRoute {
  return {
    method: 'POST',
    path: '/_emulator/stats/reset',
    handle() {
      stats.reset();
      return { status: 204 };
    },
  };
}
