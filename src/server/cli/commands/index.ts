import type { Command } from '../command.js';
import { calendarCommand } from './calendar.js';
import { emulatorCommand } from './emulator.js';
import { packageCommand } from './package.js';
import { planCommand } from './plan.js';
import { provisionCommand } from './provision.js';
import { remindCommand } from './remind.js';
import { seedCommand } from './seed.js';
import { serveCommand } from './serve.js';
import { startCommand } from './start.js';

/** Every command of the `aktivitetsplan` entry, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  startCommand,
  serveCommand,
  calendarCommand,
  planCommand,
  packageCommand,
  emulatorCommand,
  provisionCommand,
  seedCommand,
  remindCommand,
];
