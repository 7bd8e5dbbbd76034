import { exactly, type SpRoute } from '../context.js';
import { spCollection } from '../format.js';
import { viewEntity } from '../shapes.js';

/** GET …/_api/web/lists/getbytitle('…')/views */
export const listViewsRoute: SpRoute = {
  method: 'GET',
  template: '/_api/web/lists/{list}/views',
  permission: 'sites.read',
  match: exactly(['views']),
  handle(context) {
    const views = context.store.views.all(context.list.pk).map((v) => viewEntity(context, v));
    return spCollection(views, context.format, `${context.webUrl}/_api/$metadata#SP.ApiData.Views`);
  },
};
