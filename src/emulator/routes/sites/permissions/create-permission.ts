import { isObject } from '../../../fields/column-input.js';
import { invalidRequest } from '../../../http/errors.js';
import type { Route, RouteDeps } from '../../../http/route.js';
import { resolveSite } from '../resolve.js';
import { contextUrl } from '../shapes.js';
import { permissionJson } from './permission-json.js';

/**
 * POST /sites/{site-id}/permissions — grants an application `read` or `write` on the site;
 * `manage` and `fullcontrol` cannot be granted here (PATCH the permission afterwards).
 */
export function createPermissionRoute({ store }: RouteDeps): Route {
  return {
    method: 'POST',
    template: '/sites/{site-id}/permissions',
    permission: 'sites.fullcontrol',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const body = request.body;
      if (
        !isObject(body) ||
        !Array.isArray(body.roles) ||
        !Array.isArray(body.grantedToIdentities)
      ) {
        throw invalidRequest('Invalid request');
      }
      const roles = body.roles.filter((r): r is string => typeof r === 'string');
      if (roles.length === 0 || roles.some((r) => r !== 'read' && r !== 'write')) {
        throw invalidRequest(
          'Only read and write roles can be granted when creating a permission; PATCH it to add manage or fullcontrol.',
        );
      }
      const identity = body.grantedToIdentities[0] as
        { application?: { id?: unknown; displayName?: unknown } } | undefined;
      const app = identity?.application;
      if (body.grantedToIdentities.length !== 1 || typeof app?.id !== 'string') {
        throw invalidRequest('A permission is granted to exactly one application.');
      }
      const grant = store.grants.create(
        site.pk,
        app.id,
        typeof app.displayName === 'string' ? app.displayName : '',
        roles,
      );
      return {
        status: 201,
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/permissions/$entity`,
          ),
          ...permissionJson(grant),
        },
      };
    },
  };
}
