import { performance } from 'node:perf_hooks';
import { runReminders } from '../../src/app/use-cases/run-reminders.js';
import { fixedClock } from '../../src/domain/clock.js';
import { reminderRunDeps, systemTimer } from '../../src/server/functions/reminder-run.js';
import { emulatorWorld } from '../../tests/app/reminders/emulator-world.js';
import { RecordingPoster } from '../../tests/app/reminders/fakes.js';
import type { BenchSection, BenchTable } from '../section.js';

/**
 * One reminder run over 290 departments × 20 activities on the Graph emulator (the opening
 * stage: every department gets a card), posting to an in-process recording poster. The lower
 * bound is what the post rate allows: posts / rate.
 */

const departments = 290;
const activitiesPerDepartment = 20;
const postsPerSecond = 10;
/** Two stages, so one provisioned site serves both measurements: every department gets each. */
const stages = [
  { latencyMs: 0, now: new Date('2027-01-08T08:30:00+01:00') },
  { latencyMs: 100, now: new Date('2027-02-12T08:30:00+01:00') },
];

type World = Awaited<ReturnType<typeof emulatorWorld>>;

async function measure(world: World, latencyMs: number, now: Date): Promise<(string | number)[]> {
  await world.emulator.setFaults({ latencyMs });
  await world.emulator.resetStats();
  const poster = new RecordingPoster(systemTimer);
  const deps = reminderRunDeps({
    graph: world.emulator.gateway(),
    site: world.site,
    clock: fixedClock(now),
    poster,
    tabUrl: 'https://localhost:3978/tab/',
    settings: { postsPerSecond },
    timer: systemTimer,
  });
  const started = performance.now();
  const result = await runReminders(deps, { now });
  const wallMs = performance.now() - started;
  if (!result.ok || !result.value.complete) throw new Error('the bench run did not complete');
  const stats = await world.emulator.stats();
  const reads = stats.byRoute.filter((r) => r.method === 'GET' || r.route.includes('$batch'));
  const lowerBoundMs = ((poster.posts.length - 1) / postsPerSecond) * 1000;
  return [
    now.toISOString().slice(0, 10),
    latencyMs,
    stats.total,
    reads.reduce((n, r) => n + r.count, 0),
    poster.posts.length,
    (wallMs / 1000).toFixed(1),
    (lowerBoundMs / 1000).toFixed(1),
    (wallMs / lowerBoundMs).toFixed(2),
  ];
}

export const remindersSection: BenchSection = {
  name: 'reminders',
  async run(): Promise<readonly BenchTable[]> {
    const world = await emulatorWorld({ departments, activitiesPerDepartment });
    const rows: (string | number)[][] = [];
    try {
      for (const stage of stages) rows.push(await measure(world, stage.latencyMs, stage.now));
    } finally {
      await world.close();
    }
    return [
      {
        title: `Reminder run: ${departments} departments × ${activitiesPerDepartment} activities, one run per stage`,
        columns: [
          'stage',
          'emulator latency ms',
          'Graph round trips',
          'of which reads',
          'posts',
          'wall s',
          'lower bound s',
          'wall / lower bound',
        ],
        rows,
        notes: [
          `Configured rate ${postsPerSecond} posts/s, 8 reminders at once, per-thread interval 2 s (each department has its own channel).`,
          'Graph: 1 loadPlan + listForRound (reads, paged) and per reminder one reserve and one record.',
          'Lower bound: (posts − 1) / rate; a ratio near 1 means the run is limited by the pacing only.',
        ],
      },
    ];
  },
};
