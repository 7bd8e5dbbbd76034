import { fixedClock } from '../../../src/domain/clock.js';
import { contractNow } from '../../graph/fixtures/plan-data.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelLink, MessageRef } from '../../../src/app/ports.js';
import type { UseCases } from '../../../src/app/use-cases/use-cases.js';
import { createBotApp, type BotApp } from '../../../src/bot/create-bot-app.js';
import { cardOfView } from '../../../src/bot/follow-up-cards.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import {
  playgroundChannelLinks,
  playgroundSetup,
  type PlaygroundSetup,
} from '../../../src/server/playground/playground-config.js';
import { emulatorUseCases, serveBot } from './serve-bot.js';
import { ensurePlaygroundLinks } from '../../../src/server/playground/playground-links.js';
import {
  startPlayground,
  type RunningPlayground,
} from '../../../src/server/playground/start-playground.js';
import { graphStores, type GraphStores } from '../../graph/helpers/graph-stores.js';
import { botPlanData, openRound } from './bot-world.js';

/**
 * The local setup of `npm start`, small: the Graph emulator with the seeded plan (2026 open),
 * the bot on a free port, and the Agents Playground as the Teams client, its mock tenant
 * generated from the seeded departments and the emulator's directory, the departments linked to
 * its channels.
 */

export type PlaygroundWorld = GraphStores & {
  readonly playground: RunningPlayground;
  readonly setup: PlaygroundSetup;
  readonly links: readonly ChannelLink[];
  readonly useCases: UseCases;
  readonly bot: BotApp;
  readonly warnings: string[];
  /** The Playground's own log (its UI events: new messages, updates). */
  readonly logFile: string;
  /** Posts the department's follow-up card (opening reminder) through the Playground's connector. */
  postCard(departmentId: string): Promise<{ readonly message: MessageRef; readonly card: object }>;
  close(): Promise<void>;
};

export async function playgroundWorld(): Promise<PlaygroundWorld> {
  const stores = await graphStores(botPlanData());
  const seed = stores.emulator.emulator.seed;
  const workingGroup = seed.teams.find(
    (t) => !seedPlan.departments.some((d) => d.name === t.displayName),
  )!;
  const setup = playgroundSetup({
    departments: seedPlan.departments,
    directory: seed,
    workingGroupTeamId: workingGroup.id,
  });
  const useCases = emulatorUseCases(stores, workingGroup.id);
  const warnings: string[] = [];
  const tabUrl = (r: string, d: string) =>
    `https://localhost:5173/#/min-forvaltning?forvaltning=${d}&omgang=${r}`;
  const bot = createBotApp({
    useCases,
    clock: fixedClock(contractNow),
    config: { production: false, tabUrl, locale: 'sv' },
    logger: { info() {}, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) },
  });
  const served = await serveBot(bot.router);
  const dir = await mkdtemp(join(tmpdir(), 'aktivitetsplan-playground-'));
  const playground = await startPlayground({
    botEndpoint: served.url,
    port: 0,
    config: setup.config,
    configPath: join(dir, '.m365agentsplayground.yml'),
    logFile: join(dir, 'playground.log'),
  });
  const links = playgroundChannelLinks(setup, playground.url);
  const linked = await ensurePlaygroundLinks(stores.channels, links);
  if (!linked.ok) throw new Error(linked.error.message);
  return {
    ...stores,
    playground,
    setup,
    links,
    useCases,
    bot,
    warnings,
    logFile: join(dir, 'playground.log'),
    async postCard(departmentId) {
      const view = await useCases.showDepartmentRound(openRound.id, departmentId);
      if (!view.ok) throw new Error(view.error.message);
      const card = cardOfView(view.value, { locale: 'sv', tabUrl }, { stage: 'opening' });
      const link = links.find((l) => l.target === departmentId)!;
      const posted = await bot.poster.post(link, card, `${openRound.id}|${departmentId}|opening`);
      if (!posted.ok) throw new Error(posted.error.message);
      return { message: posted.value, card };
    },
    async close() {
      await playground.stop();
      await served.close();
      await stores.close();
      if (!process.env.KEEP_PLAYGROUND_LOG) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Action.Execute through the Playground's own invoke API, as its UI sends it. */
export async function playgroundInvoke(
  world: PlaygroundWorld,
  input: { fromId: string; message: MessageRef; verb: string; data: Record<string, unknown> },
): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${world.playground.url}/_conversation/v1/invoke`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: 'adaptiveCard/action',
      from: { id: input.fromId },
      conversation: { id: input.message.conversationId },
      replyToId: input.message.messageId,
      value: {
        action: { type: 'Action.Execute', verb: input.verb, data: input.data },
        trigger: 'manual',
      },
    }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
}
