import { performance } from 'node:perf_hooks';
import { basisOf, runImport } from '../../src/app/import/run-import.js';
import { seedPlan } from '../../src/domain/seed/seed-plan.js';
import { readWorkbook } from '../../src/server/import/read-workbook.js';
import { writeTemplate } from '../../src/server/import/write-template.js';
import { graphStores, type GraphStores } from '../../tests/graph/helpers/graph-stores.js';
import { workbookOf } from '../../tests/server/import/workbooks.js';
import type { BenchSection, BenchTable } from '../section.js';

/**
 * The Excel import (issue 13): 300 new activities in one file, read, previewed and written
 * through the Graph store against the emulator at 0 and 100 ms latency (`$batch`es of 20), then
 * the same file again (nothing to write). Round trips are counted by the emulator from the plan's
 * read on (a `$batch` counts once). `npm run bench -- import` runs this section alone.
 */

const latencies = [0, 100] as const;
const size = 300;

async function fileOf(prefix: string): Promise<Uint8Array> {
  const area = seedPlan.areas[0]!.title;
  return workbookOf(
    Array.from({ length: size }, (_, i) => [
      seedPlan.plan.title,
      area,
      `${prefix} ${i + 1}`,
      'Beskrivning av aktiviteten.',
      'Social- och omsorgsförvaltningen',
      'Leanlink; Utbildningsförvaltningen',
      '2027-01-01',
      '31/12/2027',
      'Förväntat resultat.',
      'Utvecklingsmedel',
      seedPlan.goals[0]!.title,
    ]),
  );
}

async function timedImport(stores: GraphStores, bytes: Uint8Array) {
  const read = await readWorkbook(bytes);
  if (!read.ok) throw new Error(read.message);
  await stores.emulator.resetStats();
  const started = performance.now();
  const outcome = await runImport(stores.store, read.value);
  const ms = performance.now() - started;
  if (!outcome.ok) throw new Error(outcome.error.message);
  return { outcome: outcome.value, ms, requests: (await stores.emulator.stats()).total };
}

export const importSection: BenchSection = {
  name: 'import',
  async run(): Promise<readonly BenchTable[]> {
    const stores = await graphStores(seedPlan);
    const rows: (string | number)[][] = [];
    let templateMs: number;
    try {
      for (const latencyMs of latencies) {
        await stores.emulator.setFaults({ latencyMs });
        const bytes = await fileOf(`Importerad aktivitet (${latencyMs} ms)`);
        await readWorkbook(bytes); // warm-up (exceljs's first load), not timed
        const started = performance.now();
        const read = await readWorkbook(bytes);
        const readMs = performance.now() - started;
        if (!read.ok) throw new Error(read.message);
        const first = await timedImport(stores, bytes);
        const again = await timedImport(stores, bytes);
        rows.push([
          latencyMs,
          first.outcome.created,
          Math.round(readMs),
          first.requests,
          Math.round(first.ms),
          again.outcome.unchanged,
          again.requests,
          Math.round(again.ms),
        ]);
      }
      await stores.emulator.setFaults({ latencyMs: 0 });
      const snapshot = await stores.store.loadPlan();
      if (!snapshot.ok) throw new Error(snapshot.error.message);
      const started = performance.now();
      await writeTemplate(basisOf(snapshot.value));
      templateMs = performance.now() - started;
    } finally {
      await stores.close();
    }
    return [
      {
        title: `Excel import: ${size} new activities, then the same file again`,
        columns: [
          'latency ms',
          'created',
          'read .xlsx ms',
          'import round trips',
          'import ms',
          're-import unchanged',
          're-import round trips',
          're-import ms',
        ],
        rows,
        notes: [
          'Round trips counted by the emulator from the plan read on (one loadPlan, then the writes in $batches of 20, up to 4 in flight).',
          `Target: ${size} rows in at most 20 round trips; the same file again writes nothing (only the plan read).`,
          `Writing the template of the plan after both imports (${14 + 2 * size} activities): ${Math.round(templateMs)} ms.`,
        ],
      },
    ];
  },
};
