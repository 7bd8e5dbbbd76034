import type { Route, RouteDeps } from '../../../../http/route.js';
import { itemId, resolveList, resolveSite } from '../../resolve.js';

/** DELETE /sites/{site-id}/lists/{list-id}/items/{item-id} — 204; If-Match as for PATCH. */
export function deleteItemRoute({ store }: RouteDeps): Route {
  return {
    method: 'DELETE',
    template: '/sites/{site-id}/lists/{list-id}/items/{item-id}',
    permission: 'sites.write',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      store.items.delete(list, itemId(request.params['item-id']!), request.headers['if-match']);
      return { status: 204 };
    },
  };
}
