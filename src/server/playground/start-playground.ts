import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { PlaygroundConfig } from './playground-config.js';
import { playgroundYaml } from './playground-yaml.js';

/**
 * Starts the Microsoft 365 Agents Playground (`@microsoft/m365agentsplayground`, offline) as a
 * child process pointed at the bot: `TEAMSAPPTESTER_BROWSER=none` (it would otherwise try to
 * open a browser and exit where there is none), telemetry off, Swedish locale. With `config` the
 * mock tenant is written to `configPath` first (only when it changed).
 */

export type StartPlaygroundOptions = {
  /** The bot's messaging endpoint, e.g. `http://127.0.0.1:3978/api/messages`. */
  readonly botEndpoint: string;
  /** Default 56150; 0 lets the Playground pick a free port. */
  readonly port?: number;
  readonly config?: PlaygroundConfig;
  /** Default `.m365agentsplayground.yml` in the working directory. */
  readonly configPath?: string;
  /** Default `devTools/m365agentsplayground.log` in the working directory (gitignored). */
  readonly logFile?: string;
  /** A CA the Playground must trust to reach an https bot endpoint (NODE_EXTRA_CA_CERTS). */
  readonly caFile?: string;
  /** The Playground's process locale (its UI's dates); default Swedish. */
  readonly lang?: string;
  readonly startTimeoutMs?: number;
};

export type RunningPlayground = {
  /** Open this in a browser: `http://localhost:PORT`. */
  readonly url: string;
  readonly port: number;
  /** The Playground's mock Bot Connector, the service URL for proactive posts. */
  readonly connectorUrl: string;
  readonly pid: number;
  stop(): Promise<void>;
};

const defaultPlaygroundPort = 56150;

export function playgroundCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@microsoft/m365agentsplayground/package.json')), 'cli.js');
}

async function writeConfig(path: string, config: PlaygroundConfig): Promise<void> {
  const text = playgroundYaml(config);
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current !== text) await writeFile(path, text, 'utf8');
}

function childEnv(
  options: StartPlaygroundOptions,
  configPath: string,
  logFile: string,
): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _loader, ...env } = process.env;
  const lang = options.lang ?? 'sv_SE.UTF-8';
  return {
    ...env,
    TEAMSAPPTESTER_BROWSER: 'none',
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    LANG: lang,
    LC_ALL: lang,
    ...(options.caFile ? { NODE_EXTRA_CA_CERTS: options.caFile } : {}),
  };
}

function listening(child: ChildProcess, timeoutMs: number, logFile: string): Promise<number> {
  return new Promise((resolvePort, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`Agents Playground ${why}: ${output.trim().slice(-500)} (log: ${logFile})`));
    };
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = /Listening on (\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePort(Number(match[1]));
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => fail(`exited with code ${code}`));
    child.once('error', (error) => fail(error.message));
  });
}

async function ready(url: string, timeoutMs: number): Promise<void> {
  const until = performance.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`${url}/_internal/v1/config`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    if (performance.now() > until) throw new Error(`Agents Playground at ${url} does not answer`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      const force = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(force);
        done();
      });
      child.kill('SIGTERM');
    });
}

export async function startPlayground(options: StartPlaygroundOptions): Promise<RunningPlayground> {
  const configPath = resolve(options.configPath ?? '.m365agentsplayground.yml');
  const logFile = resolve(options.logFile ?? join('devTools', 'm365agentsplayground.log'));
  await mkdir(dirname(logFile), { recursive: true });
  if (options.config) await writeConfig(configPath, options.config);
  const port = options.port ?? defaultPlaygroundPort;
  const args = [
    playgroundCli(),
    '-e',
    options.botEndpoint,
    '-c',
    'msteams',
    '-p',
    String(port),
    '--dt',
  ];
  const child = spawn(process.execPath, args, {
    cwd: dirname(configPath),
    env: childEnv(options, configPath, logFile),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = stopper(child);
  try {
    const timeout = options.startTimeoutMs ?? 30_000;
    const actual = await listening(child, timeout, logFile);
    const url = `http://localhost:${actual}`;
    await ready(url, timeout);
    return { url, port: actual, connectorUrl: `${url}/_connector`, pid: child.pid ?? 0, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
