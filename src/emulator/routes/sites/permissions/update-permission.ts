import { isObject } from '../../../fields/column-input.js';
import { invalidRequest, itemNotFound } from '../../../http/errors.js';
import type { Route, RouteDeps } from '../../../http/route.js';
import { resolveSite } from '../resolve.js';
import { contextUrl } from '../shapes.js';
import { permissionJson } from './permission-json.js';

const roles = new Set(['read', 'write', 'manage', 'fullcontrol']);

/** PATCH /sites/{site-id}/permissions/{permission-id} — `{roles:["manage"]}`. */
export function updatePermissionRoute({ store }: RouteDeps): Route {
  return {
    method: 'PATCH',
    template: '/sites/{site-id}/permissions/{permission-id}',
    permission: 'sites.fullcontrol',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const grant = store.grants.one(site.pk, request.params['permission-id']!);
      if (!grant) throw itemNotFound('The permission was not found.');
      const body = request.body;
      if (
        !isObject(body) ||
        !Array.isArray(body.roles) ||
        !body.roles.every((r) => typeof r === 'string' && roles.has(r))
      ) {
        throw invalidRequest('Invalid request');
      }
      store.grants.setRoles(site.pk, grant.id, body.roles as string[]);
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/permissions/$entity`,
          ),
          ...permissionJson({ ...grant, roles: body.roles as string[] }),
        },
      };
    },
  };
}
