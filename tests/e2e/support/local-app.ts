import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm start` as a newcomer runs it, in a child process: `aktivitetsplan start` with a fresh data
 * folder and free ports. Resolves when it prints `Ready.`, with the addresses it announced.
 */

export const root = fileURLToPath(new URL('../../../', import.meta.url));

export type LocalApp = {
  /** `https://localhost:PORT/` */
  readonly tabUrl: string;
  /** Every `Name: address` line printed. */
  readonly addresses: Readonly<Record<string, string>>;
  /** What the process printed on stderr (progress and errors). */
  readonly log: () => string;
  stop(): Promise<void>;
};

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startLocalApp(timeoutMs = 240_000): Promise<LocalApp> {
  const dataDir = await mkdtemp(join(tmpdir(), 'aktivitetsplan-e2e-'));
  const tsx = join(root, 'node_modules', '.bin', 'tsx');
  const child = spawn(
    tsx,
    [
      'src/server/cli/main.ts',
      'start',
      '--data',
      dataDir,
      ...['--emulator-port', '0', '--tab-port', '0', '--bot-port', '0', '--playground-port', '0'],
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } },
  );
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await waitForExit(child, 15_000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 5_000);
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const addresses: Record<string, string> = {};
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start was not ready in time:\n${err}`)),
        timeoutMs,
      );
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`npm start exited with ${String(code)}:\n${err}`));
      });
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        for (const line of out.split('\n')) {
          const match = /^([^:]+): (https?:\/\/\S+)$/.exec(line.trim());
          if (match) addresses[match[1]!] = match[2]!;
        }
        if (/^Ready\.$/m.test(out)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const tabUrl = addresses.Tab;
  if (!tabUrl) {
    await stop();
    throw new Error(`npm start printed no Tab: line:\n${out}`);
  }
  return { tabUrl, addresses, log: () => err, stop };
}
