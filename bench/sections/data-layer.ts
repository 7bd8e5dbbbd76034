import { performance } from 'node:perf_hooks';
import type { Graph } from '../../src/graph/client/gateway.js';
import type { PlanStore } from '../../src/app/ports.js';
import { largePlan } from '../../tests/graph/fixtures/large-plan.js';
import { graphStores, type GraphStores } from '../../tests/graph/helpers/graph-stores.js';
import { median, type BenchSection, type BenchTable } from '../section.js';

const sizes = [200, 2000] as const;
const latencies = [0, 100] as const;
const runs = 7;

/**
 * What code without batching does: every request of a "batch" sent on its own, one after the
 * other. loadPlan over this graph is the naive loader: one request per list (and per further
 * page), with exactly the same queries, decoding and validation as the batched store.
 */
function oneRequestAtATime(inner: Graph): Graph {
  return {
    send: (request) => inner.send(request),
    async batch(requests) {
      const outcomes = [];
      for (const request of requests) outcomes.push(await inner.send(request));
      return outcomes;
    },
  };
}

async function measure(
  stores: GraphStores,
  store: PlanStore,
): Promise<{ requests: number; ms: number }> {
  const load = async () => {
    const loaded = await store.loadPlan();
    if (!loaded.ok) throw new Error(loaded.error.message);
  };
  await load(); // warm-up, not timed
  const times: number[] = [];
  let requests = 0;
  for (let i = 0; i < runs; i += 1) {
    await stores.emulator.resetStats();
    const started = performance.now();
    await load();
    times.push(performance.now() - started);
    requests = (await stores.emulator.stats()).total;
  }
  return { requests, ms: median(times) };
}

async function rowsFor(size: number): Promise<(string | number)[][]> {
  const stores = await graphStores(largePlan(size));
  try {
    const rows: (string | number)[][] = [];
    for (const latencyMs of latencies) {
      await stores.emulator.setFaults({ latencyMs });
      const batched = await measure(stores, stores.store);
      const naive = await measure(
        stores,
        stores.storesOn(oneRequestAtATime(stores.emulator.graph)).store,
      );
      rows.push([
        size,
        latencyMs,
        batched.requests,
        Math.round(batched.ms),
        naive.requests,
        Math.round(naive.ms),
        (naive.ms / batched.ms).toFixed(1),
      ]);
    }
    return rows;
  } finally {
    await stores.close();
  }
}

export const dataLayerSection: BenchSection = {
  name: 'data-layer',
  async run(): Promise<readonly BenchTable[]> {
    const rows: (string | number)[][] = [];
    for (const size of sizes) rows.push(...(await rowsFor(size)));
    return [
      {
        title: 'Data layer: loadPlan (one $batch round trip) vs the same load one request per list',
        columns: [
          'activities',
          'latency ms',
          'loadPlan requests',
          'loadPlan median ms',
          'naive requests',
          'naive median ms',
          'naive/loadPlan',
        ],
        rows,
        notes: [
          `Each activity has an answer in the open round (200 → 400 items, 2,000 → 4,000); median of ${runs} loads after a warm-up, emulator over HTTPS on this machine.`,
          'The naive loader runs the same queries, decoding and validation, sending the 8 list queries one after the other.',
          'Requests are counted by the emulator (a $batch counts once). Target: loadPlan = 1 request while every list fits a page (5,000 items).',
        ],
      },
    ];
  },
};
