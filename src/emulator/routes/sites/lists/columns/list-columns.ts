import { columnJson } from '../../../../fields/column-types.js';
import type { Route, RouteDeps } from '../../../../http/route.js';
import { queryOption } from '../../../../http/route.js';
import { compileListFilter } from '../../../../odata/list-filter.js';
import { resolveList, resolveSite } from '../../resolve.js';
import { contextUrl } from '../../shapes.js';

/** GET /sites/{site-id}/lists/{list-id}/columns — hidden columns only when $select names `hidden`. */
export function listColumnsRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists/{list-id}/columns',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const select = queryOption(request, 'select');
      const withHidden = select?.split(',').some((s) => s.trim() === 'hidden') ?? false;
      const filter = compileListFilter(queryOption(request, 'filter'));
      const value = store.lists
        .columns(list.pk)
        .filter((c) => withHidden || !c.hidden)
        .map(columnJson)
        .filter(filter);
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/columns`,
          ),
          value,
        },
      };
    },
  };
}
