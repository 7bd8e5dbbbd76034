import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../../src/domain/clock.js';
import { createCalendarCommand } from '../../../src/server/cli/commands/calendar.js';
import { UsageError } from '../../../src/server/cli/command.js';

const run = promisify(execFile);

type Outcome = { code: number; stdout: string; stderr: string };

async function cli(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(
      'npx',
      ['tsx', 'src/server/cli/main.ts', 'calendar', ...args],
      {
        encoding: 'utf8',
        // A zone far from Stockholm: the calendar must not depend on the machine's time zone.
        env: { ...process.env, TZ: 'Pacific/Kiritimati' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

async function inProcess(args: string[], now = '2026-06-15T10:00:00Z') {
  const out: string[] = [];
  const err: string[] = [];
  const command = createCalendarCommand(fixedClock(new Date(now)));
  const code = await command.run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

const sortedKeys = (value: object) => Object.keys(value).sort();

describe('aktivitetsplan calendar (a spawned process)', () => {
  it('prints exactly one JSON object with the promised keys', async () => {
    const { code, stdout, stderr } = await cli(
      '--from',
      '2026-01-01',
      '--to',
      '2031-12-31',
      '--json',
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const parsed = JSON.parse(stdout) as { rounds: Record<string, unknown>[] };
    expect(sortedKeys(parsed)).toEqual(['rounds']);
    expect(parsed.rounds.map((r) => r.title)).toEqual([
      'Årsuppföljning 2025',
      'Årsuppföljning 2026',
      'Mandatperiodsuppföljning 2027',
      'Årsuppföljning 2027',
      'Årsuppföljning 2028',
      'Årsuppföljning 2029',
      'Årsuppföljning 2030',
      'Mandatperiodsuppföljning 2031',
    ]);
    for (const round of parsed.rounds) {
      expect(sortedKeys(round)).toEqual([
        'closesOn',
        'dueOn',
        'kind',
        'opensOn',
        'period',
        'reminders',
        'title',
      ]);
      expect(sortedKeys(round.period as object)).toEqual(['end', 'start']);
      for (const reminder of round.reminders as object[]) {
        expect(sortedKeys(reminder)).toEqual(['at', 'stage']);
      }
    }
    expect(parsed.rounds[1]).toMatchObject({
      kind: 'annual',
      period: { start: '2026-01-01', end: '2026-12-31' },
      opensOn: '2027-01-08',
      dueOn: '2027-02-26',
      closesOn: '2027-03-31',
    });
    expect((parsed.rounds[1]!.reminders as object[])[0]).toEqual({
      stage: 'opening',
      at: '2027-01-08T08:30:00+01:00',
    });
  });

  it('refuses a wrong flag, an impossible or malformed date and a reversed range with exit 2', async () => {
    const outcomes = await Promise.all([
      cli('--form', '2026-01-01'),
      cli('--from', '2026-02-30'),
      cli('--from', '2026-1-1'),
      cli('--from', '2027-01-01', '--to', '2026-01-01'),
    ]);
    for (const { code, stdout, stderr } of outcomes) {
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(outcomes.map((o) => o.stderr.trim())).toEqual([
      'aktivitetsplan calendar: unknown option --form',
      "aktivitetsplan calendar: --from must be an existing date written YYYY-MM-DD, not '2026-02-30'",
      "aktivitetsplan calendar: --from must be an existing date written YYYY-MM-DD, not '2026-1-1'",
      'aktivitetsplan calendar: --from (2027-01-01) is after --to (2026-01-01)',
    ]);
  });
});

describe('calendarCommand', () => {
  it('prints a Swedish table with Swedish dates and stage names', async () => {
    const { code, out } = await inProcess(['--from', '2027-01-01', '--to', '2027-12-31']);
    expect(code).toBe(0);
    expect(out).toContain('Uppföljningsomgångar som öppnar 1 januari 2027 – 31 december 2027');
    expect(out).toMatch(/Årsuppföljning 2026\n {2}Period +1 januari 2026 – 31 december 2026/);
    expect(out).toMatch(/Sista svarsdag +fredag 26 februari 2027/);
    expect(out).toMatch(
      /Tre arbetsdagar kvar +tisdag 23 februari 2027 +kl\. 08\.30 normaltid \(UTC\+01:00\)/,
    );
    expect(out).toMatch(
      /Försenad, påminnelse 4 +tisdag 30 mars 2027 +kl\. 08\.30 sommartid \(UTC\+02:00\)/,
    );
    expect(out).toContain('Mandatperiodsuppföljning 2027');
  });

  it('says so when no round opens in the range', async () => {
    const { out } = await inProcess(['--from', '2027-04-01', '--to', '2027-12-31']);
    expect(out).toBe('Ingen uppföljningsomgång öppnar 1 april 2027 – 31 december 2027.');
  });

  it('defaults to today in Stockholm and five years on', async () => {
    const { out } = await inProcess(['--json'], '2026-12-31T23:30:00Z');
    const titles = (JSON.parse(out) as { rounds: { title: string; opensOn: string }[] }).rounds;
    expect(titles[0]).toMatchObject({ title: 'Årsuppföljning 2026', opensOn: '2027-01-08' });
    expect(titles.at(-1)).toMatchObject({ title: 'Mandatperiodsuppföljning 2031' });
    const fromOnly = await inProcess(['--from', '2030-01-01', '--json']);
    const last = (JSON.parse(fromOnly.out) as { rounds: { opensOn: string }[] }).rounds.at(-1);
    expect(last?.opensOn).toBe('2034-01-09'); // annual 2034 opens 2035-01-08, after 2035-01-01
  });

  it('refuses dates outside 2000–2199', async () => {
    await expect(inProcess(['--to', '2200-01-01'])).rejects.toThrow(UsageError);
    await expect(inProcess(['--from', '1999-12-31'])).rejects.toThrow(/2000–2199/);
  });
});
