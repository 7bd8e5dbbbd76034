import { fail, ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import type { Graph } from '../client/gateway.js';
import type { SiteSchema } from '../site-schema/schema.js';

/** A provisioned site: its Graph id, web URL and the id of every list of the manifest. */
export type SiteRef = {
  readonly siteId: string;
  readonly webUrl: string;
  /** List id by the manifest's internal list name (`Activities` → guid). */
  readonly lists: Readonly<Record<string, string>>;
  /**
   * The plans' item ids by plan id, as far as known (from /config.json or an earlier read): with
   * them loadPlan reads only the chosen plan's items, by the indexed `Plan` lookup, in the same
   * single round trip. A plan missing here is read among all plans' items (still one round trip).
   */
  readonly plans?: Readonly<Record<string, PlanEntry>>;
};

/** A plan's item id, and its parent plan's id (the plan a combined round also covers). */
export type PlanEntry = { readonly itemId: string; readonly parentId?: string };

type SiteAddress = { readonly hostname: string; readonly path: string };

/** `https://kommun.sharepoint.com/sites/aktivitetsplan` → hostname and server-relative path. */
function parseSiteUrl(siteUrl: string): Result<SiteAddress, 'invalid'> {
  let url: URL;
  try {
    url = new URL(siteUrl);
  } catch {
    return fail('invalid', `Webbplatsens adress är inte en adress: ${siteUrl}`);
  }
  if (url.protocol !== 'https:')
    return fail('invalid', `Webbplatsens adress ska börja med https://: ${siteUrl}`);
  const path = url.pathname.replace(/\/+$/, '');
  return ok({ hostname: url.hostname, path: path === '' ? '/' : path });
}

type SiteBody = { id?: unknown; webUrl?: unknown };
type ListBody = { id?: unknown; displayName?: unknown };

/** Finds the site by its URL: `GET /sites/{hostname}:{path}` (the root site for `/`). */
export async function findSite(
  graph: Graph,
  siteUrl: string,
): Promise<Result<{ siteId: string; webUrl: string }>> {
  const address = parseSiteUrl(siteUrl);
  if (!address.ok) return address;
  const { hostname, path } = address.value;
  const url = path === '/' ? `/sites/${hostname}` : `/sites/${hostname}:${encodeURI(path)}`;
  const answer = await graph.send({ method: 'GET', url: `${url}?$select=id,webUrl` });
  if (!answer.ok) return failWith(answer, `Webbplatsen ${siteUrl}`);
  const body = answer.body as SiteBody;
  if (typeof body.id !== 'string')
    return fail('unavailable', `Graph gav ingen id för webbplatsen ${siteUrl}.`);
  return ok({ siteId: body.id, webUrl: typeof body.webUrl === 'string' ? body.webUrl : siteUrl });
}

/** Every list of the site as id by display name, following pages. */
export async function listIdsByDisplayName(
  graph: Graph,
  siteId: string,
): Promise<Result<Map<string, string>>> {
  const ids = new Map<string, string>();
  let url: string | undefined = `/sites/${siteId}/lists?$select=id,displayName&$top=500`;
  while (url) {
    const answer = await graph.send({ method: 'GET', url });
    if (!answer.ok) return failWith(answer, 'Webbplatsens listor');
    const body = answer.body as { value?: ListBody[]; '@odata.nextLink'?: unknown };
    for (const list of body.value ?? []) {
      if (typeof list.id === 'string' && typeof list.displayName === 'string')
        ids.set(list.displayName, list.id);
    }
    url = typeof body['@odata.nextLink'] === 'string' ? body['@odata.nextLink'] : undefined;
  }
  return ok(ids);
}

/**
 * Opens a provisioned site for the stores: two requests, once per process (or per tab session).
 * A list of the manifest that is missing means the site was not provisioned.
 */
export async function openSite(
  graph: Graph,
  siteUrl: string,
  schema: SiteSchema,
): Promise<Result<SiteRef>> {
  const site = await findSite(graph, siteUrl);
  if (!site.ok) return site;
  const byName = await listIdsByDisplayName(graph, site.value.siteId);
  if (!byName.ok) return byName;
  const lists: Record<string, string> = {};
  const missing: string[] = [];
  for (const list of schema.lists) {
    const id = byName.value.get(list.displayName);
    if (id) lists[list.name] = id;
    else missing.push(list.displayName);
  }
  if (missing.length > 0) {
    return fail(
      'notFound',
      `Webbplatsen saknar listorna ${missing.join(', ')}. Kör "npm run provision -- --site ${siteUrl}" först.`,
    );
  }
  return ok({ ...site.value, lists });
}
