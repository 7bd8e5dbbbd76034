import { fixedClock } from '../../../src/domain/clock.js';
import { contractNow } from '../../graph/fixtures/plan-data.js';
import type { ChannelLink } from '../../../src/app/ports.js';
import type { UseCases } from '../../../src/app/use-cases/use-cases.js';
import { createBotApp, type BotApp } from '../../../src/bot/create-bot-app.js';
import type { GatewayOptions } from '../../../src/graph/client/gateway.js';
import { annualRound, toFollowUpRound } from '../../../src/domain/calendar/rounds.js';
import { PlanDataSchema, type FollowUpRound, type PlanData } from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import {
  startRecordingConnector,
  type RecordingConnector,
} from '../../support/recording-connector.js';
import { emulatorUseCases, serveBot, type InvokeBody } from './serve-bot.js';
import type { ChannelPlace, Person } from './teams-activities.js';

/**
 * The real bot over HTTP with the Graph emulator behind it (GraphPlanStore, Graph team
 * membership) and a recording Bot Connector: Årsuppföljning 2026 open, the social department's
 * six activities running through 2026, every department linked to its own team's channel.
 */

export const openRound: FollowUpRound = toFollowUpRound(
  annualRound(2026),
  seedPlan.plan.id,
  'open',
);

export function botPlanData(round: FollowUpRound = openRound): PlanData {
  return PlanDataSchema.parse({
    ...seedPlan,
    activities: seedPlan.activities.map((a) =>
      a.responsibleDepartmentId === 'social-omsorg' ? { ...a, end: '2026-12-31' } : a,
    ),
    rounds: [round],
    followUps: [],
  });
}

/** An invoke response body: `{statusCode, type, value}`. */
export type { InvokeBody } from './serve-bot.js';

export type BotWorld = GraphStores & {
  readonly connector: RecordingConnector;
  readonly useCases: UseCases;
  readonly bot: BotApp;
  readonly url: string;
  readonly people: Record<'cecilia' | 'bertil' | 'anna', Person>;
  /** Where the social department's channel is, for building activities. */
  place(messageId?: string): ChannelPlace;
  post(activity: unknown): Promise<{ status: number; body: InvokeBody }>;
  close(): Promise<void>;
};

function person(stores: GraphStores, name: string): Person {
  const user = stores.emulator.emulator.seed.users.find((u) => u.displayName === name);
  if (!user) throw new Error(`no seeded user ${name}`);
  return { id: user.id, name: user.displayName };
}

function links(stores: GraphStores, serviceUrl: string): ChannelLink[] {
  const seed = stores.emulator.emulator.seed;
  return seed.teams.flatMap((team) => {
    const department = seedPlan.departments.find((d) => d.name === team.displayName);
    const target = department?.id ?? 'workingGroup';
    const channel = team.channels[0]!;
    return [
      { target, teamId: team.id, channelId: channel.id, tenantId: seed.tenant.id, serviceUrl },
    ];
  });
}

export async function botWorld(
  options: {
    readonly data?: PlanData;
    readonly latencyMs?: number;
    /** The stores' gateway (e.g. a real sleep, to wait out Retry-After as in production). */
    readonly gateway?: GatewayOptions;
  } = {},
): Promise<BotWorld> {
  const connector = await startRecordingConnector();
  const stores = await graphStores(
    options.data ?? botPlanData(),
    { latencyMs: options.latencyMs ?? 0 },
    options.gateway,
  );
  const all = links(stores, connector.serviceUrl);
  for (const link of all) {
    const linked = await stores.channels.linkChannel(link);
    if (!linked.ok) throw new Error(linked.error.message);
  }
  const workingGroup = all.find((l) => l.target === 'workingGroup')!;
  const social = all.find((l) => l.target === 'social-omsorg')!;
  const useCases = emulatorUseCases(stores, workingGroup.teamId);
  const bot = createBotApp({
    useCases,
    clock: fixedClock(contractNow),
    config: {
      production: false,
      tabUrl: (r, d) => `https://localhost:5173/#/min-forvaltning?forvaltning=${d}&omgang=${r}`,
    },
  });
  const served = await serveBot(bot.router);
  return {
    ...stores,
    connector,
    useCases,
    bot,
    url: served.url,
    people: {
      cecilia: person(stores, 'Cecilia Carlsson'),
      bertil: person(stores, 'Bertil Berg'),
      anna: person(stores, 'Anna Andersson'),
    },
    place: (messageId) => ({
      serviceUrl: connector.serviceUrl,
      channelId: social.channelId,
      teamThreadId: social.channelId,
      tenantId: social.tenantId,
      ...(messageId ? { messageId } : {}),
    }),
    post: served.post,
    async close() {
      await served.close();
      await stores.close();
      await connector.close();
    },
  };
}

type CardNode = { type?: string; id?: string; value?: unknown; verb?: string; data?: unknown };

/** The Action.Execute data of a card's button with `verb`. */
export function actionData(card: unknown, verb: string): Record<string, unknown> {
  const actions = (card as { actions?: CardNode[] }).actions ?? [];
  const found = actions.find((a) => a.verb === verb);
  if (!found) throw new Error(`no ${verb} button on the card`);
  return found.data as Record<string, unknown>;
}

/** The card's inputs with the values they show, as Teams merges them into the action data. */
export function inputsOf(card: unknown): Record<string, string> {
  const inputs: Record<string, string> = {};
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const n = node as CardNode;
    if (n.type?.startsWith('Input.') && n.id)
      inputs[n.id] =
        typeof n.value === 'string' ? n.value : typeof n.value === 'number' ? String(n.value) : '';
    Object.values(node).forEach(walk);
  };
  walk((card as { body?: unknown }).body);
  return inputs;
}

/** All text a card shows (TextBlocks, TextRuns, inline strings, input values), for assertions. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const shown = new Set(['text', 'value', 'label', 'title', 'placeholder', 'errorMessage']);
  const walk = (node: unknown, key?: string) => {
    if (typeof node === 'string') {
      if (key === undefined || shown.has(key)) parts.push(node);
    } else if (Array.isArray(node)) {
      for (const item of node) walk(item, key === 'inlines' ? undefined : key);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) if (k !== 'data' && k !== 'url') walk(v, k);
    }
  };
  walk(card, 'card');
  return parts.join('\n');
}

export type FollowUpRow = {
  readonly id: string;
  readonly fields: Record<string, unknown>;
  readonly versions: number;
};

/** The FollowUps list as the emulator holds it, with each item's number of versions. */
export async function followUpRows(w: BotWorld): Promise<FollowUpRow[]> {
  const list = `/sites/${w.site.siteId}/lists/${w.site.lists.FollowUps}/items`;
  const items = await w.emulator.graph.send({
    method: 'GET',
    url: `${list}?$expand=fields&$top=500`,
  });
  if (!items.ok) throw new Error(items.message);
  const value = (items.body as { value: { id: string; fields: Record<string, unknown> }[] }).value;
  return Promise.all(
    value.map(async (item) => {
      const versions = await w.emulator.graph.send({
        method: 'GET',
        url: `${list}/${item.id}/versions`,
      });
      if (!versions.ok) throw new Error(versions.message);
      return { ...item, versions: (versions.body as { value: unknown[] }).value.length };
    }),
  );
}
