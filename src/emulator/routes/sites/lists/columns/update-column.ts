import { builtinColumns } from '../../../../fields/builtin-columns.js';
import { isObject, parseColumnInput } from '../../../../fields/column-input.js';
import { columnJson, type ColumnDefinition } from '../../../../fields/column-types.js';
import { invalidRequest, itemNotFound } from '../../../../http/errors.js';
import type { Route, RouteDeps } from '../../../../http/route.js';
import { resolveList, resolveSite } from '../../resolve.js';
import { contextUrl } from '../../shapes.js';

/**
 * PATCH /sites/{site-id}/lists/{list-id}/columns/{column-id} — 200 with the updated
 * columnDefinition. Only the properties sent change; a type facet merges into the column's own
 * (e.g. `{choice: {choices: [...]}}`). Unverified on Graph, chosen here: changing `name` or the
 * column's type, or patching a built-in column, answers 400 invalidRequest.
 */
export function updateColumnRoute({ store }: RouteDeps): Route {
  return {
    method: 'PATCH',
    template: '/sites/{site-id}/lists/{list-id}/columns/{column-id}',
    permission: 'sites.manage',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const key = request.params['column-id']!.toLowerCase();
      const column = store.lists
        .columns(list.pk)
        .find((c) => c.id.toLowerCase() === key || c.name.toLowerCase() === key);
      if (!column) throw itemNotFound('Column not found');
      if (column.builtin || builtinColumns().some((b) => b.name === column.name)) {
        throw invalidRequest(`Column '${column.name}' is a built-in column and cannot be updated.`);
      }
      const updated = mergeColumn(column, request.body, (listId) => {
        const target = store.lists.find(site.pk, listId);
        return target
          ? { columnNames: store.lists.columns(target.pk).map((c) => c.name) }
          : undefined;
      });
      store.lists.replaceColumn(list.pk, updated);
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(
            `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/columns/$entity`,
          ),
          ...columnJson(updated),
        },
      };
    },
  };
}

/** The column with the patch applied, checked as a whole like a new column would be. */
function mergeColumn(
  column: ColumnDefinition,
  patch: unknown,
  resolveList: Parameters<typeof parseColumnInput>[1],
): ColumnDefinition {
  if (!isObject(patch)) throw invalidRequest('Invalid request');
  if ('id' in patch) throw invalidRequest("The property 'id' cannot be updated.");
  if ('name' in patch && patch.name !== column.name) {
    throw invalidRequest("The property 'name' cannot be updated.");
  }
  const facets = Object.keys(patch).filter((k) => isObject(patch[k]) && k !== 'defaultValue');
  const otherFacet = facets.find((k) => k !== 'validation' && k !== column.facetName);
  if (otherFacet) {
    throw invalidRequest(`The type of column '${column.name}' cannot be changed.`);
  }
  const facetName = column.facetName!;
  const patchFacet = patch[facetName];
  const merged = {
    name: column.name,
    displayName: column.displayName,
    description: column.description,
    columnGroup: column.columnGroup,
    enforceUniqueValues: column.enforceUniqueValues,
    hidden: column.hidden,
    indexed: column.indexed,
    readOnly: column.readOnly,
    required: column.required,
    ...(column.defaultValue === undefined ? {} : { defaultValue: { value: column.defaultValue } }),
    ...patch,
    [facetName]: { ...column.facet, ...(isObject(patchFacet) ? patchFacet : {}) },
  };
  const parsed = parseColumnInput(merged, resolveList);
  return {
    ...parsed,
    id: column.id,
    ...(column.customFormatter === undefined ? {} : { customFormatter: column.customFormatter }),
  };
}
