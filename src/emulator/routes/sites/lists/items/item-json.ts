import { fieldsJson, itemETag, type StoredItem } from '../../../../fields/read.js';
import type { IdentitySet } from '../../../../auth/caller.js';
import type { ItemProjection } from '../../../../odata/expand.js';
import type { ListRecord } from '../../../../store/lists.js';
import type { Site } from '../../../../store/sites.js';
import type { Store } from '../../../../store/store.js';
import { readContext } from '../../resolve.js';
import { contextUrl, listWebUrl } from '../../shapes.js';

/** Renders list items as Graph does, with `fields` when expanded. */
export function itemRenderer(
  store: Store,
  site: Site,
  list: ListRecord,
  projection: ItemProjection,
) {
  const columns = store.lists.columns(list.pk);
  const context = readContext(store, site);
  const wanted = projection.select ? new Set(projection.select) : undefined;
  const identities = new Map<number, IdentitySet>();
  const identity = (lookupId: number) => {
    let found = identities.get(lookupId);
    if (!found) identities.set(lookupId, (found = store.siteUsers.identity(site, lookupId)));
    return found;
  };
  const webUrl = listWebUrl(site, list);
  const fieldsContext = `sites('${encodeURIComponent(site.id)}')/lists('${list.id}')/items`;
  return (item: StoredItem): Record<string, unknown> => {
    const etag = itemETag(item);
    const all: Record<string, unknown> = {
      '@odata.etag': etag,
      createdDateTime: item.created,
      eTag: etag,
      id: String(item.id),
      lastModifiedDateTime: item.modified,
      webUrl: `${webUrl}/${item.id}_.000`,
      createdBy: identity(item.author),
      lastModifiedBy: identity(item.editor),
      parentReference: { id: list.id, siteId: site.id },
      contentType: { id: '0x0100', name: 'Item' },
    };
    const out = wanted
      ? Object.fromEntries(
          Object.entries(all).filter(([k]) => k === '@odata.etag' || wanted.has(k)),
        )
      : all;
    if (projection.fields) {
      out['fields@odata.context'] = contextUrl(`${fieldsContext}('${item.id}')/fields/$entity`);
      out.fields = fieldsJson(columns, item, projection.fieldSelect, context);
    }
    return out;
  };
}
