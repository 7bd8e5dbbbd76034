import type { ColumnSpec } from '../site-schema/schema.js';
import { isIndexed } from '../site-schema/rules.js';

/** A column as Graph lists it (`GET …/lists/{id}/columns`), the parts provisioning compares. */
export type SiteColumn = {
  readonly id?: string;
  readonly name?: string;
  readonly displayName?: string;
  readonly indexed?: boolean;
  readonly enforceUniqueValues?: boolean;
  readonly text?: { readonly allowMultipleLines?: boolean; readonly maxLength?: number };
  readonly choice?: { readonly choices?: readonly string[] };
  readonly dateTime?: { readonly format?: string };
  readonly number?: object;
  readonly boolean?: object;
  readonly lookup?: { readonly listId?: string; readonly allowMultipleValues?: boolean };
  readonly personOrGroup?: object;
  readonly calculated?: object;
  readonly currency?: object;
};

/** The body of `POST /lists` columns and `POST …/columns` for a manifest column. */
export function columnDefinition(
  spec: ColumnSpec,
  listIds: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const common = {
    name: spec.name,
    displayName: spec.displayName,
    ...(spec.description ? { description: spec.description } : {}),
    required: spec.required,
    indexed: isIndexed(spec),
    enforceUniqueValues: spec.unique,
  };
  switch (spec.type) {
    case 'text':
      return { ...common, text: { allowMultipleLines: false, maxLength: spec.maxLength } };
    case 'note':
      return {
        ...common,
        text: { allowMultipleLines: true, textType: 'plain', linesForEditing: 6 },
      };
    case 'choice':
      return {
        ...common,
        choice: {
          choices: spec.choices.map((c) => c.label),
          displayAs: 'dropDownMenu',
          allowTextEntry: false,
        },
      };
    case 'date':
      return { ...common, dateTime: { format: 'dateOnly', displayAs: 'standard' } };
    case 'dateTime':
      return { ...common, dateTime: { format: 'dateTime', displayAs: 'standard' } };
    case 'number':
      return {
        ...common,
        number: {
          decimalPlaces: 'automatic',
          ...(spec.min === undefined ? {} : { minimum: spec.min }),
          ...(spec.max === undefined ? {} : { maximum: spec.max }),
        },
      };
    case 'boolean':
      return { ...common, boolean: {} };
    case 'lookup': {
      const listId = listIds[spec.list];
      if (!listId) throw new Error(`Lookup target ${spec.list} has no list id yet`);
      return {
        ...common,
        lookup: { listId, columnName: 'Title', allowMultipleValues: spec.multiple },
      };
    }
  }
}

/** The type the site's column has, in the manifest's words ('unknown' for other facets). */
function siteColumnType(column: SiteColumn): ColumnSpec['type'] | 'unknown' {
  if (column.text) return column.text.allowMultipleLines ? 'note' : 'text';
  if (column.choice) return 'choice';
  if (column.dateTime) return column.dateTime.format === 'dateOnly' ? 'date' : 'dateTime';
  if (column.number) return 'number';
  if (column.boolean) return 'boolean';
  if (column.lookup) return 'lookup';
  return 'unknown';
}

/**
 * How a site's column differs from the manifest, as plain sentences with what to do; empty when
 * it matches. Provisioning never changes such a column itself: it holds data. (Choices the
 * manifest adds are not drift: provisioning adds them, see `missingChoices`.)
 */
export function columnDrift(
  listName: string,
  spec: ColumnSpec,
  column: SiteColumn,
  listIds: Readonly<Record<string, string>>,
): string[] {
  const where = `Kolumnen ${spec.name} i listan ${listName}`;
  const type = siteColumnType(column);
  if (type !== spec.type) {
    return [
      `${where} är av typen ${type} på webbplatsen men ${spec.type} i manifestet. Provisioneringen byter aldrig typ på en kolumn med data: ändra manifestet (en ny kolumn med ett nytt namn) eller flytta datan och ta bort kolumnen för hand.`,
    ];
  }
  const drift: string[] = [];
  if (spec.type === 'lookup') {
    const target = listIds[spec.list];
    if (
      target &&
      column.lookup?.listId &&
      column.lookup.listId.toLowerCase() !== target.toLowerCase()
    ) {
      drift.push(
        `${where} slår upp en annan lista än ${spec.list}. Rätta uppslaget i SharePoint eller ge kolumnen ett nytt namn i manifestet.`,
      );
    }
    if ((column.lookup?.allowMultipleValues ?? false) !== spec.multiple) {
      drift.push(
        `${where} ${spec.multiple ? 'ska' : 'ska inte'} tillåta flera värden. Ändra kolumnens inställning i SharePoint.`,
      );
    }
  }
  if (isIndexed(spec) && column.indexed !== true) {
    drift.push(
      `${where} är inte indexerad. Indexera den under Listinställningar → Indexerade kolumner (appen filtrerar på den).`,
    );
  }
  if (spec.unique && column.enforceUniqueValues !== true) {
    drift.push(
      `${where} kräver inte unika värden. Slå på "Framtvinga unika värden" för kolumnen i SharePoint (kontrollera först att inga dubbletter finns).`,
    );
  }
  return drift;
}

/**
 * The labels of the manifest's choices a site's choice column lacks, in the manifest's order
 * (empty for other columns). Provisioning appends them; it never removes or renames a choice.
 */
export function missingChoices(spec: ColumnSpec, column: SiteColumn): string[] {
  if (spec.type !== 'choice' || !column.choice) return [];
  const have = new Set(column.choice.choices ?? []);
  return spec.choices.filter((c) => !have.has(c.label)).map((c) => c.label);
}
