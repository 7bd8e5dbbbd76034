import type { ChangeStore } from '../../store/changes.js';
import type { AdminRoute } from './admin-route.js';

/** POST /_emulator/delta/expire — every delta token issued so far now gets 410. */
export function expireDeltaRoute(changes: ChangeStore): AdminRoute {
  return {
    method: 'POST',
    path: '/_emulator/delta/expire',
    handle() {
      changes.expireTokens();
      return { status: 204 };
    },
  };
}
