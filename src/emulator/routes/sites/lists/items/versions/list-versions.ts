import type { Route, RouteDeps } from '../../../../../http/route.js';
import { queryOption } from '../../../../../http/route.js';
import { itemId, resolveList, resolveSite } from '../../../resolve.js';
import { contextUrl } from '../../../shapes.js';
import { versionJson } from './version-json.js';

/** GET …/items/{item-id}/versions — newest first; `$expand=fields` adds each version's fields. */
export function listVersionsRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists/{list-id}/items/{item-id}/versions',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const item = store.items.getOrThrow(list, itemId(request.params['item-id']!));
      const withFields = /(^|,)\s*fields\b/.test(queryOption(request, 'expand') ?? '');
      const value = store.versions
        .all(list.pk, item.id)
        .map((v) => versionJson(store, site, list, item, v, withFields));
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/items('${item.id}')/versions`,
          ),
          value,
        },
      };
    },
  };
}
