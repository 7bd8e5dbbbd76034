import type { IncomingMessage, ServerResponse } from 'node:http';
import type { IdentityDirectory } from './identity-directory.js';
import {
  instanceDiscovery,
  openIdConfiguration,
  v1OpenIdConfiguration,
} from './identity-documents.js';
import { entraErrorBody, entraErrors, type EntraError } from './identity-errors.js';
import { answerTokenRequest, type TokenGrant } from './identity-token-endpoint.js';
import { publishedJwk, type CertifiedKey } from './keys.js';

/**
 * The identity stand-in's routes (identity-spec §1), each with the Microsoft page it follows.
 * Every address a document publishes uses the Host the client called.
 */

export type IdentityRequest = {
  readonly method: string;
  readonly host: string;
  readonly path: string;
};

export type IdentityRoutesContext = {
  readonly directory: IdentityDirectory;
  readonly signingKey: CertifiedKey;
  readonly clock: () => Date;
  /** The stand-in's own `host:port` forms, for instance discovery. */
  readonly ownHosts: () => readonly string[];
  readonly onRequest: (request: IdentityRequest) => void;
  readonly onGrant: (grant: TokenGrant) => void;
};

const maxFormBytes = 64 * 1024;

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

function sendError(
  res: ServerResponse,
  problem: EntraError,
  correlationId: string | undefined,
  now: Date,
): void {
  send(res, problem.status, entraErrorBody(problem, correlationId, now), {
    'Cache-Control': 'no-store, no-cache',
    Pragma: 'no-cache',
  });
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxFormBytes) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function identityHandler(
  context: IdentityRoutesContext,
): (req: IncomingMessage, res: ServerResponse) => void {
  const metadataHeaders = {
    'Cache-Control': 'max-age=86400, private',
    'Access-Control-Allow-Origin': '*',
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? 'localhost';
    const url = new URL(req.url ?? '/', `https://${host}`);
    const method = req.method ?? 'GET';
    context.onRequest({ method, host, path: url.pathname });
    const now = context.clock();
    const correlationId = url.searchParams.get('client-request-id') ?? undefined;
    const segments = url.pathname.split('/').filter(Boolean);
    const [tenantSegment = '', ...rest] = segments;
    const route = rest.join('/');
    // Instance discovery: learn.microsoft.com/entra/identity-platform/msal-national-cloud (§1.3).
    if (method === 'GET' && tenantSegment === 'common' && route === 'discovery/instance') {
      const answer = instanceDiscovery(
        context.ownHosts(),
        url.searchParams.get('authorization_endpoint'),
      );
      if (answer.ok) send(res, 200, answer.body, metadataHeaders);
      else sendError(res, answer.problem, correlationId, now);
      return;
    }
    // Keys: learn.microsoft.com/entra/identity-platform/access-tokens#validate-the-signature (§1.2).
    if (method === 'GET' && /^(discovery\/v2\.0\/keys|discovery\/keys)$/.test(route)) {
      send(
        res,
        200,
        { keys: [publishedJwk(context.signingKey, v1Or2KeyIssuer(route))] },
        metadataHeaders,
      );
      return;
    }
    const isCommon = ['common', 'organizations', 'consumers'].includes(tenantSegment);
    const tenant = context.directory.tenant(tenantSegment);
    if (!tenant && !isCommon) {
      sendError(res, entraErrors.unknownTenant(tenantSegment), correlationId, now);
      return;
    }
    // OpenID configuration: learn.microsoft.com/entra/identity-platform/v2-protocols-oidc (§1.1).
    if (method === 'GET' && route === 'v2.0/.well-known/openid-configuration') {
      send(res, 200, openIdConfiguration(host, tenantSegment, tenant?.id), metadataHeaders);
      return;
    }
    if (method === 'GET' && route === '.well-known/openid-configuration') {
      send(res, 200, v1OpenIdConfiguration(host, tenantSegment, tenant?.id), metadataHeaders);
      return;
    }
    // Token: learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow (§1.4).
    if (method === 'POST' && route === 'oauth2/v2.0/token' && tenant) {
      const form = await readForm(req);
      if (!form) {
        sendError(res, entraErrors.noCredential(), correlationId, now);
        return;
      }
      const answer = await answerTokenRequest(context.directory, context.signingKey, {
        tenant,
        form,
        authorization: req.headers.authorization,
        tokenUrl: `https://${host}${url.pathname}`,
        now,
      });
      if (!answer.ok) {
        sendError(res, answer.problem, form.get('client-request-id') ?? correlationId, now);
        return;
      }
      context.onGrant(answer.grant);
      send(res, 200, answer.body, {
        'Cache-Control': 'no-store, no-cache',
        Pragma: 'no-cache',
        Expires: '-1',
      });
      return;
    }
    send(res, 404, { error: 'not_found', error_description: `Nothing at ${url.pathname}` }, {});
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, { error: 'server_error', error_description: String(error) }, {});
    });
  };
}

function v1Or2KeyIssuer(route: string): string {
  return route.startsWith('discovery/v2.0')
    ? 'https://login.microsoftonline.com/{tenantid}/v2.0'
    : 'https://sts.windows.net/{tenantid}/';
}
