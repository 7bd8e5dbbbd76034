import { fieldsJson, type StoredItem } from '../../../../../fields/read.js';
import type { VersionRow } from '../../../../../store/versions.js';
import type { ListRecord } from '../../../../../store/lists.js';
import type { Site } from '../../../../../store/sites.js';
import type { Store } from '../../../../../store/store.js';
import { readContext } from '../../../resolve.js';

/** A listItemVersion: `id` "3.0", who and when, and the fields as they were then. */
export function versionJson(
  store: Store,
  site: Site,
  list: ListRecord,
  item: StoredItem,
  version: VersionRow,
  withFields: boolean,
): Record<string, unknown> {
  const json: Record<string, unknown> = {
    id: `${version.version}.0`,
    lastModifiedDateTime: version.modified,
    lastModifiedBy: store.siteUsers.identity(site, version.editor),
    published: { level: 'published', versionId: `${version.version}.0` },
  };
  if (withFields) {
    const then: StoredItem = {
      ...item,
      version: version.version,
      modified: version.modified,
      editor: version.editor,
      fields: version.fields,
    };
    json.fields = fieldsJson(
      store.lists.columns(list.pk),
      then,
      undefined,
      readContext(store, site),
    );
  }
  return json;
}
