import { BatchRequestContent, BatchResponseContent } from '@microsoft/microsoft-graph-client';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { graphError, startTestEmulator, type TestEmulator } from './helpers.js';

let t: TestEmulator;
let items: string;
const itemsRoute = '/sites/{site-id}/lists/{list-id}/items';

beforeAll(async () => {
  t = await startTestEmulator();
  const list = await t
    .client()
    .api(`/sites/${t.siteId}/lists`)
    .post({ displayName: 'B', columns: [{ name: 'K', text: {}, indexed: true }] });
  items = `/sites/${t.siteId}/lists/${list.id}/items`;
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.admin('/reset', {});
});

function part(id: string, fields: Record<string, unknown>, dependsOn?: string[]) {
  return {
    id,
    method: 'POST',
    url: items,
    headers: { 'Content-Type': 'application/json' },
    body: { fields },
    ...(dependsOn ? { dependsOn } : {}),
  };
}

describe('$batch', () => {
  it('runs up to 20 parts with relative URLs; each response has headers with Content-Type; counts once', async () => {
    const client = t.client();
    const requests = Array.from({ length: 20 }, (_, i) => part(String(i + 1), { Title: `b${i}` }));
    const result = await client.api('/$batch').post({ requests });
    expect(result.responses).toHaveLength(20);
    for (const r of result.responses) {
      expect(r.status).toBe(201);
      expect(r.headers['Content-Type']).toMatch(/^application\/json/);
      expect(r.body.fields.Title).toMatch(/^b/);
    }
    expect(await t.admin('/stats')).toEqual({
      total: 1,
      byRoute: [{ method: 'POST', route: '/$batch', count: 1 }],
    });
  });

  it('answers 400 for 21 parts and for an absolute URL, and writes nothing', async () => {
    const client = t.client();
    const before = (await client.api(items).top(1000).get()).value.length;
    const tooMany = Array.from({ length: 21 }, (_, i) => part(String(i + 1), { Title: 'x' }));
    expect(await graphError(client.api('/$batch').post({ requests: tooMany }))).toMatchObject({
      statusCode: 400,
    });
    const absolute = [{ ...part('1', { Title: 'x' }), url: `${t.emulator.url}${items}` }];
    expect(await graphError(client.api('/$batch').post({ requests: absolute }))).toMatchObject({
      statusCode: 400,
      message: 'Invalid batch payload format.',
    });
    expect(
      await graphError(client.api('/$batch').post({ requests: [part('1', {}), part('1', {})] })),
    ).toMatchObject({ statusCode: 400 });
    expect((await client.api(items).top(1000).get()).value.length).toBe(before);
  });

  it('fails a part whose URL starts with /v1.0 as the real service does (what the 3.0.7 batch builder sends)', async () => {
    const client = t.client();
    const content = new BatchRequestContent([
      { id: '1', request: new Request(`${t.emulator.url}${items}?$top=1`, { method: 'GET' }) },
    ]);
    const body = await content.getContent();
    const first = body.requests[0]!;
    expect(first.url).toMatch(/^\/v1\.0\//);
    const result = new BatchResponseContent(await client.api('/$batch').post(body));
    const response = result.getResponseById('1');
    expect(response.status).toBe(400);
    const error = (await response.json()) as { error: { message: string } };
    expect(error.error.message).toBe("Resource not found for the segment 'v1.0'.");
    first.url = first.url.replace(/^\/v1\.0/, '');
    const fixed = new BatchResponseContent(await client.api('/$batch').post(body));
    expect(fixed.getResponseById('1').status).toBe(200);
  });

  it('answers 424 to parts whose dependency failed', async () => {
    const result = await t
      .client()
      .api('/$batch')
      .post({
        requests: [
          part('1', { Nope: 1 }),
          part('2', { Title: 'after' }, ['1']),
          part('3', { Title: 'free' }),
        ],
      });
    const byId = Object.fromEntries(
      result.responses.map((r: { id: string; status: number }) => [r.id, r.status]),
    );
    expect(byId).toEqual({ '1': 400, '2': 424, '3': 201 });
  });

  it('answers 429 with Retry-After for single parts while the batch is 200, and the client does not retry them', async () => {
    await t.admin('/faults/script', {
      status: 429,
      count: 2,
      retryAfterSeconds: 1,
      scope: 'batchPart',
    });
    const requests = Array.from({ length: 4 }, (_, i) => part(String(i + 1), { Title: `t${i}` }));
    const result = await t.client().api('/$batch').post({ requests });
    const statuses = result.responses.map((r: { status: number }) => r.status);
    expect(statuses).toEqual([429, 429, 201, 201]);
    expect(result.responses[0].headers['Retry-After']).toBe('1');
    expect(result.responses[0].body.error.code).toBe('TooManyRequests');
    expect((await t.admin('/stats')) as { total: number }).toMatchObject({ total: 1 });
  });
});

describe('$batch throttled as a whole', () => {
  it('lets the client retry a 429 on the outer $batch', async () => {
    await t.admin('/faults/script', {
      status: 429,
      count: 1,
      retryAfterSeconds: 0,
      route: '/$batch',
      scope: 'request',
    });
    const result = await t
      .client()
      .api('/$batch')
      .post({ requests: [part('1', { Title: 'retried' })] });
    expect(result.responses[0].status).toBe(201);
    expect(await t.admin('/stats')).toEqual({
      total: 2,
      byRoute: [{ method: 'POST', route: '/$batch', count: 2 }],
    });
  });
});

describe('faults and statistics', () => {
  it('lets the client retry a 429 and a 503 with Retry-After, and counts each attempt', async () => {
    const client = t.client();
    await t.admin('/faults/script', {
      status: 429,
      count: 1,
      retryAfterSeconds: 1,
      method: 'GET',
      route: itemsRoute,
    });
    await t.admin('/faults/script', {
      status: 503,
      count: 1,
      retryAfterSeconds: 0,
      method: 'GET',
      route: itemsRoute,
    });
    const result = await client.api(items).top(1).get();
    expect(result.value).toHaveLength(1);
    expect(await t.admin('/stats')).toEqual({
      total: 3,
      byRoute: [{ method: 'GET', route: itemsRoute, count: 3 }],
    });
  });

  it('gives up after the client retries and shows the error envelope with Retry-After', async () => {
    await t.admin('/faults/script', { status: 429, count: 4, retryAfterSeconds: 0 });
    const error = await graphError(t.client().api(items).get());
    expect(error).toMatchObject({ statusCode: 429, code: 'TooManyRequests' });
    expect(error.headers?.get('Retry-After')).toBe('0');
    expect(((await t.admin('/stats')) as { total: number }).total).toBe(4);
  });

  it('injects throttling and failures by rate, adds latency, and resets', async () => {
    await t.admin('/faults', { throttleRate: 1, retryAfterSeconds: 0 }, 'PUT');
    const raw = await t.raw(`/v1.0${items}`);
    expect(raw.status).toBe(429);
    expect(raw.headers.get('retry-after')).toBe('0');
    await t.admin('/faults', { throttleRate: 0, failRate: 1 }, 'PUT');
    expect((await t.raw(`/v1.0${items}`)).status).toBe(503);
    await t.admin('/faults', { failRate: 0, latencyMs: 150 }, 'PUT');
    const started = performance.now();
    expect((await t.raw(`/v1.0${items}`)).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    expect(await t.admin('/reset', {})).toMatchObject({
      latencyMs: 0,
      throttleRate: 0,
      failRate: 0,
      scripts: [],
    });
  });

  it('counts by route since the last reset and leaves admin requests out', async () => {
    const client = t.client();
    await client.api(items).get();
    await client.api(items).get();
    await client.api(`${items}/1`).get();
    await t.admin('/faults');
    expect(await t.admin('/stats')).toEqual({
      total: 3,
      byRoute: [
        { method: 'GET', route: itemsRoute, count: 2 },
        { method: 'GET', route: '/sites/{site-id}/lists/{list-id}/items/{item-id}', count: 1 },
      ],
    });
    await t.admin('/stats/reset', {});
    expect(await t.admin('/stats')).toEqual({ total: 0, byRoute: [] });
  });
});
