import { seedPlan } from '../../../domain/seed/seed-plan.js';
import { failureText } from '../../../app/result.js';
import { seedSite } from '../../../graph/seed/seed-site.js';
import { loadBundledManifest } from '../../../graph/site-schema/manifest.js';
import { openSite } from '../../../graph/store/site-ref.js';
import { parseCommandArgs, type Command } from '../command.js';
import { connect, connectionOptions, connectionUsage } from './provision.js';

const listNamesSv: Readonly<Record<string, string>> = {
  Departments: 'förvaltningar',
  Goals: 'mål',
  Plans: 'planer',
  DevelopmentAreas: 'utvecklingsområden',
  FollowUpRounds: 'uppföljningsomgångar',
  Activities: 'aktiviteter',
  FollowUps: 'uppföljningar',
};

export const seedCommand: Command = {
  name: 'seed',
  summary:
    'Write the seeded plan into a provisioned site (only what is missing; never overwrites).',
  usage: `Usage: aktivitetsplan seed --site URL [--graph-url URL] [--dev-user NAME] [--ca-file FILE]

Writes the seeded plan (Aktivitetsplan hedersrelaterat våld och förtryck, its action plan, goals,
departments, development areas and example activities) into a site that 'provision' has set up.
Only what is missing is added, by each record's key; what users changed is left alone, so running
it again writes nothing.

Options:
${connectionUsage}`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, connectionOptions);
    const connection = connect(values);
    try {
      const schema = loadBundledManifest().schema;
      const site = await openSite(connection.graph, connection.siteUrl, schema);
      if (!site.ok) {
        io.err(failureText(site.error));
        return 1;
      }
      const clock = { now: () => new Date() };
      const result = await seedSite(
        { graph: connection.graph, site: site.value, schema, clock },
        seedPlan,
      );
      if (!result.ok) {
        io.err(failureText(result.error));
        return 1;
      }
      const created = Object.entries(result.value.created).map(
        ([list, n]) => `${n} ${listNamesSv[list] ?? list}`,
      );
      io.out(`Webbplats: ${site.value.webUrl}`);
      io.out(
        created.length ? `Skapade: ${created.join(', ')}.` : 'Inget nytt: planen fanns redan.',
      );
      io.out(`Fanns redan: ${result.value.existing}.`);
      return 0;
    } finally {
      await connection.close();
    }
  },
};
