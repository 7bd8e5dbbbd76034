import { describe, expect, it } from 'vitest';
import { devAuthProvider } from '../../../src/graph/auth/dev-token.js';
import { createGraphClient, parseGraphUrl } from '../../../src/graph/client/create-client.js';
import {
  GraphGateway,
  relativeToVersionRoot,
  type GraphRequest,
} from '../../../src/graph/client/gateway.js';
import { failureOf } from '../../../src/graph/client/failures.js';
import { fakeFetch, type Reply, type Seen } from './fake-fetch.js';

type Part = {
  id: string;
  method: string;
  url: string;
  dependsOn?: string[];
  headers?: Record<string, string>;
};

function gatewayWith(reply: (seen: Seen) => Reply, graphUrl = 'https://localhost:8443/v1.0') {
  const fake = fakeFetch(reply);
  const client = createGraphClient({
    graphUrl,
    authProvider: devAuthProvider({ name: 'Anna Andersson' }),
    fetch: fake.fetch,
    maxRetries: 0,
  });
  const slept: number[] = [];
  const gateway = new GraphGateway(client, { sleep: (ms) => (slept.push(ms), Promise.resolve()) });
  return { gateway, seen: fake.seen, slept };
}

const partsOf = (seen: Seen) => (seen.body as { requests: Part[] }).requests;
const gets = (n: number): GraphRequest[] =>
  Array.from({ length: n }, (_, i) => ({
    method: 'GET',
    url: `/v1.0/sites/s/lists/l/items/${i + 1}`,
  }));

describe('relativeToVersionRoot', () => {
  it('strips the version prefix and the origin of next links', () => {
    expect(relativeToVersionRoot('/v1.0/sites/a,b,c/lists')).toBe('/sites/a,b,c/lists');
    expect(relativeToVersionRoot('https://localhost:8443/v1.0/sites/x/items?$skiptoken=UGFn')).toBe(
      '/sites/x/items?$skiptoken=UGFn',
    );
    expect(relativeToVersionRoot('https://localhost:3000/graph/v1.0/sites/x')).toBe('/sites/x');
    expect(relativeToVersionRoot('sites/x/lists/beta/items')).toBe('/sites/x/lists/beta/items');
    expect(relativeToVersionRoot('/$batch')).toBe('/$batch');
  });
});

describe('parseGraphUrl', () => {
  it('splits the version root and refuses plain http', () => {
    expect(parseGraphUrl('https://graph.microsoft.com/v1.0')).toEqual({
      baseUrl: 'https://graph.microsoft.com',
      version: 'v1.0',
      hostname: 'graph.microsoft.com',
    });
    expect(parseGraphUrl('https://localhost:3000/graph/v1.0').baseUrl).toBe(
      'https://localhost:3000/graph',
    );
    expect(() => parseGraphUrl('http://localhost:8443/v1.0')).toThrow(/https/);
  });
});

