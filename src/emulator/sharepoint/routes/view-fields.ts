import { matchView, type SpRoute } from '../context.js';
import { spValue } from '../format.js';
import { viewFieldsValue } from '../shapes.js';
import { checkViewFields, findView } from './resolve.js';

/** GET …/views/{view}/viewfields — `{Items:[…], SchemaXml}`. */
export const getViewFieldsRoute: SpRoute = {
  method: 'GET',
  template: '/_api/web/lists/{list}/views/{view}/viewfields',
  permission: 'sites.read',
  match: (tail) => matchView(tail, ['viewfields']),
  handle: (context, params) =>
    spValue(viewFieldsValue(findView(context, params)), context.format, 'SP.ViewFieldCollection'),
};

/** POST …/views/{view}/viewfields/addviewfield('Name') */
export const addViewFieldRoute: SpRoute = {
  method: 'POST',
  template: '/_api/web/lists/{list}/views/{view}/viewfields/addviewfield({key})',
  permission: 'sites.manage',
  match: (tail) => matchView(tail, ['viewfields', 'addviewfield:field']),
  handle(context, params) {
    const view = findView(context, params);
    const field = params.field!;
    checkViewFields(context, [field]);
    if (!view.viewFields.includes(field)) view.viewFields.push(field);
    context.store.views.save(context.list.pk, view);
    return spValue({ AddViewField: null }, context.format, 'SP.ViewFieldCollection');
  },
};

/** POST …/views/{view}/viewfields/removeallviewfields */
export const removeAllViewFieldsRoute: SpRoute = {
  method: 'POST',
  template: '/_api/web/lists/{list}/views/{view}/viewfields/removeallviewfields',
  permission: 'sites.manage',
  match: (tail) => matchView(tail, ['viewfields', 'removeallviewfields']),
  handle(context, params) {
    const view = findView(context, params);
    view.viewFields = [];
    context.store.views.save(context.list.pk, view);
    return spValue({ RemoveAllViewFields: null }, context.format, 'SP.ViewFieldCollection');
  },
};
