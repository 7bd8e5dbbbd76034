import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@microsoft/microsoft-graph-client';
import { Agent } from 'undici';
import { makeDevToken } from '../../src/emulator/auth/dev-token.js';
import { startEmulator, type RunningEmulator } from '../../src/emulator/start.js';
import { median, type BenchSection, type BenchTable } from '../section.js';

const itemCount = 10_000;
const departments = 50;

async function stats(emulator: RunningEmulator, dispatcher: Agent, reset = false): Promise<number> {
  const response = await fetch(`${emulator.origin}/_emulator/stats${reset ? '/reset' : ''}`, {
    method: reset ? 'POST' : 'GET',
    dispatcher,
  } as RequestInit);
  return reset ? 0 : ((await response.json()) as { total: number }).total;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await fn();
  return [result, performance.now() - started];
}

/** Loads 10,000 items through $batch (20 per request, 4 requests in flight). */
async function bulkLoad(client: Client, items: string): Promise<void> {
  const batches = Array.from({ length: itemCount / 20 }, (_, b) =>
    Array.from({ length: 20 }, (_, i) => {
      const n = b * 20 + i;
      return {
        id: String(i + 1),
        method: 'POST',
        url: items,
        headers: { 'Content-Type': 'application/json' },
        body: {
          fields: {
            Title: `Aktivitet ${n}`,
            Dept: `D${n % departments}`,
            N: n,
            Status: n % 3 ? 'onTrack' : 'delayed',
          },
        },
      };
    }),
  );
  let next = 0;
  const worker = async () => {
    while (next < batches.length) {
      const requests = batches[next++]!;
      const result = (await client.api('/$batch').post({ requests })) as {
        responses: { status: number }[];
      };
      if (result.responses.some((r) => r.status !== 201)) throw new Error('bulk load failed');
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}

async function measure(emulator: RunningEmulator, dispatcher: Agent): Promise<BenchTable> {
  const user = emulator.seed.users[0]!;
  const token = makeDevToken({ oid: user.id, name: user.displayName, upn: user.userPrincipalName });
  const client = Client.init({
    authProvider: (done) => done(null, token),
    baseUrl: `${emulator.origin}/`,
    customHosts: new Set(['localhost']),
    fetchOptions: { dispatcher } as RequestInit,
  });
  const list = (await client.api(`/sites/${emulator.siteId}/lists`).post({
    displayName: 'Bench',
    columns: [
      { name: 'Dept', text: {}, indexed: true },
      { name: 'N', number: {}, indexed: true },
      { name: 'Status', choice: { choices: ['onTrack', 'delayed'] }, indexed: true },
    ],
  })) as { id: string };
  const items = `/sites/${emulator.siteId}/lists/${list.id}/items`;
  await stats(emulator, dispatcher, true);
  const [, loadMs] = await timed(() => bulkLoad(client, items));
  const loadRequests = await stats(emulator, dispatcher);
  const query = () =>
    client.api(items).expand('fields').filter("fields/Dept eq 'D17'").top(500).get() as Promise<{
      value: unknown[];
    }>;
  const first = await query();
  if (first.value.length !== itemCount / departments)
    throw new Error('indexed query returned the wrong items');
  const queryTimes: number[] = [];
  for (let i = 0; i < 40; i++) queryTimes.push((await timed(query))[1]);
  const narrowTimes: number[] = [];
  const narrow = () =>
    client
      .api(items)
      .expand('fields($select=Title,N)')
      .filter('fields/N eq 4242')
      .get() as Promise<unknown>;
  for (let i = 0; i < 40; i++) narrowTimes.push((await timed(narrow))[1]);
  const page = async (top: number) => {
    await stats(emulator, dispatcher, true);
    let count = 0;
    let response = (await client.api(items).expand('fields').top(top).get()) as {
      value: unknown[];
      '@odata.nextLink'?: string;
    };
    count += response.value.length;
    while (response['@odata.nextLink']) {
      response = (await client.api(response['@odata.nextLink']).get()) as typeof response;
      count += response.value.length;
    }
    if (count !== itemCount) throw new Error(`paging returned ${count} items`);
    return stats(emulator, dispatcher);
  };
  const [pagedDefault, pageDefaultMs] = await timed(() => page(200));
  const [pagedMax, pageMaxMs] = await timed(() => page(5000));
  const queryMedian = median(queryTimes);
  return {
    title: `Emulator: ${itemCount.toLocaleString('en')}-item list (HTTPS, real graph-client)`,
    columns: ['operation', 'requests', 'median ms'],
    rows: [
      [
        'bulk load via $batch (20 per request, 4 in flight), total',
        loadRequests,
        Math.round(loadMs),
      ],
      ['indexed filter, 200 matches with fields (per request)', 1, queryMedian.toFixed(1)],
      ['indexed filter, 1 match, fields($select) (per request)', 1, median(narrowTimes).toFixed(1)],
      ['full paging, default page size 200, total', pagedDefault, Math.round(pageDefaultMs)],
      ['full paging, $top=5000, total', pagedMax, Math.round(pageMaxMs)],
    ],
    notes: [
      `Target: indexed query on ${itemCount.toLocaleString('en')} items under 20 ms median — ${queryMedian < 20 ? 'met' : 'NOT met'} (${queryMedian.toFixed(1)} ms).`,
    ],
  };
}

export const emulatorSection: BenchSection = {
  name: 'emulator',
  async run() {
    const dataDir = mkdtempSync(join(tmpdir(), 'graph-bench-'));
    const emulator = await startEmulator({ dataDir });
    const dispatcher = new Agent({ connect: { ca: emulator.caPem } });
    try {
      return [await measure(emulator, dispatcher)];
    } finally {
      await emulator.close();
      await dispatcher.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
