import { exactly, type SpRoute } from '../context.js';
import { SpFailure, argumentException, spEntity } from '../format.js';
import { viewEntity } from '../shapes.js';
import { onlyProperties } from './resolve.js';
import { bool, caml, rowLimit, str } from './view-input.js';

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
    const title = str(body.Title, 'Title');
    if (!title) throw new SpFailure(400, argumentException, 'A view needs a Title.');
    if (context.store.views.find(context.list.pk, { title })) {
      throw new SpFailure(
        400,
        argumentException,
        `A view named '${title}' already exists in this list.`,
      );
    }
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
