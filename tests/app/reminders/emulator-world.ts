import { annualRound, toFollowUpRound } from '../../../src/domain/calendar/rounds.js';
import { PlanDataSchema, type Activity, type PlanData } from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import type { ChannelLink } from '../../../src/app/ports.js';
import { mapLimited } from '../../../src/app/reminders/round-deliveries.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import type { startTestEmulator } from '../../graph/helpers/emulator.js';

/**
 * An emulator provisioned with a generated plan for the reminder run: `departments` departments
 * with `activitiesPerDepartment` activities each in 2026, Årsuppföljning 2026 open, and every
 * department's channel linked (to `serviceUrl`, the connector the posts go to) but `unlinked`.
 */

export type EmulatorWorldOptions = {
  readonly departments: number;
  readonly activitiesPerDepartment: number;
  readonly serviceUrl?: string;
  readonly unlinked?: readonly string[];
  readonly emulator?: Parameters<typeof startTestEmulator>[0];
};

export type EmulatorWorld = GraphStores & {
  readonly data: PlanData;
  readonly departmentIds: readonly string[];
  readonly links: readonly ChannelLink[];
};

function departmentId(n: number): string {
  return `forv-${String(n).padStart(3, '0')}`;
}

function generatedPlan(departments: number, perDepartment: number): PlanData {
  const planId = seedPlan.plan.id;
  const areas = seedPlan.areas;
  const activities: Activity[] = [];
  for (let d = 1; d <= departments; d += 1) {
    for (let a = 1; a <= perDepartment; a += 1) {
      activities.push({
        id: `${departmentId(d)}-a${String(a).padStart(2, '0')}`,
        planId,
        areaId: areas[(d + a) % areas.length]!.id,
        title: `Aktivitet ${a} för förvaltning ${d}`,
        responsibleDepartmentId: departmentId(d),
        coResponsibleDepartmentIds: [],
        start: '2026-01-01',
        end: '2026-12-31',
        financing: 'ownBudget',
        example: true,
      });
    }
  }
  // The seed's own departments stay (the plans refer to them) but have no activities here.
  return PlanDataSchema.parse({
    ...seedPlan,
    departments: [
      ...seedPlan.departments,
      ...Array.from({ length: departments }, (_, i) => ({
        id: departmentId(i + 1),
        name: `Förvaltning ${i + 1}`,
      })),
    ],
    activities,
    rounds: [toFollowUpRound(annualRound(2026), planId, 'open')],
    followUps: [],
  });
}

function channelLink(target: string, serviceUrl: string): ChannelLink {
  return {
    target,
    teamId: `team-${target}`,
    channelId: `19:${target}@thread.tacv2`,
    tenantId: 'tenant-kommun',
    serviceUrl,
    conversationId: `19:${target}@thread.tacv2`,
  };
}

/** Links every generated department (but `unlinked`) and the working group to `serviceUrl`. */
export async function linkChannels(
  world: Pick<EmulatorWorld, 'channels'>,
  departments: number,
  serviceUrl: string,
  unlinked: readonly string[] = [],
): Promise<ChannelLink[]> {
  const skip = new Set(unlinked);
  const ids = Array.from({ length: departments }, (_, i) => departmentId(i + 1));
  const links = [...ids.filter((id) => !skip.has(id)), 'workingGroup'].map((t) =>
    channelLink(t, serviceUrl),
  );
  const linked = await mapLimited(links, 8, (link) => world.channels.linkChannel(link));
  const failed = linked.find((r) => !r.ok);
  if (failed && !failed.ok) throw new Error(failed.error.message);
  return links;
}

export async function emulatorWorld(options: EmulatorWorldOptions): Promise<EmulatorWorld> {
  const data = generatedPlan(options.departments, options.activitiesPerDepartment);
  const stores = await graphStores(data, options.emulator ?? {});
  const serviceUrl = options.serviceUrl ?? 'https://smba.example/emea/';
  try {
    const links = await linkChannels(stores, options.departments, serviceUrl, options.unlinked);
    const departmentIds = Array.from({ length: options.departments }, (_, i) =>
      departmentId(i + 1),
    );
    return { ...stores, data, departmentIds, links };
  } catch (error) {
    await stores.close();
    throw error;
  }
}
