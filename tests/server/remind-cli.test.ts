import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spawnRemind, remindArgs, bundleCli } from '../app/reminders/cli-harness.js';
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
 * `aktivitetsplan remind` as a process, against the Graph emulator, posting through the bot's
 * ChannelPoster to a recording Bot Connector: dry run, a run and a second run, a department
 * without a channel, and two runs at once.
 */

const departments = 6;
const opening = '2027-01-08T08:30:00+01:00';
let world: EmulatorWorld;
let connector: RecordingConnector;

beforeAll(async () => {
  world = await emulatorWorld({ departments, activitiesPerDepartment: 2, unlinked: ['forv-006'] });
  const dir = dirname(world.emulator.emulator.caFile);
  connector = await startRecordingConnector({
    tls: {
      key: readFileSync(join(dir, 'graph-emulator-key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'graph-emulator-cert.pem'), 'utf8'),
    },
  });
  await linkChannels(world, departments, connector.serviceUrl, ['forv-006']);
  bundleCli();
}, 120_000);

afterAll(async () => {
  await connector?.close();
  await world?.close();
});

const run = (extra: string[], viaTsx = false) =>
  spawnRemind(
    remindArgs(world, connector, ['--rate', '50', ...extra]),
    world.emulator.emulator.caFile,
    viaTsx,
  ).done;

async function storedStates() {
  const listed = await world.reminders.listForRound('annual-2026');
  if (!listed.ok) throw new Error(listed.error.message);
  return listed.value.map((r) => `${r.departmentId}:${r.stage}:${r.state}`).sort();
}

describe('npm run remind', () => {
  it('prints what a dry run would post and changes nothing', async () => {
    const done = await run(['--now', opening, '--dry-run'], true);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(1);
    expect(done.stdout).toContain('torrkörning');
    expect(done.stdout).toContain('Förvaltning 1 – Omgången öppnar: skulle skickas');
    expect(done.stdout).toContain(
      'Förvaltning 6 – Omgången öppnar: kan inte nås (ingen kanal kopplad)',
    );
    expect(connector.posts).toHaveLength(0);
    expect(await storedStates()).toEqual([]);
  }, 60_000);

  it('posts every due card once, reports the department it cannot reach, and posts nothing new again', async () => {
    const first = await run(['--now', opening]);
    expect(first.code).toBe(1);
    expect(first.stdout).toContain(
      'Förvaltning 6 – Omgången öppnar: kan inte nås (ingen kanal kopplad)',
    );
    const keys = [...connector.countByKey().entries()].sort();
    expect(keys).toEqual([
      ...['001', '002', '003', '004', '005'].map((d) => [`annual-2026|forv-${d}|opening`, 1]),
      ['annual-2026|workingGroup|opening', 1],
    ]);
    const summary = JSON.stringify(
      connector.posts.find((p) => p.key?.includes('workingGroup'))?.card,
    );
    expect(summary).toContain('Förvaltning 6');
    const second = await run(['--now', opening, '--json']);
    const result = JSON.parse(second.stdout) as { reminders: { outcome: string }[] };
    expect(result.reminders.map((r) => r.outcome).sort()).toEqual([
      ...Array<string>(6).fill('alreadySent'),
      'noChannel',
    ]);
    expect(connector.posts).toHaveLength(6);
  }, 60_000);

  it('posts each card once when two runs start at the same moment', async () => {
    const now = '2027-02-12T08:30:00+01:00';
    const [a, b] = await Promise.all([run(['--now', now]), run(['--now', now])]);
    expect([a.code, b.code]).toEqual([1, 1]);
    const twoWeeks = [...connector.countByKey()].filter(([key]) => key.endsWith('|twoWeeks'));
    expect(twoWeeks.map(([, n]) => n)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(await storedStates()).toContain('forv-001:twoWeeks:sent');
  }, 60_000);

  it('refuses an unknown department and a bad moment with exit code 2', async () => {
    const unknown = await run(['--department', 'Finns inte']);
    expect(unknown.code).toBe(2);
    const bad = await run(['--now', 'igår']);
    expect([bad.code, bad.stderr.trim()]).toEqual([
      2,
      "aktivitetsplan remind: --now must be an ISO 8601 date-time with offset, e.g. 2027-02-23T08:30:00+01:00, not 'igår'",
    ]);
  }, 60_000);
});
