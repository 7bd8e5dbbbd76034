import { exactly, matchField, type SpRoute } from '../context.js';
import { SpFailure, argumentException, spCollection, spEntity, spNoContent } from '../format.js';
import { fieldEntity } from '../shapes.js';
import { findField, onlyProperties } from './resolve.js';
import { str } from './view-input.js';

/** GET …/fields */
export const listFieldsRoute: SpRoute = {
  method: 'GET',
  template: '/_api/web/lists/{list}/fields',
  permission: 'sites.read',
  match: exactly(['fields']),
  handle(context) {
    const fields = context.store.lists.columns(context.list.pk).map((c) => fieldEntity(context, c));
    return spCollection(
      fields,
      context.format,
      `${context.webUrl}/_api/$metadata#SP.ApiData.Fields`,
    );
  },
};

/** GET …/fields/getbyinternalnameortitle('…') */
export const getFieldRoute: SpRoute = {
  method: 'GET',
  template: '/_api/web/lists/{list}/fields/{field}',
  permission: 'sites.read',
  match: matchField,
  handle: (context, params) =>
    spEntity(fieldEntity(context, findField(context, params)), context.format),
};

/**
 * MERGE …/fields/getbyinternalnameortitle('…') — sets `CustomFormatter` (JSON column
 * formatting as a string), `Title` or `Description`; 204.
 */
export const updateFieldRoute: SpRoute = {
  method: 'MERGE',
  template: '/_api/web/lists/{list}/fields/{field}',
  permission: 'sites.manage',
  match: matchField,
  handle(context, params) {
    const column = { ...findField(context, params) };
    onlyProperties(context.body, ['CustomFormatter', 'Title', 'Description'], 'SP.Field');
    const formatter = str(context.body.CustomFormatter, 'CustomFormatter');
    if (formatter !== undefined && formatter !== '') {
      try {
        JSON.parse(formatter);
      } catch {
        throw new SpFailure(
          400,
          argumentException,
          'CustomFormatter must hold JSON column formatting as a string.',
        );
      }
    }
    if ('CustomFormatter' in context.body) column.customFormatter = formatter ?? '';
    column.displayName = str(context.body.Title, 'Title') ?? column.displayName;
    column.description = str(context.body.Description, 'Description') ?? column.description;
    context.store.lists.replaceColumn(context.list.pk, column);
    return spNoContent();
  },
};
