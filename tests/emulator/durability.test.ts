import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Agent } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDevToken } from '../../src/emulator/auth/dev-token.js';
import { defaultSeed } from '../../src/emulator/seed.js';
import { startEmulator } from '../../src/emulator/start.js';

const dir = mkdtempSync(join(tmpdir(), 'graph-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const user = defaultSeed.users[0]!;
const token = makeDevToken({ oid: user.id, name: user.displayName, upn: user.userPrincipalName });
const payload = 'x'.repeat(2000);
type Running = { url: string; kill: () => Promise<void> };

/** Starts `aktivitetsplan emulator` as a child process and waits for its address line. */
function spawnEmulator(): Promise<Running> {
  const args = [
    '--import',
    'tsx',
    'src/server/cli/main.ts',
    'emulator',
    '--port',
    '0',
    '--data',
    join(dir, 'graph.sqlite'),
  ];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    return exited;
  };
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`emulator exited early with ${code}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const m = /^Graph emulator listening on (https:\/\/\S+)$/.exec(line);
      if (m) resolve({ url: m[1]!, kill });
    });
  });
}

/** Writes from four workers (creates, and every fifth item an update) until killed. */
async function writeUntilKilled(
  running: Running,
): Promise<{ items: string; acknowledged: Map<string, number> }> {
  const dispatcher = new Agent({
    connect: { ca: readFileSync(join(dir, 'graph-emulator-ca.pem'), 'utf8') },
  });
  const call = (path: string, method: string, body?: unknown) =>
    fetch(`${running.url}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
      dispatcher,
    } as RequestInit);
  const site = (await (
    await call(`/sites/${defaultSeed.site.hostname}:${defaultSeed.site.path}`, 'GET')
  ).json()) as { id: string };
  const created = await call(`/sites/${site.id}/lists`, 'POST', {
    displayName: 'Durable',
    columns: [
      { name: 'Seq', number: {}, indexed: true },
      { name: 'Payload', text: { allowMultipleLines: true } },
    ],
  });
  expect(created.status).toBe(201);
  const items = `/sites/${site.id}/lists/Durable/items`;
  const acknowledged = new Map<string, number>();
  let stop = false;
  const worker = async (w: number) => {
    for (let n = 0; !stop; n++) {
      const title = `w${w}-${n}`;
      try {
        const response = await call(items, 'POST', {
          fields: { Title: title, Seq: n, Payload: payload },
        });
        if (response.status !== 201) continue;
        acknowledged.set(title, n);
        if (n % 5 !== 4) continue;
        const item = (await response.json()) as { id: string };
        const patched = await call(`${items}/${item.id}/fields`, 'PATCH', { Seq: n + 1000 });
        if (patched.status === 200) acknowledged.set(title, n + 1000);
      } catch {
        return;
      }
    }
  };
  const workers = [0, 1, 2, 3].map(worker);
  while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 10));
  await running.kill();
  stop = true;
  await Promise.all(workers);
  await dispatcher.close();
  return { items, acknowledged };
}

describe('durability', () => {
  it(
    'keeps every acknowledged write and no half-written item across kill -9',
    { timeout: 60_000 },
    async () => {
      const running = await spawnEmulator();
      let written: Awaited<ReturnType<typeof writeUntilKilled>>;
      try {
        written = await writeUntilKilled(running);
      } finally {
        await running.kill();
      }
      const restarted = await startEmulator({ dataDir: dir });
      const dispatcher = new Agent({ connect: { ca: restarted.caPem } });
      try {
        const stored = new Map<string, { Seq?: number; Payload?: string }>();
        let next: string | undefined = `${restarted.url}${written.items}?$expand=fields&$top=5000`;
        while (next) {
          const response = await fetch(next, {
            headers: { Authorization: `Bearer ${token}` },
            dispatcher,
          } as RequestInit);
          const page = (await response.json()) as {
            value: { fields: { Title: string; Seq?: number; Payload?: string } }[];
            '@odata.nextLink'?: string;
          };
          for (const item of page.value) stored.set(item.fields.Title, item.fields);
          next = page['@odata.nextLink'];
        }
        expect(written.acknowledged.size).toBeGreaterThanOrEqual(150);
        for (const [title, seq] of written.acknowledged)
          expect(stored.get(title)?.Seq, title).toBe(seq);
        for (const fields of stored.values()) {
          expect(fields.Payload).toBe(payload);
          expect(typeof fields.Seq).toBe('number');
        }
      } finally {
        await restarted.close();
        await dispatcher.close();
      }
    },
  );
});
