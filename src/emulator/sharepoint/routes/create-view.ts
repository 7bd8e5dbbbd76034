import { exactly, type SpRoute } from '../context.js';
import { spEntity } from '../format.js';
import { viewEntity } from '../shapes.js';
import { onlyProperties } from './resolve.js';
import { bool, caml, newViewTitle, rowLimit, str } from './view-input.js';

const properties = [
  'Title',
  'ViewQuery',
  'RowLimit',
  'Paged',
  'PersonalView',
  'DefaultView',
  'Hidden',
];

/** POST …/views with an SP.View body (ViewQuery, RowLimit, …) — 201; fields come via viewfields. */
export const createViewRoute: SpRoute = {
  method: 'POST',
  template: '/_api/web/lists/{list}/views',
  permission: 'sites.manage',
  match: exactly(['views']),
  handle(context) {
    const body = context.body;
    onlyProperties(body, properties, 'SP.View');
    const title = newViewTitle(context, body.Title);
    const view = context.store.views.create(context.list.pk, {
      title,
      viewQuery: caml(str(body.ViewQuery, 'ViewQuery')),
      viewFields: ['LinkTitle'],
      rowLimit: rowLimit(body.RowLimit) ?? 30,
      paged: bool(body.Paged, 'Paged') ?? true,
      personalView: bool(body.PersonalView, 'PersonalView') ?? false,
      defaultView: bool(body.DefaultView, 'DefaultView') ?? false,
      hidden: bool(body.Hidden, 'Hidden') ?? false,
      viewType: 'HTML',
      serverRelativeUrl: `${context.site.path}/Lists/${context.list.urlName}/${title.replace(/[^A-Za-z0-9]/g, '')}.aspx`,
    });
    return spEntity(viewEntity(context, view), context.format, 201);
  },
};
