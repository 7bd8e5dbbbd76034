import type { Caller } from '../auth/caller.js';
import type { Clock, Logger } from '../clock.js';
import type { Limits } from '../limits.js';
import type { Store } from '../store/store.js';

/** The permission level a route needs (see auth/permissions.ts). */
export type Permission =
  | 'sites.read'
  | 'sites.write'
  | 'sites.manage'
  | 'sites.fullcontrol'
  | 'teams.read'
  | 'channelMessages.read'
  | 'channelMessages.send'
  | 'users.read';

export type RouteRequest = {
  readonly method: string;
  readonly params: Readonly<Record<string, string>>;
  /** Query options with lower-cased names; `$filter` and `filter` are the same option. */
  readonly query: URLSearchParams;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  readonly caller: Caller;
  /** `https://host:port/v1.0`, for absolute @odata links. */
  readonly baseUrl: string;
};

type RouteResponse = {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
};

export type Route = {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Graph's URL template, e.g. `/sites/{site-id}/lists/{list-id}/items`; also the stats key. */
  readonly template: string;
  readonly permission: Permission;
  handle(request: RouteRequest): RouteResponse;
};

/** What every route factory takes. */
export type RouteDeps = {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Paging limits and the list view threshold. */
  readonly limits: Limits;
  readonly tenantId: string;
};

export function queryOption(request: RouteRequest, name: string): string | undefined {
  return request.query.get(`$${name}`) ?? request.query.get(name) ?? undefined;
}
