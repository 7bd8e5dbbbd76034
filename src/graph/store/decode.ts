import type { z } from 'zod/mini';
import type { Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import { text, versionOf, type Fields, type ListItem } from '../codec/fields.js';
import { emptyKeyMaps, type KeyMaps, type LookupList } from '../codec/key-maps.js';

/** Key maps (domain id ↔ item id) of the lists other lists look up, from their items. */
export function keyMapsOf(lists: Partial<Record<LookupList, readonly ListItem[]>>): KeyMaps {
  const maps = emptyKeyMaps();
  addToKeyMaps(maps, lists);
  return maps;
}

/** Adds the keys of `lists` to `maps` (a refresh after a miss). */
export function addToKeyMaps(
  maps: KeyMaps,
  lists: Partial<Record<LookupList, readonly ListItem[]>>,
): void {
  for (const [list, items] of Object.entries(lists) as [LookupList, readonly ListItem[]][]) {
    for (const item of items) {
      const key = text(item.fields, 'Key');
      if (key !== undefined) maps[list].add(key, item.id);
    }
  }
}

/**
 * Decodes list items and parses each with the model's schema. An item that does not parse is
 * reported, never dropped: SharePoint holds something the app did not write.
 */
export function decodeItems<T>(
  items: readonly ListItem[],
  decode: (fields: Fields) => unknown,
  schema: z.ZodMiniType<T>,
  listName: string,
): Result<Versioned<T>[]> {
  const values: Versioned<T>[] = [];
  for (const item of items) {
    const parsed = schema.safeParse(decode(item.fields));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join('.')}: ${issue.message}` : '';
      return fail(
        'invalid',
        `Listan ${listName} innehåller ett objekt (id ${item.id}) som appen inte kan läsa (${where}). Rätta det i SharePoint.`,
      );
    }
    values.push({ ...parsed.data, version: versionOf(item) });
  }
  return ok(values);
}

/** Drops the version from versioned values (for parts of a snapshot that carry none). */
export function unversioned<T extends object>(values: readonly Versioned<T>[]): T[] {
  return values.map(({ version: _version, ...rest }) => rest as unknown as T);
}
