import type { ColumnDefinition, FacetName } from './column-types.js';

type Builtin = [name: string, displayName: string, facetName: FacetName | null, hidden: boolean];

/** The read-only columns every genericList has besides Title (GUIDs are fixed, like SharePoint's). */
const builtins: readonly (readonly [string, ...Builtin])[] = [
  ['1d22ea11-1e32-424e-89ab-9fedbadb6ce1', 'ID', 'ID', 'number', false],
  ['c042a256-787d-4a6f-8a8a-cf6ab767f12d', 'ContentType', 'Content Type', 'text', false],
  ['28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f', 'Modified', 'Modified', 'dateTime', false],
  ['8c06beca-0777-48f7-91c7-6da68bc07b69', 'Created', 'Created', 'dateTime', false],
  ['1df5e554-ec7e-46a6-901d-d85a3881cb18', 'Author', 'Created By', 'personOrGroup', false],
  ['d31655d1-1d5b-4511-95a1-7a09e9b75bf2', 'Editor', 'Modified By', 'personOrGroup', false],
  ['dce8262a-3ae9-45aa-aab4-83bd75fb738a', '_UIVersionString', 'Version', 'text', false],
  ['67df98f4-9dec-48ff-a553-29bece9c5bf4', 'Attachments', 'Attachments', 'boolean', false],
  ['503f1caa-358e-4918-9094-4a2cdc4bc034', 'Edit', 'Edit', null, false],
  ['bc91a437-52e7-49e1-8c4e-4698904b2b6d', 'LinkTitleNoMenu', 'Title', null, false],
  ['82642ec8-ef9b-478f-acf9-31f7d45fbc31', 'LinkTitle', 'Title', null, false],
  ['960ff01f-2b6d-4f1b-9c3f-e19ad8927341', 'ItemChildCount', 'Item Child Count', null, true],
  ['9f5c2c73-6f8f-4a07-8d0b-bf3e5a0e7a54', 'FolderChildCount', 'Folder Child Count', null, true],
  ['6d2c4fde-3605-428e-a236-ce5f3dc2b4d4', 'AppAuthor', 'App Created By', 'lookup', true],
  ['e08400f3-c779-4ed2-a18c-ab7f34caa318', 'AppEditor', 'App Modified By', 'lookup', true],
];

export function builtinColumns(): ColumnDefinition[] {
  return builtins.map(([id, name, displayName, facetName, hidden]) => ({
    id,
    name,
    displayName,
    description: '',
    columnGroup: '_Hidden',
    enforceUniqueValues: false,
    hidden,
    indexed: name === 'ID',
    readOnly: true,
    required: false,
    facetName,
    facet: facetName === 'dateTime' ? { displayAs: 'default', format: 'dateTime' } : {},
    builtin: true,
  }));
}

const titleColumnId = 'fa564e0f-0c70-4ab9-b863-0177e6ddd247';

export function titleColumn(): ColumnDefinition {
  return {
    id: titleColumnId,
    name: 'Title',
    displayName: 'Title',
    description: '',
    columnGroup: 'Custom Columns',
    enforceUniqueValues: false,
    hidden: false,
    indexed: false,
    readOnly: false,
    required: false,
    facetName: 'text',
    facet: {
      allowMultipleLines: false,
      appendChangesToExistingText: false,
      linesForEditing: 0,
      maxLength: 255,
    },
  };
}

/** Built-in field names a $filter or $orderby may name, mapped to the items table. */
export const builtinFilterFields: Readonly<
  Record<string, { sql: string; indexed: boolean; kind: 'id' | 'dateTime' | 'lookup' }>
> = {
  id: { sql: 'id', indexed: true, kind: 'id' },
  ID: { sql: 'id', indexed: true, kind: 'id' },
  Created: { sql: 'created', indexed: false, kind: 'dateTime' },
  Modified: { sql: 'modified', indexed: false, kind: 'dateTime' },
  AuthorLookupId: { sql: 'author', indexed: false, kind: 'lookup' },
  EditorLookupId: { sql: 'editor', indexed: false, kind: 'lookup' },
};
