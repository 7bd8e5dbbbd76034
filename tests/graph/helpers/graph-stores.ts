import { fixedClock } from '../../../src/domain/clock.js';
import type { PlanData } from '../../../src/domain/model.js';
import { ensureSiteReady } from '../../../src/graph/ensure-site-ready.js';
import type { GatewayOptions, Graph } from '../../../src/graph/client/gateway.js';
import { loadBundledManifest } from '../../../src/graph/site-schema/manifest.js';
import { GraphChannelDirectory } from '../../../src/graph/store/graph-channel-directory.js';
import { GraphPlanStore } from '../../../src/graph/store/graph-plan-store.js';
import { GraphReminderStore } from '../../../src/graph/store/graph-reminder-store.js';
import type { SiteRef } from '../../../src/graph/store/site-ref.js';
import { contractNow } from '../fixtures/plan-data.js';
import { racingGraphs } from './barrier-graph.js';
import { siteUrl, startTestEmulator, type TestEmulator } from './emulator.js';

export type GraphStores = {
  readonly emulator: TestEmulator;
  readonly site: SiteRef;
  readonly store: GraphPlanStore;
  readonly reminders: GraphReminderStore;
  readonly channels: GraphChannelDirectory;
  racing(): readonly [GraphPlanStore, GraphPlanStore];
  storesOn(graph: Graph): {
    store: GraphPlanStore;
    reminders: GraphReminderStore;
    channels: GraphChannelDirectory;
  };
  close(): Promise<void>;
};

/** A fresh emulator, provisioned and seeded with `data`, and the Graph stores over it. */
export async function graphStores(
  data: PlanData,
  emulatorOptions: Parameters<typeof startTestEmulator>[0] = {},
  /** The stores' gateway; by default the emulator's, which sleeps at most 50 ms per Retry-After. */
  gatewayOptions?: GatewayOptions,
): Promise<GraphStores> {
  const emulator = await startTestEmulator(emulatorOptions);
  const clock = fixedClock(contractNow);
  const ready = await ensureSiteReady({
    graph: emulator.graph,
    siteUrl,
    sharePoint: emulator.sharePoint,
    clock,
    seed: data,
  });
  if (!ready.ok) {
    await emulator.close();
    throw new Error(ready.error.message);
  }
  const schema = loadBundledManifest().schema;
  const site = ready.value.site;
  const storesOn = (graph: Graph) => ({
    store: new GraphPlanStore({ graph, site, schema, clock }),
    reminders: new GraphReminderStore({ graph, site, schema, clock }),
    channels: new GraphChannelDirectory({ graph, site, schema, clock }),
  });
  const racing = () => {
    const [one, two] = racingGraphs(emulator.graph, 2);
    return [storesOn(one!).store, storesOn(two!).store] as const;
  };
  const graph = gatewayOptions ? emulator.gateway(gatewayOptions) : emulator.graph;
  return {
    emulator,
    site,
    ...storesOn(graph),
    racing,
    storesOn,
    close: () => emulator.close(),
  };
}
