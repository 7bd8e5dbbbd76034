import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, remindArgs, spawnRemind, type Finished } from '../app/reminders/cli-harness.js';
import {
  emulatorWorld,
  linkChannels,
  type EmulatorWorld,
} from '../app/reminders/emulator-world.js';
import {
  startRecordingConnector,
  type RecordingConnector,
} from '../support/recording-connector.js';

/**
 * Exactly once across crashes: `remind` processes killed with SIGKILL at random points (while
 * starting, reserving, posting, recording; three per stage), then a normal run: every due reminder is posted and
 * none twice, counted per reminder key at the recording connector. Then the same with 30 % of
 * Graph requests throttled and 30 % of posts answered 429, two runs at once and more kills.
 * The emulator adds latency so the kills land between the steps of a delivery.
 */

const departments = 12;
const seed = Number(process.env.REMIND_CRASH_SEED ?? 20_270_108);
const stages = [
  { stage: 'opening', now: '2027-01-08T08:30:00+01:00' },
  { stage: 'twoWeeks', now: '2027-02-12T08:30:00+01:00' },
  { stage: 'threeWorkingDays', now: '2027-02-23T08:30:00+01:00' },
  { stage: 'due', now: '2027-02-26T08:30:00+01:00' },
  { stage: 'overdue-1', now: '2027-03-05T08:30:00+01:00' },
];
const killsPerStage = 3;

let world: EmulatorWorld;
let connector: RecordingConnector;
const kills: { stage: string; postsBefore: number; afterMs: number }[] = [];

function seeded(start: number) {
  let state = start;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    return state / 2 ** 32;
  };
}
const random = seeded(seed);

beforeAll(async () => {
  world = await emulatorWorld({
    departments,
    activitiesPerDepartment: 2,
    emulator: { latencyMs: 25 },
  });
  const dir = dirname(world.emulator.emulator.caFile);
  connector = await startRecordingConnector({
    tls: {
      key: readFileSync(join(dir, 'graph-emulator-key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'graph-emulator-cert.pem'), 'utf8'),
    },
  });
  await linkChannels(world, departments, connector.serviceUrl);
  bundleCli();
}, 180_000);

afterAll(async () => {
  console.log(`remind crash kills (seed ${seed}): ${JSON.stringify(kills)}`);
  console.log(`remind crash: outcomes of the normal runs: ${JSON.stringify(recoveries)}`);
  await connector?.close();
  await world?.close();
});

/**
 * The lease: 1 s while runs only follow each other (so the next run takes over at once). With
 * two live runs at once it must exceed twice the longest post call, as the README says; 5 s
 * under 429s and Graph throttling on this busy machine.
 */
let leaseSeconds = 1;

const args = (now: string) =>
  remindArgs(world, connector, [
    '--now',
    now,
    '--rate',
    '10',
    '--lease-seconds',
    String(leaseSeconds),
  ]);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function postsReach(count: number, done: Promise<Finished>): Promise<boolean> {
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished && connector.posts.length < count) await sleep(2);
  return !finished;
}

/** Spawns a run and kills it: after a random delay, or once it has posted a random number of cards. */
async function killedRun(stage: string, now: string): Promise<void> {
  const started = Date.now();
  const before = connector.posts.length;
  const { child, done } = spawnRemind(args(now), world.emulator.emulator.caFile);
  const alive =
    random() < 0.3
      ? (await sleep(300 + random() * 1200), true)
      : await postsReach(before + Math.floor(random() * remaining(stage)), done);
  if (alive) await sleep(random() * 25);
  child.kill('SIGKILL');
  const finished = await done;
  if (finished.signal === 'SIGKILL') {
    kills.push({
      stage,
      postsBefore: connector.posts.length - before,
      afterMs: Date.now() - started,
    });
  }
}

/** Posts of the stage still to go (at least 1, so a kill can wait for none). */
function remaining(stage: string): number {
  return Math.max(1, departments - countsFor(stage).length);
}

function countsFor(stage: string): number[] {
  return [...connector.countByKey()].filter(([key]) => key.endsWith(`|${stage}`)).map(([, n]) => n);
}

const recoveries: Record<string, number> = {};

/** A run left alone; tallies what it found (e.g. `recovered`: a dead run's post, recorded). */
async function normalRun(now: string): Promise<Finished> {
  await sleep(leaseSeconds * 1000 + 100); // the killed runs' reservations run out
  const done = await spawnRemind([...args(now), '--json'], world.emulator.emulator.caFile).done;
  const result = JSON.parse(done.stdout || '{"reminders":[]}') as {
    reminders: { outcome: string }[];
  };
  for (const { outcome } of result.reminders) recoveries[outcome] = (recoveries[outcome] ?? 0) + 1;
  return done;
}

describe('remind across SIGKILL', () => {
  it(`posts every due reminder exactly once after runs killed at ${String(4 * killsPerStage)} random points`, async () => {
    for (const [index, { stage, now }] of stages.slice(0, 4).entries()) {
      // A run that finished before its kill does not count: try again (it had nothing left);
      // a stage that falls short leaves its kills to the next one.
      const target = (index + 1) * killsPerStage;
      for (let tries = 0; tries < 20 && kills.length < target; tries += 1) {
        await killedRun(stage, now);
      }
      const done = await normalRun(now);
      expect([stage, done.code, done.stderr]).toEqual([stage, 0, '']);
      expect(countsFor(stage)).toEqual(Array<number>(departments).fill(1));
    }
    expect(kills.length).toBe(4 * killsPerStage);
    expect(kills.some((k) => k.postsBefore > 0 && k.postsBefore < departments)).toBe(true);
    const stored = await world.reminders.listForRound('annual-2026');
    if (!stored.ok) throw new Error(stored.error.message);
    expect(stored.value.every((r) => r.state === 'sent')).toBe(true);
    // A reservation taken over from a killed run counts that run's attempt.
    const takenOver = stored.value.filter((r) => r.attempts > 0).length;
    console.log(
      `remind crash: ${takenOver} of ${stored.value.length} reminders were taken over from a killed run`,
    );
    expect(takenOver).toBeGreaterThan(0);
  }, 600_000);

  it('posts every reminder exactly once under 30 % Graph throttling and connector 429s', async () => {
    const { stage, now } = stages[4]!;
    await world.emulator.setFaults({ throttleRate: 0.3, retryAfterSeconds: 0 });
    connector.faults.throttleRate = 0.3;
    connector.faults.retryAfterSeconds = 1;
    leaseSeconds = 5;
    try {
      const overlapping = [
        spawnRemind(args(now), world.emulator.emulator.caFile).done,
        killedRun(stage, now),
      ];
      await Promise.all(overlapping);
      await killedRun(stage, now);
      const done = await normalRun(now);
      expect([done.code, done.stderr]).toEqual([0, '']);
    } finally {
      await world.emulator.setFaults({ throttleRate: 0 });
      connector.faults.throttleRate = 0;
    }
    expect(connector.throttled()).toBeGreaterThan(0);
    expect(countsFor(stage)).toEqual(Array<number>(departments).fill(1));
  }, 300_000);
});
