import type { Route, RouteDeps } from '../../../../http/route.js';
import { queryOption } from '../../../../http/route.js';
import { parseItemProjection } from '../../../../odata/expand.js';
import { makeSkipToken, planItemQuery } from '../../../../odata/item-query.js';
import { resolveList, resolveSite } from '../../resolve.js';
import { contextUrl } from '../../shapes.js';
import { itemRenderer } from './item-json.js';
import { nextLinkUrl } from './links.js';

/** GET /sites/{site-id}/lists/{list-id}/items — $filter, $orderby, $top, $expand, paging. */
export function listItemsRoute({ store, limits }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists/{list-id}/items',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const columns = store.lists.columns(list.pk);
      const projection = parseItemProjection(
        queryOption(request, 'expand'),
        queryOption(request, 'select'),
      );
      const plan = planItemQuery(
        {
          filter: queryOption(request, 'filter'),
          orderby: queryOption(request, 'orderby'),
          top: queryOption(request, 'top'),
          skiptoken: queryOption(request, 'skiptoken'),
          prefer: request.headers.prefer,
          itemCount: list.itemCount,
          timeZone: site.timeZone,
        },
        columns,
        limits,
      );
      const page = store.items.query(list.pk, plan);
      const render = itemRenderer(store, site, list, projection);
      const path = `/sites/${site.id}/lists/${list.id}/items`;
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/items`,
          ),
          ...(page.next
            ? {
                '@odata.nextLink': nextLinkUrl(request, path, {
                  $skiptoken: makeSkipToken(page.next.afterId, page.next.offset),
                }),
              }
            : {}),
          value: page.items.map(render),
        },
      };
    },
  };
}
