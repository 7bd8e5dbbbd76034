import type { Graph } from '../../../src/graph/client/gateway.js';
import { provisionSite } from '../../../src/graph/provision/provision.js';
import { readerSchema } from '../../../src/graph/site-schema/reader-schema.js';
import { siteUrl, startTestEmulator, type TestEmulator } from '../helpers/emulator.js';
import { recordingGraph } from '../helpers/recording-graph.js';
import { fillSite, storesFor } from './fill-site.js';
import { schemaOf, type ManifestSource } from './manifest-history.js';
import { dumpSite, readThroughStores } from './site-dump.js';

const now = new Date('2027-02-01T09:00:00Z');

export function provisionWith(emulator: TestEmulator, source: ManifestSource, graph?: Graph) {
  return provisionSite({
    graph: graph ?? emulator.graph,
    siteUrl,
    manifest: source,
    sharePoint: emulator.sharePoint,
    now,
  });
}

/**
 * A site as the app with manifest `previous` left it, upgraded to manifest `next`: provisions
 * `previous` into a fresh emulator site, fills every list through the app's stores (bound to
 * `previous`), reads everything back (plain Graph and the stores), provisions `next`, provisions
 * it once more through a recording Graph, and reads everything again (the stores now bound to
 * `next`, as the updated app would be).
 */
export async function upgradeRun(previous: ManifestSource, next: ManifestSource) {
  const emulator = await startTestEmulator();
  try {
    const older = readerSchema(schemaOf(previous));
    const newer = readerSchema(schemaOf(next));
    const provisioned = await provisionWith(emulator, previous);
    if (!provisioned.ok) throw new Error(provisioned.error.message);
    const site = provisioned.value.site;
    await fillSite(emulator.graph, site, older);
    const dumpBefore = await dumpSite(emulator.graph, site, older);
    const readBefore = await readThroughStores(storesFor(emulator.graph, site, older), dumpBefore);

    const upgrade = await provisionWith(emulator, next);
    if (!upgrade.ok) throw new Error(upgrade.error.message);
    const recording = recordingGraph(emulator.graph);
    const again = await provisionWith(emulator, next, recording);
    const upgraded = upgrade.value.site;
    const dumpAfter = await dumpSite(emulator.graph, upgraded, older);
    const newColumns = await dumpSite(emulator.graph, upgraded, newer);
    const readAfter = await readThroughStores(
      storesFor(emulator.graph, upgraded, newer),
      dumpAfter,
    );
    return {
      older,
      newer,
      dumpBefore,
      readBefore,
      upgrade: upgrade.value,
      again,
      writesAgain: recording.writes(),
      dumpAfter,
      newColumns,
      readAfter,
    };
  } finally {
    await emulator.close();
  }
}
