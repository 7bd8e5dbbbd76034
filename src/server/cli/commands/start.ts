import { fileURLToPath } from 'node:url';
import { systemClock } from '../../system-clock.js';
import { defaultDataDir, startLocal } from '../../local/start-local.js';
import { UsageError, parseCommandArgs, type Command } from '../command.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

function port(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new UsageError(`${flag} must be a port number 0–65535 (0 picks a free port)`);
  }
  return n;
}

export const startCommand: Command = {
  name: 'start',
  summary:
    'Start the app locally on its embedded default (the Graph emulator with the seeded plan).',
  usage: `Usage: aktivitetsplan start [--data DIR] [--emulator-port N] [--tab-port N] [--bot-port N]
                          [--playground-port N] [--no-playground] [--no-scheduler]

Starts the local Graph emulator (data kept under --data, default .data/), provisions the
SharePoint lists and writes the seeded plan on first run, builds the tab if its sources changed,
and serves it over HTTPS with the app's API; starts the bot, the Microsoft 365 Agents Playground
(the local Teams client, with every department linked to a channel of its mock team) and the
reminder scheduler (weekdays 08:30 Europe/Stockholm, and once at start). Prints one 'Name: address' line per service, then 'Ready.'.
Stop with Ctrl+C; everything acknowledged is kept for the next start.

Options:
  --data DIR           data folder (default .data)
  --emulator-port N    the Graph emulator's HTTPS port (default 8443; 0 picks a free port)
  --tab-port N         the tab's HTTPS port (default 53000; 0 picks a free port)
  --bot-port N         the bot's HTTP port on 127.0.0.1 (default 3978; 0 picks a free port)
  --playground-port N  the Agents Playground's port (default 56150; 0 picks a free port)
  --no-playground      don't start the Playground
  --no-scheduler       don't run reminders in process
  -h, --help           show this help`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, {
      data: { type: 'string' },
      'emulator-port': { type: 'string' },
      'tab-port': { type: 'string' },
      'bot-port': { type: 'string' },
      'playground-port': { type: 'string' },
      'no-playground': { type: 'boolean' },
      'no-scheduler': { type: 'boolean' },
    });
    const local = await startLocal({
      root,
      dataDir: values.data ?? defaultDataDir(root),
      emulatorPort: port(values['emulator-port'], 8443, '--emulator-port'),
      tabPort: port(values['tab-port'], 53000, '--tab-port'),
      botPort: port(values['bot-port'], 3978, '--bot-port'),
      playgroundPort: values['no-playground']
        ? false
        : port(values['playground-port'], 56150, '--playground-port'),
      scheduler: !values['no-scheduler'],
      clock: systemClock,
      log: (line) => io.err(line),
      announce: (name, address) => io.out(`${name}: ${address}`),
    });
    io.out('Ready.');
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    io.err('Stänger…');
    await local.close();
    return 0;
  },
};
