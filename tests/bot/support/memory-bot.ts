import { createBotApp } from '../../../src/bot/create-bot-app.js';
import type { FollowUpRound } from '../../../src/domain/model.js';
import { world, type World } from '../../app/support/world.js';
import {
  startRecordingConnector,
  type RecordingConnector,
} from '../../support/recording-connector.js';
import { serveBot, type InvokeBody } from './serve-bot.js';

/** The real bot over HTTP on the in-memory fakes (fast), with a recording connector. */
export type MemoryBot = World & {
  readonly connector: RecordingConnector;
  post(activity: unknown): Promise<{ status: number; body: InvokeBody }>;
  close(): Promise<void>;
};

export async function memoryBot(
  teams: Record<string, string> = {},
  rounds?: readonly FollowUpRound[],
): Promise<MemoryBot> {
  const w = world(rounds);
  const connector = await startRecordingConnector({ teams });
  const bot = createBotApp({
    useCases: w.useCases,
    clock: w.clock,
    config: {
      production: false,
      tabUrl: (r, d) => `https://localhost/#/min-forvaltning?forvaltning=${d}&omgang=${r}`,
    },
  });
  const served = await serveBot(bot.router);
  return {
    ...w,
    connector,
    post: served.post,
    async close() {
      await served.close();
      await connector.close();
    },
  };
}
