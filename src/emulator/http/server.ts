import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Authenticator } from '../auth/authenticator.js';
import type { Clock, Logger } from '../clock.js';
import { faultFailure } from '../faults/fault-response.js';
import type { Faults } from '../faults/faults.js';
import type { Stats } from '../faults/stats.js';
import type { AdminRoute } from '../routes/admin/admin-route.js';
import {
  newRequestId,
  type Dispatcher,
  type GraphRequest,
  type GraphResponse,
} from './dispatch.js';
import { isSharePointRestPath } from '../sharepoint/path.js';
import { GraphFailure, badRequest, errorBody, unreadableJson } from './errors.js';

export type SharePointHandler = (request: {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | undefined>;
  body: string;
}) => Promise<GraphResponse | undefined>;

export type ServerDeps = {
  readonly authenticator: Authenticator;
  readonly dispatcher: Dispatcher;
  readonly batch: (request: GraphRequest) => GraphResponse;
  readonly sharePoint: SharePointHandler;
  readonly admin: readonly AdminRoute[];
  readonly faults: Faults;
  readonly stats: Stats;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly maxBodyBytes: number;
};

class TooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new TooLarge());
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

/** Parses a JSON body; Graph answers 400 for a missing JSON content type or bad JSON. */
function parseJsonBody(method: string, text: string, contentType: string | undefined): unknown {
  if (method === 'GET' || method === 'DELETE' || text.trim() === '') return undefined;
  const media = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (media !== 'application/json') throw badRequest(unreadableJson);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest(unreadableJson);
  }
}

/** The node:https request listener: admin API, SharePoint REST, and Graph under /v1.0. */
export function createListener(deps: ServerDeps) {
  const { dispatcher, clock, logger } = deps;

  function send(res: ServerResponse, response: GraphResponse, requestId: string): void {
    const body = response.body === undefined ? undefined : JSON.stringify(response.body);
    res.writeHead(response.status, {
      ...response.headers,
      'request-id': requestId,
      'client-request-id': requestId,
      ...(body === undefined ? {} : { 'Content-Length': Buffer.byteLength(body) }),
    });
    res.end(body);
  }

  function fail(res: ServerResponse, failure: GraphFailure, requestId: string): void {
    send(
      res,
      {
        status: failure.status,
        headers: { 'Content-Type': 'application/json', ...failure.headers },
        body: errorBody(failure, clock.now(), requestId, requestId),
      },
      requestId,
    );
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = headersOf(req);
    const requestId = headers['client-request-id'] ?? newRequestId();
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : url.slice(q + 1));
    const method = (req.method ?? 'GET').toUpperCase();
    let text: string;
    try {
      text = await readBody(req, deps.maxBodyBytes);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      res.setHeader('Connection', 'close');
      return fail(
        res,
        new GraphFailure(
          413,
          'RequestEntityTooLarge',
          `The request body is larger than ${deps.maxBodyBytes} bytes.`,
        ),
        requestId,
      );
    }
    if (path.startsWith('/_emulator/')) return admin(res, method, path, query, text, requestId);
    const sp = isSharePointRestPath(path)
      ? await deps.sharePoint({ method, path, query, headers, body: text })
      : undefined;
    if (sp) return send(res, sp, requestId);
    const version = /^\/(v1\.0)(\/.*)?$/.exec(path);
    if (!version) {
      const first = path.split('/')[1] ?? '';
      return fail(res, badRequest(`Invalid version: ${decodeURIComponent(first)}`), requestId);
    }
    const graphPath = version[2] ?? '/';
    const template = graphPath === '/$batch' ? '/$batch' : dispatcher.templateOf(method, graphPath);
    deps.stats.count(method, template);
    if (deps.faults.settings.latencyMs > 0) await sleep(deps.faults.settings.latencyMs);
    const body = parseJsonBody(method, text, headers['content-type']);
    const caller = await deps.authenticator.caller(headers.authorization, { kind: 'graph' });
    const request: GraphRequest = {
      method,
      path: graphPath,
      query,
      headers,
      body,
      caller,
      baseUrl: `https://${headers.host ?? 'localhost'}/v1.0`,
      clientRequestId: requestId,
    };
    if (graphPath === '/$batch') {
      if (method !== 'POST')
        return fail(
          res,
          new GraphFailure(
            405,
            'BadRequest',
            'Specified HTTP method is not allowed for the request target.',
          ),
          requestId,
        );
      const fault = deps.faults.pick('POST', '/$batch', 'request');
      if (fault) return fail(res, faultFailure(fault), requestId);
      return send(res, deps.batch(request), requestId);
    }
    send(res, dispatcher.dispatch(request, 'request'), requestId);
  }

  function admin(
    res: ServerResponse,
    method: string,
    path: string,
    query: URLSearchParams,
    text: string,
    requestId: string,
  ) {
    const route = deps.admin.find((r) => r.path === path && r.method === method);
    if (!route)
      return fail(
        res,
        new GraphFailure(404, 'itemNotFound', `No admin route ${method} ${path}`),
        requestId,
      );
    let body: unknown;
    try {
      body = text.trim() ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return fail(res, badRequest(unreadableJson), requestId);
    }
    const result = route.handle(body, query);
    send(
      res,
      {
        status: result.status,
        headers: result.body === undefined ? {} : { 'Content-Type': 'application/json' },
        body: result.body,
      },
      requestId,
    );
  }

  return (req: IncomingMessage, res: ServerResponse): void => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof GraphFailure)
        return fail(res, error, headersOf(req)['client-request-id'] ?? newRequestId());
      logger.error(
        `${req.method} ${req.url}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      if (!res.headersSent) {
        fail(
          res,
          new GraphFailure(500, 'generalException', 'General exception while processing'),
          newRequestId(),
        );
      } else res.destroy();
    });
  };
}
