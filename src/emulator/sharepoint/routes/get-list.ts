import { exactly, type SpRoute } from '../context.js';
import { spEntity } from '../format.js';
import { listUri } from '../shapes.js';

/** GET …/_api/web/lists/getbytitle('…') — the SP.List. */
export const getSpListRoute: SpRoute = {
  method: 'GET',
  template: '/_api/web/lists/{list}',
  permission: 'sites.read',
  match: exactly([]),
  handle(context) {
    const list = context.list;
    return spEntity(
      {
        type: 'SP.List',
        uri: listUri(context),
        body: {
          BaseTemplate: 100,
          Created: list.created,
          Description: list.description,
          Hidden: list.hidden,
          Id: list.id,
          ItemCount: list.itemCount,
          LastItemModifiedDate: list.modified,
          Title: list.displayName,
        },
      },
      context.format,
    );
  },
};
