import { resolve } from 'node:path';
import { consoleLogger } from '../../../emulator/clock.js';
import { readSeedFile } from '../../../emulator/seed.js';
import { startEmulator } from '../../../emulator/start.js';
import { UsageError, parseCommandArgs, type Command, type CommandIo } from '../command.js';

const usage = `Usage: aktivitetsplan emulator [--port N] [--data FILE] [--latency-ms N]
                              [--throttle-rate R] [--fail-rate R] [--seed FILE] [--require-scope]

Runs the local Microsoft Graph emulator over HTTPS until stopped (Ctrl+C).

Options:
  --port N           port on localhost (default 8443; 0 picks a free port)
  --data FILE        the SQLite file (default .data/graph.sqlite); certificates are kept beside it
  --latency-ms N     added latency per request in milliseconds (default 0)
  --throttle-rate R  share 0..1 of requests answered 429 with Retry-After (default 0)
  --fail-rate R      share 0..1 of requests answered 503 with Retry-After (default 0)
  --seed FILE        JSON seed: tenant, site, users, teams (default: the built-in seed)
  --require-scope    refuse tokens whose scp/roles do not cover the request
  -h, --help         show this help

Example: npm run emulator -- --port 8443 --data .data/graph.sqlite`;

function numberOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
  integer: boolean,
) {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (
    value.trim() === '' ||
    !Number.isFinite(n) ||
    n < min ||
    n > max ||
    (integer && !Number.isInteger(n))
  ) {
    throw new UsageError(
      `${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, not '${value}'`,
    );
  }
  return n;
}

function options(args: readonly string[]) {
  const { values } = parseCommandArgs(args, {
    port: { type: 'string' },
    data: { type: 'string' },
    'latency-ms': { type: 'string' },
    'throttle-rate': { type: 'string' },
    'fail-rate': { type: 'string' },
    seed: { type: 'string' },
    'require-scope': { type: 'boolean' },
  });
  let seed;
  try {
    seed = values.seed === undefined ? undefined : readSeedFile(values.seed);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dataFile = resolve(values.data ?? '.data/graph.sqlite');
  return {
    port: numberOption('--port', values.port, 0, 65535, true) ?? 8443,
    dataDir: resolve(dataFile, '..'),
    dataFile,
    latencyMs: numberOption('--latency-ms', values['latency-ms'], 0, 60_000, true) ?? 0,
    throttleRate: numberOption('--throttle-rate', values['throttle-rate'], 0, 1, false) ?? 0,
    failRate: numberOption('--fail-rate', values['fail-rate'], 0, 1, false) ?? 0,
    requireScopes: values['require-scope'] === true,
    ...(seed ? { seed } : {}),
  };
}

function waitForSignal(): Promise<string> {
  return new Promise((done) => {
    const stop = (signal: string) => done(signal);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

async function run(args: readonly string[], io: CommandIo): Promise<number> {
  const opts = options(args);
  let emulator;
  try {
    emulator = await startEmulator({ ...opts, logger: consoleLogger(io.err) });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'EADDRINUSE')
      throw new UsageError(
        `port ${opts.port} is in use; choose another with --port (0 picks a free one)`,
      );
    if (code === 'EACCES')
      throw new UsageError(`cannot listen on port ${opts.port} or write ${opts.dataFile}`);
    throw new UsageError(`cannot start: ${(error as Error).message}`);
  }
  io.out(`Graph emulator listening on ${emulator.url}`);
  io.out(
    `CA certificate: ${emulator.caFile} (trust it with NODE_EXTRA_CA_CERTS=${emulator.caFile})`,
  );
  await waitForSignal();
  await emulator.close();
  return 0;
}

export const emulatorCommand: Command = {
  name: 'emulator',
  summary: 'Run the local Microsoft Graph emulator (HTTPS, SQLite under .data/).',
  usage,
  run,
};
