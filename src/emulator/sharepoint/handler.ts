import { setTimeout as sleep } from 'node:timers/promises';
import type { Authenticator } from '../auth/authenticator.js';
import { checkPermission } from '../auth/permissions.js';
import type { Clock, Logger } from '../clock.js';
import { isObject } from '../fields/column-input.js';
import type { Faults } from '../faults/faults.js';
import type { Stats } from '../faults/stats.js';
import type { GraphResponse } from '../http/dispatch.js';
import { GraphFailure } from '../http/errors.js';
import type { SharePointHandler } from '../http/server.js';
import type { Store } from '../store/store.js';
import type { SpContext } from './context.js';
import { SpFailure, argumentException, spError, spException, spFormat } from './format.js';
import { parseSpPath, type Segment } from './path.js';
import { sharePointRoutes } from './routes/index.js';

export type SharePointDeps = {
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly faults: Faults;
  readonly stats: Stats;
  readonly authenticator: Authenticator;
  /** The tenant's SharePoint host (the audience of its tokens), e.g. `kommun.sharepoint.com`. */
  readonly hostname: string;
};

/** `web/lists/getbytitle('T')/…` or `web/lists(guid'…')/…` → the list key and the rest. */
function splitList(segments: readonly Segment[]): { key: string; tail: Segment[] } | undefined {
  const [web, lists, by, ...rest] = segments;
  if (web?.name !== 'web' || lists?.name !== 'lists') return undefined;
  if (lists.arg !== undefined) return { key: lists.arg, tail: by ? [by, ...rest] : [] };
  if ((by?.name === 'getbytitle' || by?.name === 'getbyid') && by.arg !== undefined)
    return { key: by.arg, tail: rest };
  return undefined;
}

function effectiveMethod(method: string, override: string | undefined): string {
  const m = (method === 'POST' && override ? override : method).toUpperCase();
  return m === 'PATCH' || m === 'PUT' ? 'MERGE' : m;
}

function parseBody(method: string, text: string): Record<string, unknown> {
  if (method === 'GET' || text.trim() === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SpFailure(
      400,
      '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      'Invalid JSON. A token was not recognized in the JSON content.',
    );
  }
  if (!isObject(parsed))
    throw new SpFailure(400, argumentException, 'The body must be a JSON object.');
  const { __metadata: _metadata, ...rest } = parsed;
  return rest;
}

/** SharePoint REST under `[/sites/{name}]/_api/web/lists/{list}/…` on the emulator's HTTPS server. */
export function createSharePointHandler(deps: SharePointDeps): SharePointHandler {
  const { store, logger, faults, stats } = deps;
  return async (request) => {
    const path = parseSpPath(request.path);
    if (!path) return undefined;
    const format = spFormat(request.headers.accept);
    const method = effectiveMethod(request.method, request.headers['x-http-method']);
    const split = splitList(path.segments);
    const route = split && sharePointRoutes.find((r) => r.method === method && r.match(split.tail));
    stats.count(method, route ? `/sites/{site}${route.template}` : '/sites/{site}/_api/(unknown)');
    if (faults.settings.latencyMs > 0) await sleep(faults.settings.latencyMs);
    try {
      const caller = await deps.authenticator.caller(request.headers.authorization, {
        kind: 'sharePoint',
        hostname: deps.hostname,
      });
      if (!split || !route) {
        throw new SpFailure(
          400,
          '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
          'The emulator serves only list views and fields through SharePoint REST.',
        );
      }
      const fault = faults.pick(method, `/sites/{site}${route.template}`, 'request');
      if (fault)
        throw new SpFailure(
          fault.status,
          '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
          'The request has been throttled.',
          fault.retryAfterSeconds !== undefined
            ? { 'Retry-After': String(fault.retryAfterSeconds) }
            : {},
        );
      const site = store.sites.byServerPath(path.sitePath);
      if (deps.authenticator.requireScopes) {
        checkPermission(caller, route.permission, (appId) =>
          site ? store.grants.roles(site.pk, appId) : undefined,
        );
      }
      const webUrl = `https://${request.headers.host ?? 'localhost'}${path.sitePath}`;
      if (!site)
        throw new SpFailure(404, spException, `The site ${path.sitePath || '/'} does not exist.`);
      const list = store.lists.find(site.pk, split.key);
      if (!list)
        throw new SpFailure(
          404,
          spException,
          `List '${split.key}' does not exist at site with URL '${webUrl}'.`,
        );
      const context: SpContext = {
        store,
        site,
        list,
        format,
        webUrl,
        query: request.query,
        headers: request.headers,
        body: parseBody(method, request.body),
        caller,
      };
      const params = route.match(split.tail)!;
      return method === 'GET'
        ? route.handle(context, params)
        : store.transaction(() => route.handle(context, params));
    } catch (error) {
      return failure(error, format, logger);
    }
  };
}

function failure(
  error: unknown,
  format: ReturnType<typeof spFormat>,
  logger: Logger,
): GraphResponse {
  if (error instanceof SpFailure) return spError(error, format);
  if (error instanceof GraphFailure) {
    if (error.status === 401) {
      return {
        status: 401,
        headers: { 'Content-Type': 'application/json', ...error.headers },
        body: {
          error_description: error.message.startsWith('IDX14100')
            ? 'Invalid JWT token. The token is not in JWT format.'
            : error.message,
        },
      };
    }
    return spError(
      new SpFailure(
        error.status,
        error.status === 403
          ? '-2147024891, System.UnauthorizedAccessException'
          : argumentException,
        error.message,
      ),
      format,
    );
  }
  logger.error(
    `SharePoint REST: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
  );
  return spError(
    new SpFailure(500, '-2146232832, Microsoft.SharePoint.SPException', 'Unexpected error'),
    format,
  );
}
