import type { Route, RouteDeps } from '../../../http/route.js';
import { resolveSite } from '../resolve.js';
import { contextUrl } from '../shapes.js';
import { permissionJson } from './permission-json.js';

/** GET /sites/{site-id}/permissions — the apps granted a role on the site (Sites.Selected). */
export function listPermissionsRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/permissions',
    permission: 'sites.fullcontrol',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const value = store.grants.all(site.pk).map(permissionJson);
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(`sites('${encodeURIComponent(site.id)}')/permissions`),
          value,
        },
      };
    },
  };
}
