import { existsSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import express, { type ErrorRequestHandler, type Router } from 'express';

export type AppServerOptions = {
  readonly port: number;
  readonly host?: string;
  /**
   * HTTPS with this key and certificate. Absent: plain HTTP, for a host whose front end ends TLS
   * (Azure App Service); the public address is then https all the same.
   */
  readonly tls?: { readonly key: string; readonly cert: string };
  /** The built tab (dist/tab); absent or missing: the tab routes answer 503 with a plain message. */
  readonly tabDir?: string;
  /** Served as GET /config.json (the tab's runtime configuration), given the tab's origin. */
  readonly runtimeConfig: (origin: string) => unknown;
  /** The app's API for the tab, mounted at /api. */
  readonly api?: Router;
  /** Local mode: Graph through the tab's own origin. */
  readonly graphProxy?: Router;
  /** The bot's router (its own path, POST /api/messages), mounted before the API. */
  readonly messages?: Router;
  /**
   * Errors no router answered: reported here and answered 500 with a plain message, instead of
   * Express's default (which prints the stack and message, possibly quoting a request body).
   */
  readonly onError?: (error: unknown, route: { method: string; path: string }) => void;
};

export type RunningAppServer = {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
};

/** The HTTPS server of the tab: its static files, its runtime config and the app's API. */
export async function startAppServer(options: AppServerOptions): Promise<RunningAppServer> {
  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });
  app.get('/config.json', (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(options.runtimeConfig(`https://${req.headers.host ?? 'localhost'}`));
  });
  app.get('/healthz', (_req, res) => {
    res.json({ ok: true });
  });
  if (options.messages) app.use(options.messages);
  if (options.api) app.use('/api', options.api);
  if (options.graphProxy) app.use('/graph', options.graphProxy);
  const tabDir = options.tabDir;
  if (tabDir && existsSync(join(tabDir, 'index.html'))) {
    app.use(express.static(tabDir, { index: 'index.html', maxAge: 0 }));
  } else {
    app.get('/', (_req, res) => {
      res
        .status(503)
        .type('text/plain; charset=utf-8')
        .send('Fliken är inte byggd. Kör npm run build:tab och starta om.');
    });
  }
  if (options.onError) app.use(lastErrorHandler(options.onError));
  const server = options.tls
    ? createServer({ key: options.tls.key, cert: options.tls.cert }, app)
    : createHttpServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? 'localhost', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${options.tls ? 'https' : 'http'}://localhost:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function lastErrorHandler(onError: NonNullable<AppServerOptions['onError']>): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    onError(error, { method: req.method, path: req.path });
    if (res.headersSent) {
      res.destroy();
      return;
    }
    res.status(500).type('text/plain; charset=utf-8').send('Ett oväntat fel inträffade.');
  };
}
