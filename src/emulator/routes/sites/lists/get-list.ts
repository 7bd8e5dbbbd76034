import type { Route, RouteDeps } from '../../../http/route.js';
import { resolveList, resolveSite } from '../resolve.js';
import { contextUrl, listJson } from '../shapes.js';
import { projectList } from './project-list.js';

/** GET /sites/{site-id}/lists/{list-id} — by GUID or by title; $select, $expand=columns. */
export function getListRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists/{list-id}',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const json = projectList(store, request, listJson(site, list));
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(`sites('${encodeURIComponent(site.id)}')/lists/$entity`),
          ...json,
        },
      };
    },
  };
}
