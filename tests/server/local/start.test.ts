import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';

type Started = { child: ChildProcess; lines: string[]; errors: string[] };

function start(dataDir: string): Promise<Started> {
  const child = spawn(
    'npx',
    [
      'tsx',
      'src/server/cli/main.ts',
      'start',
      '--data',
      dataDir,
      '--emulator-port',
      '0',
      '--tab-port',
      '0',
      '--bot-port',
      '0',
      '--playground-port',
      '0',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  const lines: string[] = [];
  const errors: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
      if (parts.includes('Ready.')) resolve({ child, lines, errors });
    });
    child.once('exit', (code) => reject(new Error(`start exited ${code}: ${errors.join('')}`)));
  });
}

function stop(started: Started): Promise<number | null> {
  return new Promise((resolve) => {
    started.child.once('exit', (code) => resolve(code));
    process.kill(-started.child.pid!, 'SIGTERM');
  });
}

function devToken(claims: Record<string, unknown>): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

// `npm start` runs on the machine's clock: from 31 March 2027 on this round is past and opens
// only with the working group's confirmation, which is harmless before then.
const openRound = JSON.stringify({
  confirmPast: true,
  kind: 'annual',
  title: 'Årsuppföljning 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  opensOn: '2027-01-08',
  dueOn: '2027-02-26',
  closesOn: '2027-03-31',
});
let opened = '';

const dataDir = mkdtempSync(join(tmpdir(), 'aktivitetsplan-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start', () => {
  it('prints one Name: address line per service then Ready., serves the tab, its API and Graph, and keeps data across a restart', async () => {
    const first = await start(dataDir);
    try {
      const names = first.lines.map((l) => l.split(': ')[0]);
      expect(names).toEqual(['Graph emulator', 'Tab', 'Bot', 'Agents Playground', 'Ready.']);
      expect(first.lines[0]).toMatch(/^Graph emulator: https:\/\/localhost:\d+\/v1\.0$/);
      const tab = first.lines[1]!.slice('Tab: '.length);
      const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
      const get = (path: string, token?: string) =>
        fetch(new URL(path, tab), {
          dispatcher,
          headers: token ? { authorization: `Bearer ${token}` } : {},
        } as RequestInit);
      const config = (await (await get('config.json')).json()) as {
        mode: string;
        demoUsers: { id: string; name: string; role: string }[];
      };
      expect(config.mode).toBe('local');
      const member = config.demoUsers.find((u) => u.role === 'workingGroup')!;
      const token = devToken({
        aud: 'aktivitetsplan',
        oid: member.id,
        name: member.name,
        exp: 2e9,
      });
      const me = (await (await get('api/me', token)).json()) as { isWorkingGroup: boolean };
      expect(me.isWorkingGroup).toBe(true);
      expect((await get('api/me')).status).toBe(401);
      expect(await (await get('')).text()).toContain('<div id="root">');
      const round = await fetch(new URL('api/rounds', tab), {
        dispatcher,
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: openRound,
      } as RequestInit);
      expect(round.status).toBe(201);
      opened = ((await round.json()) as { round: { version: string } }).round.version;
      await dispatcher.close();
    } finally {
      await stop(first);
    }
    const second = await start(dataDir);
    try {
      const tab = second.lines[1]!.slice('Tab: '.length);
      const dispatcher = new Agent({ connect: { rejectUnauthorized: false } });
      const config = (await (
        await fetch(new URL('config.json', tab), { dispatcher } as RequestInit)
      ).json()) as { demoUsers: { id: string; name: string; role: string }[] };
      const member = config.demoUsers.find((u) => u.role === 'workingGroup')!;
      const token = devToken({
        aud: 'aktivitetsplan',
        oid: member.id,
        name: member.name,
        exp: 2e9,
      });
      const again = await fetch(new URL('api/rounds', tab), {
        dispatcher,
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: openRound,
      } as RequestInit);
      // Opening it again is refused with the round as stored before the restart.
      expect(again.status).toBe(409);
      const stored = (await again.json()) as { error: { current: unknown } };
      expect(stored.error.current).toMatchObject({ state: 'open', version: opened });
      await dispatcher.close();
    } finally {
      await stop(second);
    }
  }, 300_000);
});
