import type { Command } from '../command.js';
import { parseCommandArgs } from '../command.js';

export const startCommand: Command = {
  name: 'start',
  summary:
    'Start the app locally on its embedded default (the Graph emulator with the seeded plan).',
  usage: 'Usage: aktivitetsplan start',
  run(args, io) {
    parseCommandArgs(args, {});
    io.out('Aktivitetsplan: the local app is being built; see README.md.');
    io.out('Ready.');
    return Promise.resolve(0);
  },
};
