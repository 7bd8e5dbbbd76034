import type { PlanStore } from '../../app/ports.js';
import type { LoadOptions, PlanSnapshot } from '../../app/ports.js';
import type { FollowUp, Reminder } from '../../domain/model.js';
import { fail, ok, type Result } from '../../app/result.js';
import type { Clock } from '../../domain/clock.js';
import { tokenFunctionAuthProvider } from '../../graph/auth/token-function.js';
import { createGraphClient, type FetchLike } from '../../graph/client/create-client.js';
import { GraphGateway } from '../../graph/client/gateway.js';
import type { SiteSchema } from '../../graph/site-schema/schema.js';
import { graphPlanReader as storeReader } from '../../graph/store/plan-reader.js';
import { openSite, type SiteRef } from '../../graph/store/site-ref.js';
import type { AuthSession } from '../auth/auth-session.js';

export type GraphReaderOptions = {
  /** Graph's version root; a path is taken relative to `origin` (the tab's own https origin). */
  readonly graphBase: string;
  readonly siteUrl?: string;
  readonly origin: string;
  readonly auth: Pick<AuthSession, 'getToken'>;
  readonly clock: Clock;
  readonly fetch: FetchLike;
  /** The lists and columns to read (the tab gets a copy parsed at build time). */
  readonly schema: SiteSchema;
  /**
   * The provisioned site's id and list ids (from `/config.json`): a cold open is then one Graph
   * round trip instead of three. Stale ids (the site provisioned again) fall back to the address.
   */
  readonly site?: ProvisionedSite | undefined;
};

type ProvisionedSite = {
  readonly siteId: string;
  readonly webUrl?: string | undefined;
  readonly lists: Readonly<Record<string, string>>;
  readonly plans?: Readonly<Record<string, { itemId: string; parentId?: string | undefined }>>;
};

/** Failures that mean the ids no longer name the site's lists (not a passing outage). */
function isStale(reason: string): boolean {
  return reason === 'notFound' || reason === 'invalid' || reason === 'forbidden';
}

/** What the tab reads: the plan, and (Uppföljning only) a round's reminders. */
export type TabReader = Pick<PlanStore, 'loadPlan'> & {
  readonly listReminders?: (roundId: string) => Promise<Result<readonly Reminder[]>>;
  readonly listFollowUps?: (roundIds: readonly string[]) => Promise<Result<readonly FollowUp[]>>;
};

/**
 * Reads in the browser: the data layer's GraphPlanStore with the signed-in user's Graph token.
 * The site is opened once (its id and list ids); after that every loadPlan is the store's own
 * single `$batch` round trip.
 */
export function createGraphPlanReader(options: GraphReaderOptions): TabReader {
  try {
    return graphPlanReader(options);
  } catch (error) {
    // A misconfigured Graph address (e.g. not https) shows as an error with retry, never a blank page.
    const message = error instanceof Error ? error.message : String(error);
    const failed = () => Promise.resolve(fail('unavailable', message));
    return { loadPlan: failed, listReminders: failed, listFollowUps: failed };
  }
}

function graphPlanReader(options: GraphReaderOptions): TabReader {
  const getToken = async () => {
    const token = await options.auth.getToken('graph');
    if (!token.ok) throw new Error(token.message);
    return token.token;
  };
  const graph = new GraphGateway(
    createGraphClient({
      graphUrl: new URL(options.graphBase, options.origin).href,
      authProvider: tokenFunctionAuthProvider(getToken),
      fetch: options.fetch,
    }),
  );
  const { schema } = options;
  type Reader = ReturnType<typeof storeReader>;
  const readerOf = (site: SiteRef): Reader =>
    storeReader({ graph, site, schema, clock: options.clock });
  const known = options.site;
  let store: Promise<Result<Reader>> | undefined = known
    ? Promise.resolve(ok(readerOf({ ...known, webUrl: known.webUrl ?? options.siteUrl ?? '' })))
    : undefined;
  let trusted = known === undefined;
  const open = async (siteUrl: string): Promise<Result<Reader>> => {
    const site = await openSite(graph, siteUrl, schema);
    return site.ok ? ok(readerOf(site.value)) : site;
  };
  const opened = async (): Promise<Result<Reader>> => {
    if (!store && !options.siteUrl)
      return fail('unavailable', 'Appen saknar adressen till SharePoint-webbplatsen (siteUrl).');
    store ??= open(options.siteUrl!);
    const result = await store;
    if (!result.ok) store = undefined;
    return result;
  };
  const withReader = async <T>(use: (reader: Reader) => Promise<Result<T>>) => {
    const reader = await opened();
    return reader.ok ? use(reader.value) : reader;
  };
  const load = (loadOptions: LoadOptions): Promise<Result<PlanSnapshot>> =>
    withReader((r) => r.loadPlan(loadOptions));
  return {
    loadPlan: async (loadOptions = {}) => {
      const loaded = await load(loadOptions);
      if (loaded.ok) trusted = true;
      if (loaded.ok || trusted || !isStale(loaded.error.reason) || !options.siteUrl) return loaded;
      // The ids from /config.json no longer fit: find the site by its address, once.
      trusted = true;
      store = undefined;
      return load(loadOptions);
    },
    // Read only when a view asks (Uppföljning, Rapport): the overview's open does not wait for them.
    listReminders: (roundId) => withReader((r) => r.listReminders(roundId)),
    listFollowUps: (roundIds) => withReader((r) => r.listFollowUps(roundIds)),
  };
}
