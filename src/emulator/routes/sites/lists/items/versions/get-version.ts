import { itemNotFound } from '../../../../../http/errors.js';
import type { Route, RouteDeps } from '../../../../../http/route.js';
import { itemId, resolveList, resolveSite } from '../../../resolve.js';
import { contextUrl } from '../../../shapes.js';
import { versionJson } from './version-json.js';

/** GET …/items/{item-id}/versions/{version-id} — one version with its fields. */
export function getVersionRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists/{list-id}/items/{item-id}/versions/{version-id}',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const item = store.items.getOrThrow(list, itemId(request.params['item-id']!));
      const m = /^(\d+)(?:\.0)?$/.exec(request.params['version-id']!);
      const version = m ? store.versions.one(list.pk, item.id, Number(m[1])) : undefined;
      if (!version) throw itemNotFound('The specified version was not found.');
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/items('${item.id}')/versions/$entity`,
          ),
          ...versionJson(store, site, list, item, version, true),
        },
      };
    },
  };
}
