import { isDeepStrictEqual } from 'node:util';
import type { Result } from '../../../src/app/result.js';
import { answerVersions } from '../../../src/app/use-cases/department-view.js';
import { createUseCases } from '../../../src/app/use-cases/use-cases.js';
import { fixedClock } from '../../../src/domain/clock.js';
import type { Reminder } from '../../../src/domain/model.js';
import type { Graph } from '../../../src/graph/client/gateway.js';
import { seedSite } from '../../../src/graph/seed/seed-site.js';
import type { SiteSchema } from '../../../src/graph/site-schema/schema.js';
import { GraphChannelDirectory } from '../../../src/graph/store/graph-channel-directory.js';
import { GraphPlanStore } from '../../../src/graph/store/graph-plan-store.js';
import { GraphReminderStore } from '../../../src/graph/store/graph-reminder-store.js';
import type { SiteRef } from '../../../src/graph/store/site-ref.js';
import { FakeMembership, people, workingGroupTeam } from '../../app/support/world.js';
import { previousAppGraph } from './previous-app-graph.js';
import { activity, contractData, contractNow } from '../fixtures/plan-data.js';

/** The app's stores over a site, for the manifest the site was provisioned with. */
export function storesFor(graph: Graph, site: SiteRef, schema: SiteSchema) {
  const options = { graph, site, schema, clock: fixedClock(contractNow) };
  return {
    store: new GraphPlanStore(options),
    channels: new GraphChannelDirectory(options),
    reminders: new GraphReminderStore(options),
  };
}

export type Stores = ReturnType<typeof storesFor>;

function must<T>(result: Result<T>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value;
}

/** The department answering in the fill: the one responsible for A2.2. */
export const answeringDepartment = activity('A2.2').responsibleDepartmentId;
const openRoundId = 'annual-2026';
const tenantId = 'aaa9ee38-f34e-47fe-9528-33545119fd0e';

function installation(target: string, teamId: string) {
  return {
    teamId,
    channelId: `19:${target}@thread.tacv2`,
    tenantId,
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelName: `Kanal för ${target}`,
    conversationId: `19:${target}@thread.tacv2`,
  };
}

/**
 * Fills every list of a provisioned site the way the app does in use: the contract plan (four
 * rounds, earlier answers) through seeding; channel installations, links and an unlinked one;
 * a department's answers from the card, one changed again from the tab (two versions); an
 * activity edited from the tab; the department's sign-off (signed off, reopened, signed off
 * again) where the manifest has the list; two reminder reservations, one posted and one failed. Writes go
 * through the use cases and the Graph stores, with the manifest `schema` of the site, writing only
 * the columns that manifest has (previousAppGraph).
 */
export async function fillSite(siteGraph: Graph, site: SiteRef, schema: SiteSchema): Promise<void> {
  const graph = previousAppGraph(siteGraph, site, schema);
  const clock = fixedClock(contractNow);
  must(await seedSite({ graph, site, schema, clock }, contractData()), 'Seeding');
  const stores = storesFor(graph, site, schema);
  const department = answeringDepartment;
  const departmentTeam = `team-${department}`;
  const membership = new FakeMembership({
    [workingGroupTeam]: [people.anna.id],
    [departmentTeam]: [people.cecilia.id],
  });
  const useCases = createUseCases({
    store: stores.store,
    channels: stores.channels,
    membership,
    clock,
    workingGroupTeamId: workingGroupTeam,
  });
  for (const [target, team] of [
    [department, departmentTeam],
    ['workingGroup', workingGroupTeam],
    ['gammal', 'team-gammal'],
  ] as const) {
    must(await useCases.registerInstallation(installation(target, team)), 'Installation');
  }
  for (const target of [department, 'workingGroup']) {
    const channel = { channelId: `19:${target}@thread.tacv2` };
    must(await useCases.linkChannel({ caller: people.anna, target, channel }), 'Kanalkoppling');
  }
  must(await useCases.forgetInstallation('19:gammal@thread.tacv2'), 'Avinstallation');

  const view = must(await useCases.showDepartmentRound(openRoundId, department), 'Omgången');
  const seen = answerVersions(view);
  const fromCard = await useCases.answerFollowUps({
    roundId: openRoundId,
    departmentId: department,
    entries: view.items.map((item, i) => ({
      activityId: item.activity.id,
      status: i % 2 === 0 ? 'onTrack' : 'delayed',
      comment: `Arbetet med ${item.activity.id} pågår; samverkan med skolan är igång.`,
      nextSteps: i % 2 === 0 ? '' : 'Ny utbildningsdag under hösten.',
    })),
    caller: people.cecilia,
    source: 'card',
    seen: { kind: 'card', matches: (_activityId, stored) => isDeepStrictEqual(stored, seen) },
  });
  const written = must(fromCard, 'Svar från kortet').written;
  const first = written[0]!;
  must(
    await useCases.answerFollowUps({
      roundId: openRoundId,
      departmentId: department,
      entries: [
        {
          activityId: first.activityId,
          status: 'done',
          comment: 'Genomförd i december.',
          nextSteps: '',
          expectedVersion: first.version,
        },
      ],
      caller: people.cecilia,
      source: 'tab',
      seen: { kind: 'versions' },
    }),
    'Svar från fliken',
  );

  if (schema.lists.some((l) => l.name === 'SignOffs')) {
    // Signed off, reopened and signed off again: three versions of the sign-off.
    const place = { roundId: openRoundId, departmentId: department };
    must(await useCases.signOffDepartment({ ...place, caller: people.cecilia }), 'Klarmarkering');
    must(await useCases.reopenDepartment({ ...place, caller: people.anna }), 'Återöppning');
    must(await useCases.signOffDepartment({ ...place, caller: people.cecilia }), 'Klarmarkering');
  }

  const plan = must(await stores.store.loadPlan(), 'Planen');
  const { version, ...edited } = plan.activities.find((a) => a.id === 'A1.1')!;
  must(
    await useCases.editActivity({
      caller: people.anna,
      activityId: edited.id,
      activity: { ...edited, expectedOutcome: 'Fler elever känner till var de kan få stöd.' },
      expectedVersion: version,
    }),
    'Aktiviteten',
  );

  await openingReminder(stores, department, 'Skickad påminnelse', {
    state: 'sent',
    attempts: 1,
    sentAt: contractNow.toISOString(),
    messageId: '1706774400000',
    conversationId: `19:${department}@thread.tacv2;messageid=1706774400000`,
  });
  const other = plan.departments.find((d) => d.id !== department)!.id;
  await openingReminder(stores, other, 'Misslyckad påminnelse', {
    state: 'failed',
    attempts: 1,
    lastError: 'Bot Connector svarade 503.',
  });
}

/** The open round's opening reminder for a department, reserved by run 1, then as `outcome`. */
async function openingReminder(
  stores: Stores,
  departmentId: string,
  what: string,
  outcome: Partial<Reminder>,
): Promise<void> {
  const reserved = must(
    await stores.reminders.reserve(
      { roundId: openRoundId, departmentId, stage: 'opening' },
      'körning-1',
      new Date('2027-01-08T07:30:00Z'),
      contractNow,
    ),
    'Reservation',
  ).reminder;
  must(await stores.reminders.update({ ...reserved, ...outcome }), what);
}
