import type { Route, RouteDeps } from '../../../../http/route.js';
import { queryOption } from '../../../../http/route.js';
import { parseItemProjection } from '../../../../odata/expand.js';
import { itemId, resolveList, resolveSite } from '../../resolve.js';
import { contextUrl } from '../../shapes.js';
import { itemRenderer } from './item-json.js';

/** GET /sites/{site-id}/lists/{list-id}/items/{item-id} — $expand=fields, $select. */
export function getItemRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists/{list-id}/items/{item-id}',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const item = store.items.getOrThrow(list, itemId(request.params['item-id']!));
      const projection = parseItemProjection(
        queryOption(request, 'expand'),
        queryOption(request, 'select'),
      );
      const json = itemRenderer(store, site, list, projection)(item);
      return {
        status: 200,
        headers: { ETag: String(json['@odata.etag']) },
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/items/$entity`,
          ),
          ...json,
        },
      };
    },
  };
}
