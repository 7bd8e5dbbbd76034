import type { Command } from '../command.js';

/**
 * Every command of the `aktivitetsplan` entry, in the order `--help` lists them. Each module is
 * loaded only when its command runs, so `serve` in production never loads what only
 * development commands need (Vite, the icon drawer, the package validator).
 */
export type CommandEntry = {
  readonly name: string;
  readonly summary: string;
  load(): Promise<Command>;
};

export const commands: readonly CommandEntry[] = [
  {
    name: 'start',
    summary:
      'Start the app locally on its embedded default (the Graph emulator with the seeded plan).',
    load: async () => (await import('./start.js')).startCommand,
  },
  {
    name: 'serve',
    summary: 'Run the app for a tenant: the bot, the tab and its API, the reminder timer.',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'calendar',
    summary: 'Show the follow-up rounds and their reminder dates (Swedish table or --json).',
    load: async () => (await import('./calendar.js')).calendarCommand,
  },
  {
    name: 'plan',
    summary: 'Print the seeded plan as a tree (Swedish), or its data with --json.',
    load: async () => (await import('./plan.js')).planCommand,
  },
  {
    name: 'package',
    summary: 'Build and validate the Teams app package for an environment (env/.env.<name>).',
    load: async () => (await import('./package.js')).packageCommand,
  },
  {
    name: 'emulator',
    summary: 'Run the local Microsoft Graph emulator (HTTPS, SQLite under .data/).',
    load: async () => (await import('./emulator.js')).emulatorCommand,
  },
  {
    name: 'provision',
    summary:
      'Create or update the SharePoint lists, views and formatting of the site schema (manifest/).',
    load: async () => (await import('./provision.js')).provisionCommand,
  },
  {
    name: 'seed',
    summary:
      'Write the seeded plan into a provisioned site (only what is missing; never overwrites).',
    load: async () => (await import('./seed.js')).seedCommand,
  },
  {
    name: 'remind',
    summary: 'Post the reminder cards that are due (once each), and the working group summary.',
    load: async () => (await import('./remind.js')).remindCommand,
  },
  {
    name: 'import',
    summary: 'Write the Excel template of the plan, or import activities from a filled-in one.',
    load: async () => (await import('./import.js')).importCommand,
  },
];
