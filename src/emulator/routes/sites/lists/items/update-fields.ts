import { fieldsJson } from '../../../../fields/read.js';
import { parseFieldWrites } from '../../../../fields/write.js';
import type { Route, RouteDeps } from '../../../../http/route.js';
import {
  editorOf,
  itemId,
  readContext,
  resolveList,
  resolveSite,
  writeContext,
} from '../../resolve.js';
import { contextUrl } from '../../shapes.js';

/**
 * PATCH /sites/{site-id}/lists/{list-id}/items/{item-id}/fields — a bare fieldValueSet;
 * `If-Match` with a stale eTag → 412 and nothing written.
 */
export function updateFieldsRoute({ store }: RouteDeps): Route {
  return {
    method: 'PATCH',
    template: '/sites/{site-id}/lists/{list-id}/items/{item-id}/fields',
    permission: 'sites.write',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const id = itemId(request.params['item-id']!);
      store.items.getOrThrow(list, id);
      const columns = store.lists.columns(list.pk);
      const changes = parseFieldWrites(columns, request.body, writeContext(store, site));
      const editor = editorOf(store, site, request.caller);
      const item = store.items.update(
        list,
        columns,
        id,
        changes,
        editor,
        request.headers['if-match'],
      );
      const fields = fieldsJson(columns, item, undefined, readContext(store, site));
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
