/**
 * SharePoint field values as Graph reads and writes them (graph-spec §4.2): dates in UTC ISO,
 * lookups as `XLookupId`, multi-value lookups with their `@odata.type`, empty columns left out.
 */

export type Fields = Readonly<Record<string, unknown>>;

/** A list item as Graph returns it with `$expand=fields`. */
export type ListItem = { readonly id: string; readonly eTag: string; readonly fields: Fields };

export function listItemOf(raw: unknown): ListItem | undefined {
  const item = raw as { id?: unknown; eTag?: unknown; fields?: unknown } | undefined;
  const fields = item?.fields as (Fields & { '@odata.etag'?: unknown }) | undefined;
  const eTag = item?.eTag ?? fields?.['@odata.etag'];
  if (typeof item?.id !== 'string' || typeof eTag !== 'string' || typeof fields !== 'object')
    return undefined;
  return { id: item.id, eTag, fields };
}

/** The opaque version a store hands out: the item id and its ETag, so a write needs no lookup. */
export function versionOf(item: Pick<ListItem, 'id' | 'eTag'>): string {
  return `${item.id};${item.eTag}`;
}

export function parseVersion(version: string): { itemId: string; eTag: string } | undefined {
  const at = version.indexOf(';');
  if (at <= 0) return undefined;
  const itemId = version.slice(0, at);
  return /^\d+$/.test(itemId) ? { itemId, eTag: version.slice(at + 1) } : undefined;
}

export function text(fields: Fields, name: string): string | undefined {
  const value = fields[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function number(fields: Fields, name: string): number | undefined {
  const value = fields[name];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
}

export function boolean(fields: Fields, name: string): boolean {
  const value = fields[name];
  return value === true || value === 'true' || value === 1;
}

/**
 * A dateOnly column comes back as midnight in the site's time zone, shown in UTC
 * (`2026-01-07T23:00:00Z` on a Stockholm site). The nearest UTC midnight gives the date for
 * any site offset from -12 to +11 hours.
 */
export function date(fields: Fields, name: string): string | undefined {
  const value = text(fields, name);
  if (value === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return new Date(ms + 12 * 3600_000 - 1000).toISOString().slice(0, 10);
}

/** Written at noon UTC, which is the same calendar day in every site time zone from -11 to +11. */
export function writeDate(value: string | undefined): string | null {
  return value === undefined ? null : `${value}T12:00:00Z`;
}

export function dateTime(fields: Fields, name: string): string | undefined {
  const value = text(fields, name);
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

export function writeDateTime(value: string | undefined): string | null {
  if (value === undefined) return null;
  return `${new Date(Date.parse(value)).toISOString().slice(0, 19)}Z`;
}

/** A single lookup's item id (`XLookupId`, a string or a number). */
export function lookupId(fields: Fields, name: string): string | undefined {
  const value = fields[`${name}LookupId`];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A multi-value lookup's item ids, from `X` ([{LookupId}]) or `XLookupId` ([ids]). */
export function lookupIds(fields: Fields, name: string): string[] {
  const expanded = fields[name];
  if (Array.isArray(expanded)) {
    return expanded
      .map((v: unknown) =>
        typeof v === 'object' && v !== null ? (v as { LookupId?: unknown }).LookupId : v,
      )
      .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
      .map(String);
  }
  const ids = fields[`${name}LookupId`];
  return Array.isArray(ids) ? ids.map(String) : [];
}

export function writeLookup(name: string, itemId: string | undefined): Record<string, unknown> {
  return { [`${name}LookupId`]: itemId === undefined ? null : itemId };
}

export function writeLookups(name: string, itemIds: readonly string[]): Record<string, unknown> {
  return {
    [`${name}LookupId@odata.type`]: 'Collection(Edm.Int32)',
    [`${name}LookupId`]: itemIds.map(Number),
  };
}

/**
 * A create leaves empty columns out (nulls, empty multi-lookups and their annotation); an update
 * sends them, null clearing a column.
 */
export function forCreate(fields: Record<string, unknown>): Record<string, unknown> {
  const empty = (v: unknown) => v === null || (Array.isArray(v) && v.length === 0);
  const emptyKeys = new Set(Object.keys(fields).filter((k) => empty(fields[k])));
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([k]) => !emptyKeys.has(k) && !emptyKeys.has(k.replace(/@odata\.type$/, '')),
    ),
  );
}

/**
 * A note column holding JSON (indicators, former names, indicator values): the parsed value, or
 * `undefined` when empty. Text that is not JSON comes back as itself, so the schema refuses it
 * with the list's name instead of the codec dropping it silently.
 */
export function json(fields: Fields, name: string): unknown {
  const value = text(fields, name);
  if (value === undefined) return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** JSON for a note column; an empty array or object clears it. */
export function writeJson(value: object | undefined): string | null {
  if (value === undefined) return null;
  const empty = Array.isArray(value) ? value.length === 0 : Object.keys(value).length === 0;
  return empty ? null : JSON.stringify(value);
}
