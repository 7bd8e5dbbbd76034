import { identitySet } from '../../../auth/caller.js';
import { builtinColumns, titleColumn } from '../../../fields/builtin-columns.js';
import { parseColumnInput, isObject } from '../../../fields/column-input.js';
import type { ColumnDefinition } from '../../../fields/column-types.js';
import { invalidRequest } from '../../../http/errors.js';
import type { Route, RouteDeps } from '../../../http/route.js';
import { resolveSite } from '../resolve.js';
import { contextUrl, listETag, listJson } from '../shapes.js';

const templates = new Set([
  'genericList',
  'documentLibrary',
  'tasks',
  'events',
  'contacts',
  'links',
  'announcements',
]);

/** POST /sites/{site-id}/lists — 201 with the list; 409 nameAlreadyExists for a taken title. */
export function createListRoute({ store }: RouteDeps): Route {
  return {
    method: 'POST',
    template: '/sites/{site-id}/lists',
    permission: 'sites.manage',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const body = request.body;
      if (!isObject(body)) throw invalidRequest('Invalid request');
      if ('name' in body) {
        throw invalidRequest(
          "Cannot define a 'name' for a list as it is assigned by the server. Instead, provide 'displayName'",
        );
      }
      const displayName = body.displayName;
      if (
        typeof displayName !== 'string' ||
        displayName.trim() === '' ||
        displayName.length > 255
      ) {
        throw invalidRequest("A list needs a 'displayName'.");
      }
      const listFacet = isObject(body.list) ? body.list : {};
      const template = typeof listFacet.template === 'string' ? listFacet.template : 'genericList';
      if (!templates.has(template)) throw invalidRequest('Invalid request');
      const inputs = body.columns === undefined ? [] : body.columns;
      if (!Array.isArray(inputs)) throw invalidRequest('Invalid request');
      const resolveLookup = (listId: string) => {
        const target = store.lists.find(site.pk, listId);
        return target
          ? { columnNames: store.lists.columns(target.pk).map((c) => c.name) }
          : undefined;
      };
      const columns: ColumnDefinition[] = [titleColumn(), ...builtinColumns()];
      for (const input of inputs) {
        const column = parseColumnInput(input, resolveLookup);
        if (columns.some((c) => c.name.toLowerCase() === column.name.toLowerCase())) {
          throw invalidRequest(`A duplicate field name "${column.name}" was found.`);
        }
        columns.push(column);
      }
      const list = store.lists.create(site.pk, {
        displayName,
        description: typeof body.description === 'string' ? body.description : '',
        template,
        hidden: listFacet.hidden === true,
        system: false,
        columns: [
          columns[0]!,
          ...columns.slice(builtinColumns().length + 1),
          ...columns.slice(1, builtinColumns().length + 1),
        ],
        by: identitySet(request.caller),
      });
      store.views.create(list.pk, {
        title: 'All Items',
        viewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
        viewFields: ['LinkTitle', ...columns.slice(builtinColumns().length + 1).map((c) => c.name)],
        rowLimit: 30,
        paged: true,
        personalView: false,
        defaultView: true,
        hidden: false,
        viewType: 'HTML',
        serverRelativeUrl: `${site.path}/Lists/${list.urlName}/AllItems.aspx`,
      });
      const json = listJson(site, list);
      return {
        status: 201,
        headers: {
          ETag: listETag(list),
          Location: `${request.baseUrl}/sites/${site.id}/lists/${list.id}`,
        },
        body: {
          '@odata.context': contextUrl(`sites('${encodeURIComponent(site.id)}')/lists/$entity`),
          ...json,
          '@odata.etag': listETag(list),
          eTag: listETag(list),
        },
      };
    },
  };
}
