import { randomUUID } from 'node:crypto';
import type { Caller } from '../auth/caller.js';
import { checkPermission } from '../auth/permissions.js';
import type { Clock, Logger } from '../clock.js';
import { faultFailure } from '../faults/fault-response.js';
import type { FaultScope, Faults } from '../faults/faults.js';
import { resolveSite } from '../routes/sites/resolve.js';
import type { Store } from '../store/store.js';
import { GraphFailure, errorBody } from './errors.js';
import type { Route } from './route.js';
import { Router, pathSegments } from './router.js';

const jsonContentType =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export type GraphRequest = {
  readonly method: string;
  /** The path after `/v1.0`, still percent-encoded. */
  readonly path: string;
  readonly query: URLSearchParams;
  /** Lower-cased header names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
  /** Who calls (the server authenticates first; `$batch` parts carry the outer request's). */
  readonly caller: Caller;
  readonly baseUrl: string;
  readonly clientRequestId: string;
};

export type GraphResponse = {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
};

export type DispatcherOptions = {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly faults: Faults;
  readonly requireScopes: boolean;
};

/** Runs one Graph request (or one `$batch` part) through auth, faults and its route. */
export function createDispatcher(routes: readonly Route[], options: DispatcherOptions) {
  const router = new Router(routes);
  const { store, clock, logger, faults } = options;

  function failureResponse(failure: GraphFailure, clientRequestId: string): GraphResponse {
    return {
      status: failure.status,
      headers: { 'Content-Type': 'application/json', ...failure.headers },
      body: errorBody(failure, clock.now(), clientRequestId, clientRequestId),
    };
  }

  function dispatch(request: GraphRequest, scope: FaultScope): GraphResponse {
    try {
      const segments = pathSegments(request.path);
      const caller = request.caller;
      const { route, params } = router.match(request.method, segments);
      const fault = faults.pick(request.method, route.template, scope);
      if (fault) throw faultFailure(fault);
      if (options.requireScopes) {
        checkPermission(caller, route.permission, (appId) => {
          const key = params['site-id'];
          return key === undefined
            ? undefined
            : store.grants.roles(resolveSite(store, key).pk, appId);
        });
      }
      const routeRequest = {
        method: request.method,
        params,
        query: lowerCaseKeys(request.query),
        headers: request.headers,
        body: request.body,
        caller,
        baseUrl: request.baseUrl,
      };
      const result =
        request.method === 'GET'
          ? route.handle(routeRequest)
          : store.transaction(() => route.handle(routeRequest));
      return {
        status: result.status,
        headers: {
          ...(result.status === 204 ? {} : { 'Content-Type': jsonContentType }),
          'OData-Version': '4.0',
          'Cache-Control': 'no-store, no-cache',
          ...result.headers,
        },
        ...(result.status === 204 ? {} : { body: result.body }),
      };
    } catch (error) {
      if (error instanceof GraphFailure) return failureResponse(error, request.clientRequestId);
      logger.error(
        `${request.method} ${request.path}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      return failureResponse(
        new GraphFailure(500, 'generalException', 'General exception while processing'),
        request.clientRequestId,
      );
    }
  }

  return {
    dispatch,
    failureResponse,
    /** The route template a request is counted under in the statistics. */
    templateOf(method: string, path: string): string {
      try {
        return router.templateOf(method, pathSegments(path)) ?? '(unknown)';
      } catch {
        return '(unknown)';
      }
    },
  };
}

export type Dispatcher = ReturnType<typeof createDispatcher>;

function lowerCaseKeys(query: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of query) out.append(k.toLowerCase(), v);
  return out;
}

export function newRequestId(): string {
  return randomUUID();
}