describe('GraphGateway', () => {
  it('sends the token to the emulator host through the real graph-client', async () => {
    const { gateway, seen } = gatewayWith(() => ({ status: 200, body: { id: 'site' } }));
    const answer = await gateway.send({ method: 'GET', url: '/sites/root' });
    expect(answer).toEqual({ ok: true, status: 200, body: { id: 'site' } });
    expect(seen[0]?.url).toBe('https://localhost:8443/v1.0/sites/root');
    expect(seen[0]?.headers['authorization']).toMatch(/^Bearer [\w-]+\.[\w-]+\.$/);
  });

  it('splits 45 requests into batches of at most 20 without the /v1.0 prefix, answers in order', async () => {
    const { gateway, seen } = gatewayWith((s) => ({
      status: 200,
      body: {
        responses: partsOf(s)
          .map((p) => ({
            id: p.id,
            status: 200,
            headers: { 'Content-Type': 'application/json' },
            body: { url: p.url },
          }))
          .reverse(),
      },
    }));
    const outcomes = await gateway.batch(gets(45));
    expect(seen.map((s) => partsOf(s).length)).toEqual([20, 20, 5]);
    expect(seen.every((s) => s.url === 'https://localhost:8443/v1.0/$batch')).toBe(true);
    expect(partsOf(seen[0]!)[0]?.url).toBe('/sites/s/lists/l/items/1');
    expect(outcomes.map((o) => (o.ok ? (o.body as { url: string }).url : ''))).toEqual(
      gets(45).map((g) => g.url.replace('/v1.0', '')),
    );
  });

  it('resends the parts answered 429 or 503 after their Retry-After, and only those', async () => {
    let round = 0;
    const { gateway, seen, slept } = gatewayWith((s) => {
      round += 1;
      return {
        status: 200,
        body: {
          responses: partsOf(s).map((p) => {
            const busy = round === 1 && (p.id === '2' || p.id === '3');
            return busy
              ? {
                  id: p.id,
                  status: p.id === '2' ? 429 : 503,
                  headers: { 'Retry-After': '2', 'Content-Type': 'application/json' },
                  body: { error: { code: 'TooManyRequests', message: 'later' } },
                }
              : {
                  id: p.id,
                  status: 200,
                  headers: { 'Content-Type': 'application/json' },
                  body: { url: p.url },
                };
          }),
        },
      };
    });
    const outcomes = await gateway.batch(gets(4));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(partsOf(seen[1]!).map((p) => p.url)).toEqual([
      '/sites/s/lists/l/items/2',
      '/sites/s/lists/l/items/3',
    ]);
    expect(slept).toEqual([2000]);
  });

  it('returns a part that stays throttled as a throttled failure with its Retry-After', async () => {
    const { gateway } = gatewayWith((s) => ({
      status: 200,
      body: {
        responses: partsOf(s).map((p) => ({
          id: p.id,
          status: 429,
          headers: { 'Retry-After': '7', 'Content-Type': 'application/json' },
          body: { error: { code: 'TooManyRequests', message: 'later' } },
        })),
      },
    }));
    const [outcome] = await gateway.batch(gets(1));
    expect(outcome).toMatchObject({ ok: false, status: 429, retryAfterSeconds: 7 });
    expect(outcome && !outcome.ok && failureOf(outcome, 'Aktiviteten')).toMatchObject({
      reason: 'throttled',
      retryAfterSeconds: 7,
    });
  });

  it('waits out a Retry-After that ends within the budget, and reports one that would not', async () => {
    let round = 0;
    const busyFirst = (retryAfter: string) => (s: Seen) => {
      round += 1;
      return {
        status: 200,
        body: {
          responses: partsOf(s).map((p) =>
            round === 1 && p.id !== '1'
              ? {
                  id: p.id,
                  status: p.dependsOn ? 424 : 429,
                  headers: { 'Retry-After': retryAfter, 'Content-Type': 'application/json' },
                  body: { error: { code: 'TooManyRequests', message: 'later' } },
                }
              : { id: p.id, status: 200, headers: {}, body: {} },
          ),
        },
      };
    };
    const pair: GraphRequest[] = [
      ...gets(2),
      {
        method: 'PATCH',
        url: '/sites/s/lists/a/items/9/fields',
        body: {},
        dependsOnPrevious: true,
      },
    ];
    const budget = (ms: number) => ({ remainingMs: () => ms });
    const within = gatewayWith(busyFirst('2'));
    const waited = await within.gateway.batch(pair, { budget: budget(2_500) });
    expect(waited.every((o) => o.ok)).toBe(true);
    expect(within.slept).toEqual([2000]);

    round = 0;
    const beyond = gatewayWith(busyFirst('3'));
    const reported = await beyond.gateway.batch(pair, { budget: budget(2_500) });
    expect(beyond.slept).toEqual([]);
    expect(beyond.seen).toHaveLength(1);
    expect(reported.map((o) => (o.ok ? 200 : o.status))).toEqual([200, 429, 424]);
    expect(reported[1]).toMatchObject({ ok: false, retryAfterSeconds: 3 });
  });

  it('keeps a request and its dependent in one batch and resends them together', async () => {
    let round = 0;
    const { gateway, seen } = gatewayWith((s) => {
      round += 1;
      return {
        status: 200,
        body: {
          responses: partsOf(s).map((p) => {
            if (round === 1 && p.url.endsWith('/19'))
              return {
                id: p.id,
                status: 429,
                headers: { 'Retry-After': '0', 'Content-Type': 'application/json' },
                body: { error: { code: 'TooManyRequests', message: 'x' } },
              };
            if (round === 1 && p.dependsOn)
              return {
                id: p.id,
                status: 424,
                headers: { 'Content-Type': 'application/json' },
                body: { error: { code: 'FailedDependency', message: 'x' } },
              };
            return {
              id: p.id,
              status: 200,
              headers: { 'Content-Type': 'application/json' },
              body: {},
            };
          }),
        },
      };
    });
    const requests: GraphRequest[] = [
      ...gets(19),
      {
        method: 'PATCH',
        url: '/sites/s/lists/a/items/9/fields',
        body: { X: 1 },
        dependsOnPrevious: true,
      },
    ];
    const outcomes = await gateway.batch([...requests, ...gets(2)]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(partsOf(seen[0]!)).toHaveLength(20);
    const pair = partsOf(seen[0]!).slice(18);
    expect(pair[1]).toMatchObject({
      method: 'PATCH',
      dependsOn: [pair[0]!.id],
      headers: { 'Content-Type': 'application/json' },
    });
    expect(partsOf(seen[2]!).map((p) => p.method)).toEqual(['GET', 'PATCH']);
  });

  it('turns a network failure into an unavailable result, never a throw', async () => {
    const client = createGraphClient({
      graphUrl: 'https://localhost:1/v1.0',
      authProvider: devAuthProvider({ name: 'Anna Andersson' }),
      fetch: () => Promise.reject(new TypeError('fetch failed')),
      maxRetries: 0,
    });
    const outcome = await new GraphGateway(client).send({ method: 'GET', url: '/sites/root' });
    expect(outcome).toMatchObject({ ok: false, status: 0 });
    expect(outcome.ok ? undefined : failureOf(outcome, 'Webbplatsen').reason).toBe('unavailable');
  });
});
