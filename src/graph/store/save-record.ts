import type { Versioned } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import type { Graph } from '../client/gateway.js';
import { forCreate, listItemOf, parseVersion, versionOf } from '../codec/fields.js';
import type { SiteRef } from './site-ref.js';
import { itemUrl, listItemsUrl } from './queries.js';

export type SaveItem<T> = {
  readonly graph: Graph;
  readonly site: SiteRef;
  readonly list: string;
  /** Swedish name of the record for messages: "Aktiviteten A1.1". */
  readonly what: string;
  readonly fields: Record<string, unknown>;
  /** Absent: create (an existing key is a conflict). Present: update with If-Match. */
  readonly expectedVersion: string | undefined;
  /** The record as stored now, for the `current` of a conflict. */
  readonly readCurrent: () => Promise<Result<Versioned<T> | undefined>>;
  /** The record being saved: if the stored one equals it, a 409/412 was our own retried write. */
  readonly value?: T;
};

/**
 * Creates or updates one item. A create of an existing key (409 from the unique Key column) and
 * an update with a stale ETag (412) come back as `conflict` carrying the current record; nothing
 * is overwritten. When the stored record is exactly the one being saved, the write was ours (its
 * answer was lost and the client retried it): that is success. Returns the new version.
 */
export async function saveItem<T>(save: SaveItem<T>): Promise<Result<string>> {
  if (save.expectedVersion === undefined) {
    const created = await save.graph.send({
      method: 'POST',
      url: listItemsUrl(save.site, save.list),
      body: { fields: forCreate(save.fields) },
    });
    if (created.ok) return versionFromCreate(created.body, save.what);
    if (created.status === 409)
      return conflict(save, `${save.what} finns redan; inget skrevs över.`);
    return failWith(created, save.what);
  }
  const target = parseVersion(save.expectedVersion);
  if (!target)
    return fail(
      'invalid',
      `${save.what}: versionen ${save.expectedVersion} är inte en version från SharePoint.`,
    );
  const updated = await save.graph.send({
    method: 'PATCH',
    url: itemUrl(save.site, save.list, target.itemId, '/fields'),
    headers: { 'If-Match': target.eTag },
    body: save.fields,
  });
  if (updated.ok) return versionFromFields(updated.body, target.itemId, save.what);
  if (updated.status === 412) {
    return conflict(
      save,
      `${save.what} har ändrats av någon annan under tiden; inget skrevs över.`,
    );
  }
  return failWith(updated, save.what);
}

async function conflict<T>(save: SaveItem<T>, message: string): Promise<Result<string>> {
  const current = await save.readCurrent();
  if (!current.ok) return current;
  if (current.value && save.value !== undefined && sameRecord(current.value, save.value)) {
    return ok(current.value.version);
  }
  return fail('conflict', message, { current: current.value });
}

/** Same content, whatever the version (JSON drops absent optional values). */
function sameRecord<T>(stored: Versioned<T>, wanted: T): boolean {
  const { version: _version, ...rest } = stored as Versioned<T> & Record<string, unknown>;
  return JSON.stringify(rest) === JSON.stringify(wanted);
}

function versionFromCreate(body: unknown, what: string): Result<string> {
  const item = listItemOf(body);
  if (!item) return fail('unavailable', `${what}: SharePoint svarade utan version.`);
  return ok(versionOf(item));
}

/** PATCH …/fields answers with the fieldValueSet, whose `@odata.etag` is the new ETag. */
function versionFromFields(body: unknown, itemId: string, what: string): Result<string> {
  const eTag = (body as { '@odata.etag'?: unknown } | undefined)?.['@odata.etag'];
  if (typeof eTag !== 'string')
    return fail('unavailable', `${what}: SharePoint svarade utan version.`);
  return ok(versionOf({ id: itemId, eTag }));
}
