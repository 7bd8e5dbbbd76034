import type { Route, RouteDeps } from '../../http/route.js';
import { resolveSite } from './resolve.js';
import { siteJson } from './shapes.js';

/** GET /sites/{site-id} — also /sites/root, /sites/{hostname} and /sites/{hostname}:/{path}. */
export function getSiteRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}',
    permission: 'sites.read',
    handle: (request) => ({
      status: 200,
      body: siteJson(resolveSite(store, request.params['site-id']!)),
    }),
  };
}
