import type { Clock } from '../clock.js';
import type { Store } from '../store/store.js';
import { isObject } from '../fields/column-input.js';
import type { Dispatcher, GraphRequest, GraphResponse } from '../http/dispatch.js';
import { GraphFailure, badRequest, errorBody } from '../http/errors.js';

const maxBatchRequests = 20;

type Part = {
  id: string;
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  dependsOn: string[];
};

const invalidPayload = () => badRequest('Invalid batch payload format.');

function parseParts(body: unknown): Part[] {
  if (!isObject(body) || !Array.isArray(body.requests)) throw invalidPayload();
  if (body.requests.length > maxBatchRequests) {
    throw new GraphFailure(
      400,
      'MaximumValueExceeded',
      `Number of batch request steps exceeds the maximum value of ${maxBatchRequests}.`,
    );
  }
  const seen = new Set<string>();
  return body.requests.map((raw: unknown) => {
    if (!isObject(raw)) throw invalidPayload();
    const { id, method, url, headers = {}, dependsOn = [] } = raw;
    if (
      typeof id !== 'string' ||
      id === '' ||
      typeof method !== 'string' ||
      typeof url !== 'string'
    ) {
      throw invalidPayload();
    }
    if (seen.has(id.toLowerCase())) throw badRequest('Batch request contains duplicate ids.');
    seen.add(id.toLowerCase());
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) throw invalidPayload();
    if (
      !isObject(headers) ||
      !Array.isArray(dependsOn) ||
      !dependsOn.every((d) => typeof d === 'string')
    ) {
      throw invalidPayload();
    }
    const lower = Object.fromEntries(
      Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]),
    );
    if (raw.body !== undefined && !lower['content-type']) throw invalidPayload();
    return {
      id,
      method: method.toUpperCase(),
      url,
      headers: lower,
      body: raw.body,
      dependsOn: dependsOn,
    };
  });
}

/** POST /$batch: up to 20 parts, relative URLs, dependsOn with 424, per-part faults. */
/**
 * The parts run inside one SQLite transaction, each part in its own savepoint: a failed
 * part changes nothing, the others stay, and the batch costs one commit (one fsync).
 */
export function batchHandler(dispatcher: Dispatcher, clock: Clock, store: Store) {
  return (outer: GraphRequest): GraphResponse => {
    try {
      const caller = outer.caller;
      const parts = parseParts(outer.body);
      const byId = new Map(parts.map((p) => [p.id.toLowerCase(), p]));
      for (const part of parts) {
        if (part.dependsOn.some((d) => !byId.has(d.toLowerCase()))) throw invalidPayload();
      }
      const results = new Map<string, GraphResponse>();
      const running = new Set<string>();
      const run = (part: Part): GraphResponse => {
        const key = part.id.toLowerCase();
        const done = results.get(key);
        if (done) return done;
        if (running.has(key)) throw invalidPayload();
        running.add(key);
        const failed = part.dependsOn
          .map((d) => run(byId.get(d.toLowerCase())!))
          .some((r) => r.status >= 400);
        const response = failed ? failedDependency(outer.clientRequestId, clock) : runPart(part);
        results.set(key, response);
        return response;
      };
      const runPart = (part: Part): GraphResponse => {
        const [path = '', query = ''] = part.url.split(/\?(.*)/s, 2);
        return dispatcher.dispatch(
          {
            method: part.method,
            path: path.startsWith('/') ? path : `/${path}`,
            query: new URLSearchParams(query),
            headers: part.headers,
            body: part.body,
            caller,
            baseUrl: outer.baseUrl,
            clientRequestId: outer.clientRequestId,
          },
          'batchPart',
        );
      };
      const responses = store.transaction(() =>
        parts.map((part) => {
          const r = run(part);
          return {
            id: part.id,
            status: r.status,
            headers: r.headers,
            ...(r.body === undefined ? {} : { body: r.body }),
          };
        }),
      );
      return {
        status: 200,
        headers: {
          'Content-Type':
            'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8',
          'OData-Version': '4.0',
          'Cache-Control': 'no-store, no-cache',
        },
        body: { responses },
      };
    } catch (error) {
      if (error instanceof GraphFailure)
        return dispatcher.failureResponse(error, outer.clientRequestId);
      throw error;
    }
  };
}

function failedDependency(clientRequestId: string, clock: Clock): GraphResponse {
  const failure = {
    code: 'FailedDependency',
    message: 'The request failed because a request it depends on failed.',
  };
  return {
    status: 424,
    headers: { 'Content-Type': 'application/json' },
    body: errorBody(failure, clock.now(), clientRequestId, clientRequestId),
  };
}
