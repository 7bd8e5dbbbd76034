import express from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createBotApp } from '../../../src/bot/create-bot-app.js';
import { world, type World } from '../../app/support/world.js';
import { startRecordingConnector, type RecordingConnector } from './recording-connector.js';
import type { InvokeBody } from './bot-world.js';

/** The real bot over HTTP on the in-memory fakes (fast), with a recording connector. */
export type MemoryBot = World & {
  readonly connector: RecordingConnector;
  post(activity: unknown): Promise<{ status: number; body: InvokeBody }>;
  close(): Promise<void>;
};

export async function memoryBot(teams: Record<string, string> = {}): Promise<MemoryBot> {
  const w = world();
  const connector = await startRecordingConnector(teams);
  const bot = createBotApp({
    useCases: w.useCases,
    config: {
      production: false,
      tabUrl: (r, d) => `https://localhost/#/min-forvaltning?forvaltning=${d}&omgang=${r}`,
    },
  });
  const server: Server = await new Promise((resolve) => {
    const s = express()
      .use(bot.router)
      .listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  return {
    ...w,
    connector,
    async post(activity) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as InvokeBody };
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await connector.close();
    },
  };
}
