import { builtinColumns } from '../../../../fields/builtin-columns.js';
import { parseColumnInput } from '../../../../fields/column-input.js';
import { columnJson } from '../../../../fields/column-types.js';
import { GraphFailure } from '../../../../http/errors.js';
import type { Route, RouteDeps } from '../../../../http/route.js';
import { resolveList, resolveSite } from '../../resolve.js';
import { contextUrl } from '../../shapes.js';

/** POST /sites/{site-id}/lists/{list-id}/columns — 201 columnDefinition. */
export function createColumnRoute({ store }: RouteDeps): Route {
  return {
    method: 'POST',
    template: '/sites/{site-id}/lists/{list-id}/columns',
    permission: 'sites.manage',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const column = parseColumnInput(request.body, (listId) => {
        const target = store.lists.find(site.pk, listId);
        return target
          ? { columnNames: store.lists.columns(target.pk).map((c) => c.name) }
          : undefined;
      });
      if (builtinColumns().some((b) => b.name.toLowerCase() === column.name.toLowerCase())) {
        throw new GraphFailure(
          409,
          'nameAlreadyExists',
          `A duplicate field name "${column.name}" was found.`,
        );
      }
      store.lists.addColumn(list.pk, column);
      return {
        status: 201,
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/columns/$entity`,
          ),
          ...columnJson(column),
        },
      };
    },
  };
}
