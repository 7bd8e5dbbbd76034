import type { ColumnSpec, ListSpec, SiteSchema } from '../site-schema/schema.js';
import { columnDrift, missingChoices, type SiteColumn } from './columns.js';

/** What provisioning found on the site before writing anything. */
export type SiteState = {
  /** List id by display name, every list of the site. */
  readonly listIdsByDisplayName: ReadonlyMap<string, string>;
  /** Columns of each manifest list that exists, by the manifest's list name. */
  readonly columns: ReadonlyMap<string, readonly SiteColumn[]>;
  /** The latest schema version recorded on the site, with the list ids it recorded. */
  readonly recorded?: {
    readonly version: number;
    readonly listIds: Readonly<Record<string, string>>;
  };
};

export type ProvisionPlan = {
  /** Differences provisioning will not resolve itself; non-empty means stop before any write. */
  readonly problems: readonly string[];
  /** Lists to create, lookup targets first. */
  readonly createLists: readonly ListSpec[];
  /** Columns a newer manifest adds to lists that exist. */
  readonly addColumns: readonly { readonly list: string; readonly column: ColumnSpec }[];
  /** Choices a newer manifest adds to existing choice columns (`choices`: the column's new whole list). */
  readonly addChoices: readonly ChoiceAddition[];
  /** Ids of the manifest lists that exist, by list name. */
  readonly existing: Readonly<Record<string, string>>;
};

export type ChoiceAddition = {
  readonly list: string;
  readonly column: string;
  readonly columnId: string;
  /** The labels added. */
  readonly added: readonly string[];
  /** The site's choices followed by the added ones. */
  readonly choices: readonly string[];
};

/** Lookup targets before the lists that look them up (self-lookups and cycles do not block). */
function creationOrder(lists: readonly ListSpec[]): ListSpec[] {
  const ordered: ListSpec[] = [];
  const placed = new Set<string>();
  let rest = [...lists];
  while (rest.length > 0) {
    const names = new Set(rest.map((l) => l.name));
    const ready = rest.filter((list) =>
      list.columns.every(
        (c) =>
          c.type !== 'lookup' || c.list === list.name || !names.has(c.list) || placed.has(c.list),
      ),
    );
    const next = ready.length > 0 ? ready : rest.slice(0, 1);
    for (const list of next) {
      ordered.push(list);
      placed.add(list.name);
    }
    rest = rest.filter((l) => !placed.has(l.name));
  }
  return ordered;
}

/** Compares the manifest with the site: what to create, what to add, and what stops provisioning. */
export function planProvisioning(schema: SiteSchema, state: SiteState): ProvisionPlan {
  const problems: string[] = [];
  const existing: Record<string, string> = {};
  const displayNamesById = new Map(
    [...state.listIdsByDisplayName].map(([name, id]) => [id.toLowerCase(), name]),
  );
  if (state.recorded && state.recorded.version > schema.version) {
    problems.push(
      `Webbplatsen har schemaversion ${state.recorded.version}, men den här versionen av appen känner bara till version ${schema.version}. Uppdatera appen innan du provisionerar.`,
    );
  }
  const toCreate: ListSpec[] = [];
  for (const list of schema.lists) {
    const id = state.listIdsByDisplayName.get(list.displayName);
    if (id) {
      existing[list.name] = id;
      continue;
    }
    const recordedId = state.recorded?.listIds[list.name];
    const renamedTo = recordedId ? displayNamesById.get(recordedId.toLowerCase()) : undefined;
    if (renamedTo) {
      problems.push(
        `Listan ${list.displayName} heter nu "${renamedTo}" på webbplatsen. Provisioneringen byter aldrig namn på en lista med data: byt tillbaka namnet till ${list.displayName} i SharePoint och kör igen.`,
      );
    } else {
      toCreate.push(list);
    }
  }
  const addColumns: { list: string; column: ColumnSpec }[] = [];
  const addChoices: ChoiceAddition[] = [];
  for (const list of schema.lists.filter((l) => existing[l.name])) {
    const columns = state.columns.get(list.name) ?? [];
    const byName = new Map(columns.map((c) => [c.name?.toLowerCase(), c]));
    for (const column of list.columns) {
      const site = byName.get(column.name.toLowerCase());
      if (!site) {
        addColumns.push({ list: list.name, column });
        continue;
      }
      const drift = columnDrift(list.displayName, column, site, {
        ...state.recorded?.listIds,
        ...existing,
      });
      problems.push(...drift);
      const added = drift.length === 0 ? missingChoices(column, site) : [];
      if (added.length > 0) {
        const choices = [...(site.choice?.choices ?? []), ...added];
        addChoices.push({
          list: list.name,
          column: column.name,
          columnId: site.id ?? column.name,
          added,
          choices,
        });
      }
    }
  }
  return { problems, createLists: creationOrder(toCreate), addColumns, addChoices, existing };
}
