import { columnJson } from '../../../fields/column-types.js';
import type { RouteRequest } from '../../../http/route.js';
import { queryOption } from '../../../http/route.js';
import type { Store } from '../../../store/store.js';

/** Applies $select and $expand=columns to a list's JSON. */
export function projectList(
  store: Store,
  request: RouteRequest,
  json: Record<string, unknown>,
): Record<string, unknown> {
  const expand = queryOption(request, 'expand') ?? '';
  const select = queryOption(request, 'select');
  let out = json;
  if (select) {
    const names = new Set(select.split(',').map((s) => s.trim()));
    out = Object.fromEntries(
      Object.entries(json).filter(([k]) => k.startsWith('@') || k === 'id' || names.has(k)),
    );
  }
  if (/(^|,)\s*columns\b/.test(expand)) {
    const list = store.lists.find(
      (store.sites.byId(String((json.parentReference as { siteId: string }).siteId)) ?? { pk: -1 })
        .pk,
      String(json.id),
    );
    if (list) {
      out.columns = store.lists
        .columns(list.pk)
        .filter((c) => !c.hidden)
        .map(columnJson);
    }
  }
  return out;
}
