import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import type { EmulatorWorld } from './emulator-world.js';
import type { RecordingConnector } from '../../support/recording-connector.js';

/**
 * Runs `aktivitetsplan remind` as a child process. The CLI's own sources are bundled once with
 * esbuild (packages stay external, loaded from node_modules as usual), because starting tsx for
 * each of the crash test's two dozen processes costs seconds each on a busy machine. `viaTsx`
 * runs it exactly as `npm run remind` does.
 */

const root = resolve(import.meta.dirname, '../../..');
const bundle = join(root, 'node_modules/.cache/aktivitetsplan-remind-test/main.mjs');
let bundled = false;

export function bundleCli(): string {
  if (!bundled) {
    mkdirSync(dirname(bundle), { recursive: true });
    buildSync({
      entryPoints: [join(root, 'src/server/cli/main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      target: 'node20',
      outfile: bundle,
      logLevel: 'error',
    });
    bundled = true;
  }
  return bundle;
}

export type Finished = {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
};

export type Spawned = { readonly child: ChildProcess; readonly done: Promise<Finished> };

export function spawnRemind(args: readonly string[], caFile: string, viaTsx = false): Spawned {
  const command = viaTsx
    ? ['--import', 'tsx', join(root, 'src/server/cli/main.ts'), 'remind', ...args]
    : [bundleCli(), 'remind', ...args];
  const child = spawn(process.execPath, command, {
    cwd: root,
    env: {
      ...process.env,
      NODE_EXTRA_CA_CERTS: caFile,
      AKTIVITETSPLAN_TAB_URL: 'https://localhost:53000/',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Finished>((resolveDone) => {
    child.on('close', (code, signal) => resolveDone({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** The graph options that point the CLI at the test's emulator and the recording connector. */
export function remindArgs(
  world: EmulatorWorld,
  connector: RecordingConnector,
  extra: readonly string[] = [],
): string[] {
  return [
    '--graph-url',
    world.emulator.emulator.url,
    '--site',
    'https://kommun.sharepoint.com/sites/aktivitetsplan',
    '--dev-user',
    'Aktivitetsplan (app)',
    '--ca-file',
    world.emulator.emulator.caFile,
    '--messages-graph-url',
    connector.graphUrl,
    ...extra,
  ];
}
