import { columnKind, type ColumnDefinition } from './column-types.js';
import { evaluateFormula } from './formula.js';

export type StoredItem = {
  readonly id: number;
  readonly guid: string;
  readonly version: number;
  readonly created: string;
  readonly modified: string;
  readonly author: number;
  readonly editor: number;
  readonly appAuthor: number | undefined;
  readonly fields: Readonly<Record<string, unknown>>;
};

export type ReadContext = {
  /** The display value of a lookup: the target list's column value for an item id. */
  readonly lookupValue: (column: ColumnDefinition, id: number) => string | undefined;
  readonly user: (lookupId: number) => { displayName: string; email: string } | undefined;
};

export function itemETag(item: { guid: string; version: number }): string {
  return `"${item.guid},${item.version}"`;
}

/** The `fields` object of an item, as Graph returns it; `select` narrows it like $select. */
export function fieldsJson(
  columns: readonly ColumnDefinition[],
  item: StoredItem,
  select: readonly string[] | undefined,
  context: ReadContext,
): Record<string, unknown> {
  const all: Record<string, unknown> = { '@odata.etag': itemETag(item) };
  const wanted = select ? new Set(select) : undefined;
  const want = (name: string) => !wanted || wanted.has(name);
  for (const column of columns) {
    if (column.builtin) continue;
    writeColumn(all, column, item, wanted, context);
  }
  const title = typeof item.fields.Title === 'string' ? item.fields.Title : undefined;
  const builtins: Record<string, unknown> = {
    id: String(item.id),
    ContentType: 'Item',
    Modified: item.modified,
    Created: item.created,
    AuthorLookupId: String(item.author),
    EditorLookupId: String(item.editor),
    ...(item.appAuthor !== undefined
      ? { AppAuthorLookupId: String(item.appAuthor), AppEditorLookupId: String(item.appAuthor) }
      : {}),
    _UIVersionString: `${item.version}.0`,
    Attachments: false,
    Edit: '',
    ...(title !== undefined ? { LinkTitleNoMenu: title, LinkTitle: title } : {}),
    ItemChildCount: '0',
    FolderChildCount: '0',
    _ComplianceFlags: '',
    _ComplianceTag: '',
    _ComplianceTagWrittenTime: '',
    _ComplianceTagUserId: '',
  };
  for (const [name, value] of Object.entries(builtins)) {
    if (want(name) || (name === 'id' && wanted?.has('ID'))) all[name] = value;
  }
  if (wanted?.has('Author')) all.Author = personValue(item.author, context);
  if (wanted?.has('Editor')) all.Editor = personValue(item.editor, context);
  return all;
}

function writeColumn(
  out: Record<string, unknown>,
  column: ColumnDefinition,
  item: StoredItem,
  wanted: ReadonlySet<string> | undefined,
  context: ReadContext,
): void {
  const name = column.name;
  const kind = columnKind(column);
  const value = kind === 'calculated' ? evaluateFormula(column, item.fields) : item.fields[name];
  if (value === undefined || value === null) return;
  const named = !wanted || wanted.has(name);
  switch (kind) {
    case 'lookup':
    case 'person': {
      const id = value as number;
      if (!wanted || wanted.has(`${name}LookupId`)) out[`${name}LookupId`] = String(id);
      if (wanted?.has(name)) {
        out[name] =
          kind === 'lookup' ? (context.lookupValue(column, id) ?? '') : [personValue(id, context)];
      }
      return;
    }
    case 'multiLookup':
    case 'multiPerson': {
      const ids = value as number[];
      if (wanted?.has(`${name}LookupId`)) {
        out[`${name}LookupId@odata.type`] = 'Collection(Edm.String)';
        out[`${name}LookupId`] = ids.map(String);
      }
      if (named) {
        out[name] = ids.map((id) =>
          kind === 'multiPerson'
            ? personValue(id, context)
            : { LookupId: id, LookupValue: context.lookupValue(column, id) ?? '' },
        );
      }
      return;
    }
    case 'multiChoice':
      if (named) {
        out[`${name}@odata.type`] = 'Collection(Edm.String)';
        out[name] = value;
      }
      return;
    case 'text':
    case 'note':
    case 'choice':
    case 'dateTime':
    case 'dateOnly':
    case 'number':
    case 'currency':
    case 'boolean':
    case 'hyperlink':
    case 'calculated':
    case 'builtin':
      if (named) out[name] = value;
  }
}

function personValue(id: number, context: ReadContext): Record<string, unknown> {
  const user = context.user(id);
  return { LookupId: id, LookupValue: user?.displayName ?? '', Email: user?.email ?? '' };
}
