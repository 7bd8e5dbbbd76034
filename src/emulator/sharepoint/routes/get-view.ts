import { matchView, type SpRoute } from '../context.js';
import { spEntity } from '../format.js';
import { viewEntity } from '../shapes.js';
import { findView } from './resolve.js';

/** GET …/views/getbytitle('…') or …/views('{id}') — `$expand=ViewFields` adds the fields. */
export const getViewRoute: SpRoute = {
  method: 'GET',
  template: '/_api/web/lists/{list}/views/{view}',
  permission: 'sites.read',
  match: (tail) => matchView(tail, []),
  handle: (context, params) =>
    spEntity(viewEntity(context, findView(context, params)), context.format),
};
