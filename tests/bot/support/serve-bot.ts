import express, { type Router } from 'express';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { UseCases } from '../../../src/app/use-cases/use-cases.js';
import { createUseCases } from '../../../src/app/use-cases/use-cases.js';
import { fixedClock } from '../../../src/domain/clock.js';
import { GraphTeamMembership } from '../../../src/graph/team-membership.js';
import type { GraphStores } from '../../graph/helpers/graph-stores.js';
import { contractNow } from '../../graph/fixtures/plan-data.js';

export type InvokeBody = { statusCode?: number; type?: string; value?: unknown };

/** The bot's router on a local port: its `/api/messages` address, a poster, and a closer. */
export type ServedBot = {
  readonly url: string;
  post(activity: unknown): Promise<{ status: number; body: InvokeBody }>;
  close(): Promise<void>;
};

export async function serveBot(router: Router): Promise<ServedBot> {
  const server: Server = await new Promise((resolve) => {
    const s = express()
      .use(router)
      .listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
  return {
    url,
    async post(activity) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as InvokeBody };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The use cases over the Graph stores on the emulator, membership read from its teams. */
export function emulatorUseCases(stores: GraphStores, workingGroupTeamId: string): UseCases {
  const membership = new GraphTeamMembership({
    graph: stores.emulator.graph,
    clock: { now: () => new Date() },
  });
  return createUseCases({
    store: stores.store,
    channels: stores.channels,
    membership,
    clock: fixedClock(contractNow),
    workingGroupTeamId,
  });
}
