import { isObject } from '../../fields/column-input.js';
import { exactly, type SpRoute } from '../context.js';
import { SpFailure, argumentException, spEntity } from '../format.js';
import { viewEntity } from '../shapes.js';
import { checkViewFields, onlyProperties } from './resolve.js';
import { bool, caml, fieldNames, newViewTitle, rowLimit, str } from './view-input.js';

const properties = [
  'Title',
  'Query',
  'ViewFields',
  'RowLimit',
  'Paged',
  'PersonalView',
  'SetAsDefaultView',
  'ViewTypeKind',
  'baseViewId',
  '__metadata',
];

/** POST …/views/add with `{parameters: SP.ViewCreationInformation}` — Title, Query, ViewFields, RowLimit. */
export const addViewRoute: SpRoute = {
  method: 'POST',
  template: '/_api/web/lists/{list}/views/add',
  permission: 'sites.manage',
  match: exactly(['views', 'add']),
  handle(context) {
    const parameters = context.body.parameters;
    if (!isObject(parameters))
      throw new SpFailure(400, argumentException, "The body needs 'parameters'.");
    onlyProperties(parameters, properties, 'SP.ViewCreationInformation');
    const title = newViewTitle(context, parameters.Title);
    const viewFields = fieldNames(parameters.ViewFields) ?? ['LinkTitle'];
    checkViewFields(context, viewFields);
    const view = context.store.views.create(context.list.pk, {
      title,
      viewQuery: caml(str(parameters.Query, 'Query')),
      viewFields,
      rowLimit: rowLimit(parameters.RowLimit) ?? 30,
      paged: bool(parameters.Paged, 'Paged') ?? true,
      personalView: bool(parameters.PersonalView, 'PersonalView') ?? false,
      defaultView: bool(parameters.SetAsDefaultView, 'SetAsDefaultView') ?? false,
      hidden: false,
      viewType: 'HTML',
      serverRelativeUrl: `${context.site.path}/Lists/${context.list.urlName}/${title.replace(/[^A-Za-z0-9]/g, '')}.aspx`,
    });
    return spEntity(viewEntity(context, view), context.format);
  },
};
