import { isObject } from '../../../../fields/column-input.js';
import { parseFieldWrites } from '../../../../fields/write.js';
import { invalidRequest } from '../../../../http/errors.js';
import type { Route, RouteDeps } from '../../../../http/route.js';
import { editorOf, resolveList, resolveSite, writeContext } from '../../resolve.js';
import { contextUrl } from '../../shapes.js';
import { itemRenderer } from './item-json.js';

/** POST /sites/{site-id}/lists/{list-id}/items — body `{fields:{…}}`, 201 with the item and fields. */
export function createItemRoute({ store }: RouteDeps): Route {
  return {
    method: 'POST',
    template: '/sites/{site-id}/lists/{list-id}/items',
    permission: 'sites.write',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const body = request.body;
      if (!isObject(body)) throw invalidRequest('Invalid request');
      for (const key of Object.keys(body)) {
        if (key !== 'fields' && !key.startsWith('@') && key !== 'contentType') {
          throw invalidRequest(`Property '${key}' cannot be set when creating a list item.`);
        }
      }
      const columns = store.lists.columns(list.pk);
      const changes = parseFieldWrites(columns, body.fields ?? {}, writeContext(store, site));
      const item = store.items.create(
        list,
        columns,
        changes,
        editorOf(store, site, request.caller),
      );
      const json = itemRenderer(store, site, list, {
        fields: true,
        fieldSelect: undefined,
        select: undefined,
      })(item);
      return {
        status: 201,
        headers: {
          ETag: String(json.eTag),
          Location: `${request.baseUrl}/sites/${site.id}/lists/${list.id}/items/${item.id}`,
        },
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
