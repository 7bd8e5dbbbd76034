import type { Route, RouteDeps } from '../../../http/route.js';
import { queryOption } from '../../../http/route.js';
import { compileListFilter } from '../../../odata/list-filter.js';
import { resolveSite } from '../resolve.js';
import { contextUrl, listJson } from '../shapes.js';
import { projectList } from './project-list.js';

/** GET /sites/{site-id}/lists — system lists only when $select names `system`. */
export function listListsRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const select = queryOption(request, 'select');
      const withSystem = select?.split(',').some((s) => s.trim() === 'system') ?? false;
      const filter = compileListFilter(queryOption(request, 'filter'));
      const value = store.lists
        .all(site.pk)
        .filter((list) => withSystem || !list.system)
        .map((list) => listJson(site, list))
        .filter(filter)
        .map((json) => projectList(store, request, json));
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(`sites('${encodeURIComponent(site.id)}')/lists`),
          value,
        },
      };
    },
  };
}
