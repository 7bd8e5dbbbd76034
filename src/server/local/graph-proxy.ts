import express, { type Request, type Response, type Router } from 'express';
import type { FetchLike } from '../../graph/client/create-client.js';
import { bearerToken, type TokenValidator } from '../api/token-validator.js';

/** Request headers Graph cares about; everything else (cookies, origin) stays behind. */
const forwardedRequestHeaders = [
  'authorization',
  'content-type',
  'accept',
  'if-match',
  'if-none-match',
  'prefer',
  'client-request-id',
  'consistencylevel',
];

const forwardedResponseHeaders = [
  'content-type',
  'etag',
  'retry-after',
  'request-id',
  'client-request-id',
  'location',
  'odata-version',
  'preference-applied',
];

export type GraphProxyOptions = {
  /** The emulator's origin, e.g. `https://localhost:8443`. */
  readonly target: string;
  readonly fetch: FetchLike;
  readonly maxBodyBytes?: number;
  /**
   * Checks the caller's token before anything is forwarded; a refusal is answered as Graph
   * answers a bad token (401 InvalidAuthenticationToken). Without it every request is forwarded.
   */
  readonly tokens?: TokenValidator;
};

/**
 * Local mode only: the tab's Graph requests go through its own origin to the emulator, so the
 * browser trusts one certificate and needs no CORS. Absolute links in answers (`@odata.nextLink`,
 * `@odata.deltaLink`) are rewritten to point back through the proxy.
 */
export function createGraphProxy(options: GraphProxyOptions): Router {
  const router = express.Router();
  router.use(express.raw({ type: () => true, limit: options.maxBodyBytes ?? 4 * 1024 * 1024 }));
  router.use((req, res) => {
    void checked(options, req, res);
  });
  return router;
}

async function checked(options: GraphProxyOptions, req: Request, res: Response): Promise<void> {
  if (options.tokens) {
    const token = bearerToken(req.headers.authorization);
    const check = token ? await options.tokens.validate(token) : undefined;
    if (!check?.ok) {
      const unavailable = check?.reason === 'unavailable';
      res.status(unavailable ? 503 : 401).json({
        error: {
          code: unavailable ? 'serviceNotAvailable' : 'InvalidAuthenticationToken',
          message: check?.message ?? 'Access token is empty.',
        },
      });
      return;
    }
  }
  await forward(options, req, res);
}

async function forward(options: GraphProxyOptions, req: Request, res: Response): Promise<void> {
  const headers = new Headers();
  for (const name of forwardedRequestHeaders) {
    const value = req.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const hasBody = !['GET', 'HEAD'].includes(req.method) && Buffer.isBuffer(req.body);
  try {
    const upstream = await options.fetch(`${options.target}${req.url}`, {
      method: req.method,
      headers,
      ...(hasBody ? { body: new Uint8Array(req.body as Buffer) } : {}),
    });
    res.status(upstream.status);
    for (const name of forwardedResponseHeaders) {
      const value = upstream.headers.get(name);
      if (value !== null) res.setHeader(name, value);
    }
    const text = await upstream.text();
    const isJson = (upstream.headers.get('content-type') ?? '').includes('json');
    const publicBase = `https://${req.headers.host ?? 'localhost'}${req.baseUrl}`;
    res.send(isJson ? text.split(`${options.target}/`).join(`${publicBase}/`) : text);
  } catch {
    res.status(502).json({
      error: {
        code: 'badGateway',
        message: 'Den lokala Graph-emulatorn svarar inte. Försök igen om en stund.',
      },
    });
  }
}
