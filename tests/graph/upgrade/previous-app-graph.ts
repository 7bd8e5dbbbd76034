import type { Graph, GraphRequest } from '../../../src/graph/client/gateway.js';
import type { SiteSchema } from '../../../src/graph/site-schema/schema.js';
import type { SiteRef } from '../../../src/graph/store/site-ref.js';

/** `…/lists/{list}/items` (create) and `…/lists/{list}/items/{id}/fields` (update). */
const itemWrite = /\/lists\/([^/?]+)\/items(?:\/[^/?]+\/fields)?$/;

/**
 * The Graph an app of an earlier manifest wrote through: today's stores over it write only the
 * columns `schema` has (an older app had no code for a column its manifest lacked), so the
 * upgrade harness can fill a site of any released manifest with today's code. Only item writes
 * are narrowed; everything else passes as it is.
 */
export function previousAppGraph(graph: Graph, site: SiteRef, schema: SiteSchema): Graph {
  const columns = new Map<string, Set<string>>();
  for (const list of schema.lists) {
    const id = site.lists[list.name];
    if (id) columns.set(id.toLowerCase(), new Set(['Title', ...list.columns.map((c) => c.name)]));
  }
  const known = (names: Set<string>, field: string) =>
    names.has(field.replace(/@odata\.type$/, '').replace(/LookupId$/, ''));
  const narrow = (request: GraphRequest): GraphRequest => {
    const match = itemWrite.exec(request.url);
    const names = match && columns.get(decodeURIComponent(match[1]!).toLowerCase());
    if (!names || (request.method !== 'POST' && request.method !== 'PATCH')) return request;
    const body = request.body as Record<string, unknown>;
    const creates = request.method === 'POST';
    const fields = (creates ? body['fields'] : body) as Record<string, unknown>;
    const kept = Object.fromEntries(Object.entries(fields).filter(([k]) => known(names, k)));
    return { ...request, body: creates ? { ...body, fields: kept } : kept };
  };
  return {
    send: (request) => graph.send(narrow(request)),
    batch: (requests) => graph.batch(requests.map(narrow)),
  };
}
