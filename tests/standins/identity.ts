import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IdentityDirectory } from './identity-directory.js';
import { entraErrorBody, entraErrors, type EntraError } from './identity-errors.js';
import {
  answerTokenRequest,
  tokenLifetimeSeconds,
  type TokenGrant,
} from './identity-token-endpoint.js';
import {
  epoch,
  signToken,
  userClaims,
  v1Issuer,
  type DirectoryUser,
  type TokenVersion,
} from './identity-tokens.js';
import {
  openIdConfiguration,
  instanceDiscovery,
  v1OpenIdConfiguration,
} from './identity-documents.js';
import { createCertifiedKey, publishedJwk, type CertifiedKey } from './keys.js';
import { createStandInCa, standInHosts, type StandInCa } from './tls.js';

/**
 * A local Entra ID (identity-spec §1–2) over HTTPS for the production rehearsal:
 * - `GET /{tenant}/v2.0/.well-known/openid-configuration` and the v1 `/{tenant}/.well-known/…`;
 * - `GET /{tenant}/discovery/v2.0/keys` (and `/common/discovery/keys`): one RS256 key;
 * - `GET /common/discovery/instance` (MSAL's instance discovery);
 * - `POST /{tenant}/oauth2/v2.0/token`, client credentials by secret or certificate.
 * Every URL it publishes uses the Host the client called, so a client routed to it while keeping
 * `login.microsoftonline.com` sees Microsoft's addresses. Tests register tenants, apps, resources
 * and grants on `directory`, and mint user and channel tokens with the same key.
 */

export type RecordedRequest = {
  readonly method: string;
  readonly host: string;
  readonly path: string;
};

export type ChannelTokenOptions = {
  readonly botId: string;
  /** The bot's tenant: `iss` `https://sts.windows.net/{tenant}/` and `tid`. */
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly now?: Date;
  readonly lifetimeSeconds?: number;
  /** Sign with another key (a forgery); default the published key. */
  readonly key?: CertifiedKey;
  readonly kid?: string;
  /** Claims to add or override (e.g. another `aud` or `iss`). */
  readonly claims?: Record<string, unknown>;
};

export type UserTokenOptions = {
  readonly user: DirectoryUser;
  /** The tab app's client id (the nested app asks for its own API). */
  readonly clientId: string;
  /** v1: the App ID URI `api://{host}/{clientId}`; v2 uses the client id. */
  readonly appIdUri: string;
  readonly version?: TokenVersion;
  readonly scopes?: readonly string[];
  readonly now?: Date;
  readonly lifetimeSeconds?: number;
  readonly key?: CertifiedKey;
  readonly claims?: Record<string, unknown>;
};

export type IdentityStandIn = {
  /** `https://localhost:{port}`: the authority host to configure. */
  readonly origin: string;
  readonly port: number;
  readonly caPem: string;
  readonly caFile: string;
  readonly ca: StandInCa;
  readonly directory: IdentityDirectory;
  /** The published signing key (its `kid` is its SHA-1 thumbprint). */
  readonly signingKey: CertifiedKey;
  tokenEndpoint(tenant: string): string;
  jwksUri(tenant: string): string;
  requests(): readonly RecordedRequest[];
  /** How many times a key set was fetched. */
  keyFetches(): number;
  /** Tokens issued by the token endpoint, in order. */
  grants(): readonly TokenGrant[];
  mintChannelToken(options: ChannelTokenOptions): Promise<string>;
  mintUserToken(options: UserTokenOptions): Promise<string>;
  close(): Promise<void>;
};

