import { ApiErrorBodySchema } from '../../../../src/tab/api/contract.js';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Clock } from '../../../../src/domain/clock.js';
import type { ApiRouter } from '../../../../src/server/api/router.js';
import { makeDevToken } from '../../../../src/tab/auth/dev-token.js';

/** The real router in an express app on a free local port, and a small client for it. */

export type DemoUser = { readonly id: string; readonly name: string };

type ApiResponse = {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
};

type RequestOptions = {
  readonly user?: DemoUser;
  /** A raw Authorization header (instead of a user's dev token). */
  readonly authorization?: string;
  readonly body?: unknown;
  /** A raw body (e.g. broken JSON, or gzip bytes). */
  readonly rawBody?: string | Uint8Array<ArrayBuffer>;
  /** Extra headers, e.g. another Content-Type or a Content-Encoding. */
  readonly headers?: Readonly<Record<string, string>>;
};

export type ApiServer = {
  readonly baseUrl: string;
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>;
  close(): Promise<void>;
};

export function devTokenFor(user: DemoUser, clock: Clock, audience = 'aktivitetsplan'): string {
  return makeDevToken(
    {
      oid: user.id,
      name: user.name,
      upn: `${user.id}@kommun.se`,
      tid: 'tenant',
      scopes: ['access_as_user'],
      audience,
    },
    clock.now(),
  );
}

export async function serveApi(router: ApiRouter, clock: Clock): Promise<ApiServer> {
  const app = express();
  app.use('/api', router);
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}/api`;
  return {
    baseUrl,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (options.authorization !== undefined) headers.Authorization = options.authorization;
      else if (options.user) headers.Authorization = `Bearer ${devTokenFor(options.user, clock)}`;
      const body =
        options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      Object.assign(headers, options.headers);
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
      const text = await response.text();
      return {
        status: response.status,
        headers: response.headers,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The `error` of an API error body (its schema checked). */
export function errorOf(body: unknown) {
  return ApiErrorBodySchema.parse(body).error;
}
