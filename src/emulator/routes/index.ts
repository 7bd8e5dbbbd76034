import type { Route, RouteDeps } from '../http/route.js';
import { getSiteRoute } from './sites/get-site.js';
import { createColumnRoute } from './sites/lists/columns/create-column.js';
import { listColumnsRoute } from './sites/lists/columns/list-columns.js';
import { createListRoute } from './sites/lists/create-list.js';
import { getListRoute } from './sites/lists/get-list.js';
import { createItemRoute } from './sites/lists/items/create-item.js';
import { deleteItemRoute } from './sites/lists/items/delete-item.js';
import { getFieldsRoute } from './sites/lists/items/get-fields.js';
import { getItemRoute } from './sites/lists/items/get-item.js';
import { listItemsRoute } from './sites/lists/items/list-items.js';
import { updateFieldsRoute } from './sites/lists/items/update-fields.js';
import { listListsRoute } from './sites/lists/list-lists.js';

/** Every Graph route the emulator answers, one factory per URL. */
export function graphRoutes(deps: RouteDeps): Route[] {
  return [
    getSiteRoute,
    listListsRoute,
    createListRoute,
    getListRoute,
    listColumnsRoute,
    createColumnRoute,
    listItemsRoute,
    createItemRoute,
    getItemRoute,
    deleteItemRoute,
    getFieldsRoute,
    updateFieldsRoute,
  ].map((factory) => factory(deps));
}
