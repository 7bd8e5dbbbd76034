import { matchView, type SpRoute } from '../context.js';
import { spNoContent } from '../format.js';
import { findView, onlyProperties } from './resolve.js';
import { bool, caml, rowLimit, str } from './view-input.js';

/** MERGE (or PATCH, or POST with X-HTTP-Method: MERGE) …/views/getbytitle('…') — 204. */
export const updateViewRoute: SpRoute = {
  method: 'MERGE',
  template: '/_api/web/lists/{list}/views/{view}',
  permission: 'sites.manage',
  match: (tail) => matchView(tail, []),
  handle(context, params) {
    const view = findView(context, params);
    const body = context.body;
    onlyProperties(body, ['ViewQuery', 'RowLimit', 'Paged', 'DefaultView', 'Hidden'], 'SP.View');
    const query = str(body.ViewQuery, 'ViewQuery');
    if (query !== undefined) view.viewQuery = caml(query);
    view.rowLimit = rowLimit(body.RowLimit) ?? view.rowLimit;
    view.paged = bool(body.Paged, 'Paged') ?? view.paged;
    view.defaultView = bool(body.DefaultView, 'DefaultView') ?? view.defaultView;
    view.hidden = bool(body.Hidden, 'Hidden') ?? view.hidden;
    context.store.views.save(context.list.pk, view);
    return spNoContent();
  },
};
