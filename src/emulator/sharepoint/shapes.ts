import { columnKind, type ColumnDefinition, type ColumnKind } from '../fields/column-types.js';
import type { ViewRecord } from '../store/views.js';
import type { SpContext } from './context.js';
import type { SpEntity } from './format.js';

/** `$select=Id,Title` narrows an entity as SharePoint does (names compared without case). */
function selectSp(context: SpContext, body: Record<string, unknown>): Record<string, unknown> {
  const select = context.query.get('$select');
  if (!select) return body;
  const names = new Set(select.split(',').map((s) => s.trim().toLowerCase()));
  return Object.fromEntries(Object.entries(body).filter(([k]) => names.has(k.toLowerCase())));
}

export function listUri(context: SpContext): string {
  return `${context.webUrl}/_api/Web/Lists(guid'${context.list.id}')`;
}

export function viewEntity(context: SpContext, view: ViewRecord): SpEntity {
  const expand = (context.query.get('$expand') ?? '')
    .toLowerCase()
    .split(',')
    .map((s) => s.trim());
  return {
    type: 'SP.View',
    uri: `${listUri(context)}/Views(guid'${view.id}')`,
    body: selectSp(context, {
      DefaultView: view.defaultView,
      Hidden: view.hidden,
      Id: view.id,
      Paged: view.paged,
      PersonalView: view.personalView,
      RowLimit: view.rowLimit,
      ServerRelativeUrl: view.serverRelativeUrl,
      Title: view.title,
      ViewQuery: view.viewQuery,
      ViewType: view.viewType,
      ...(expand.includes('viewfields') ? { ViewFields: viewFieldsValue(view) } : {}),
    }),
  };
}

export function viewFieldsValue(view: ViewRecord): Record<string, unknown> {
  return {
    Items: view.viewFields,
    SchemaXml: `<FieldRefs>${view.viewFields.map((f) => `<FieldRef Name="${f}" />`).join('')}</FieldRefs>`,
  };
}

const types: Record<ColumnKind, [string, number]> = {
  text: ['Text', 2],
  note: ['Note', 3],
  choice: ['Choice', 6],
  multiChoice: ['MultiChoice', 15],
  dateTime: ['DateTime', 4],
  dateOnly: ['DateTime', 4],
  number: ['Number', 9],
  currency: ['Currency', 10],
  boolean: ['Boolean', 8],
  lookup: ['Lookup', 7],
  multiLookup: ['LookupMulti', 7],
  person: ['User', 20],
  multiPerson: ['UserMulti', 20],
  hyperlink: ['URL', 11],
  calculated: ['Calculated', 17],
  builtin: ['Computed', 12],
};

export function fieldEntity(context: SpContext, column: ColumnDefinition): SpEntity {
  const kind = columnKind(column);
  const [typeAsString, kindNumber] = column.name === 'ID' ? ['Counter', 5] : types[kind];
  const choices = Array.isArray(column.facet.choices) ? { Choices: column.facet.choices } : {};
  return {
    type: `SP.Field${typeAsString === 'Text' ? 'Text' : typeAsString}`,
    uri: `${listUri(context)}/Fields(guid'${column.id}')`,
    body: selectSp(context, {
      CustomFormatter: column.customFormatter ?? null,
      Description: column.description,
      EnforceUniqueValues: column.enforceUniqueValues,
      FieldTypeKind: kindNumber,
      Group: column.columnGroup,
      Hidden: column.hidden,
      Id: column.id,
      Indexed: column.indexed,
      InternalName: column.name,
      ReadOnlyField: column.readOnly,
      Required: column.required,
      StaticName: column.name,
      Title: column.displayName,
      TypeAsString: typeAsString,
      ...choices,
    }),
  };
}