export type IdentityStandInOptions = {
  /** Share a CA with other stand-ins; default a new one. */
  readonly ca?: StandInCa;
  readonly clock?: () => Date;
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

export async function startIdentityStandIn(
  options: IdentityStandInOptions = {},
): Promise<IdentityStandIn> {
  const clock = options.clock ?? (() => new Date());
  const ca = options.ca ?? (await createStandInCa());
  const tls = await ca.issue(standInHosts);
  const signingKey = await createCertifiedKey('Aktivitetsplan stand-in token signing');
  const directory = new IdentityDirectory();
  const recorded: RecordedRequest[] = [];
  const issued: TokenGrant[] = [];
  const metadataHeaders = {
    'Cache-Control': 'max-age=86400, private',
    'Access-Control-Allow-Origin': '*',
  };

  let port = 0;
  const ownHosts = () => [`localhost:${port}`, `127.0.0.1:${port}`];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? 'localhost';
    const url = new URL(req.url ?? '/', `https://${host}`);
    const method = req.method ?? 'GET';
    recorded.push({ method, host, path: url.pathname });
    const now = clock();
    const correlationId = url.searchParams.get('client-request-id') ?? undefined;
    const segments = url.pathname.split('/').filter(Boolean);
    const [tenantSegment = '', ...rest] = segments;
    const route = rest.join('/');
    // Instance discovery: learn.microsoft.com/entra/identity-platform/msal-national-cloud (§1.3).
    if (method === 'GET' && tenantSegment === 'common' && route === 'discovery/instance') {
      const answer = instanceDiscovery(ownHosts(), url.searchParams.get('authorization_endpoint'));
      if (answer.ok) send(res, 200, answer.body, metadataHeaders);
      else sendError(res, answer.problem, correlationId, now);
      return;
    }
    // Keys: learn.microsoft.com/entra/identity-platform/access-tokens#validate-the-signature (§1.2).
    if (method === 'GET' && /^(discovery\/v2\.0\/keys|discovery\/keys)$/.test(route)) {
      send(res, 200, { keys: [publishedJwk(signingKey, v1Or2KeyIssuer(route))] }, metadataHeaders);
      return;
    }
    const isCommon = ['common', 'organizations', 'consumers'].includes(tenantSegment);
    const tenant = directory.tenant(tenantSegment);
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
      const answer = await answerTokenRequest(directory, signingKey, {
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
      issued.push(answer.grant);
      send(res, 200, answer.body, {
        'Cache-Control': 'no-store, no-cache',
        Pragma: 'no-cache',
        Expires: '-1',
      });
      return;
    }
    send(res, 404, { error: 'not_found', error_description: `Nothing at ${url.pathname}` }, {});
  }

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, { error: 'server_error', error_description: String(error) }, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  const origin = `https://localhost:${port}`;

  return {
    origin,
    port,
    caPem: ca.caPem,
    caFile: ca.caFile,
    ca,
    directory,
    signingKey,
    tokenEndpoint: (tenant) => `${origin}/${tenant}/oauth2/v2.0/token`,
    jwksUri: (tenant) => `${origin}/${tenant}/discovery/v2.0/keys`,
    requests: () => [...recorded],
    keyFetches: () => recorded.filter((r) => /\/discovery\/(v2\.0\/)?keys$/.test(r.path)).length,
    grants: () => [...issued],
    async mintChannelToken(o) {
      // identity-spec §3 "For a channel stand-in": v1 Entra issuer, tid, aud = bot id, serviceurl,
      // nbf, exp, and never appid/azp (the adapter would take it as its connector scope).
      const now = o.now ?? clock();
      const claims = {
        serviceurl: o.serviceUrl,
        nbf: epoch(now),
        exp: epoch(now) + (o.lifetimeSeconds ?? 3600),
        iss: v1Issuer(o.tenantId),
        aud: o.botId,
        tid: o.tenantId,
        ...o.claims,
      };
      return signToken(claims, {
        key: o.key ?? signingKey,
        withX5t: true,
        ...(o.kid ? { kid: o.kid } : {}),
      });
    },
    async mintUserToken(o) {
      const version = o.version ?? 1;
      const claims = {
        ...userClaims({
          version,
          user: o.user,
          clientId: o.clientId,
          audience: version === 1 ? o.appIdUri : o.clientId,
          scopes: o.scopes ?? ['access_as_user'],
          now: o.now ?? clock(),
          lifetimeSeconds: o.lifetimeSeconds ?? tokenLifetimeSeconds,
        }),
        ...o.claims,
      };
      return signToken(claims, { key: o.key ?? signingKey, withX5t: version === 1 });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function v1Or2KeyIssuer(route: string): string {
  return route.startsWith('discovery/v2.0')
    ? 'https://login.microsoftonline.com/{tenantid}/v2.0'
    : 'https://sts.windows.net/{tenantid}/';
}
