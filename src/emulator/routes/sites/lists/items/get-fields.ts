import { fieldsJson } from '../../../../fields/read.js';
import type { Route, RouteDeps } from '../../../../http/route.js';
import { queryOption } from '../../../../http/route.js';
import { itemId, readContext, resolveList, resolveSite } from '../../resolve.js';
import { contextUrl } from '../../shapes.js';

/** GET /sites/{site-id}/lists/{list-id}/items/{item-id}/fields — the fieldValueSet. */
export function getFieldsRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists/{list-id}/items/{item-id}/fields',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const item = store.items.getOrThrow(list, itemId(request.params['item-id']!));
      const select = queryOption(request, 'select')
        ?.split(',')
        .map((s) => s.trim());
      const fields = fieldsJson(
        store.lists.columns(list.pk),
        item,
        select,
        readContext(store, site),
      );
      return {
        status: 200,
        headers: { ETag: String(fields['@odata.etag']) },
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/items('${item.id}')/fields/$entity`,
          ),
          ...fields,
        },
      };
    },
  };
}
