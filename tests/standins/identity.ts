import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { IdentityDirectory } from './identity-directory.js';
import { identityHandler, type IdentityRequest } from './identity-routes.js';
import { tokenLifetimeSeconds, type TokenGrant } from './identity-token-endpoint.js';
import {
  epoch,
  signToken,
  userClaims,
  v1Issuer,
  type DirectoryUser,
  type TokenVersion,
} from './identity-tokens.js';
import { createCertifiedKey, type CertifiedKey } from './keys.js';
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

type RecordedRequest = IdentityRequest;

/** What a test may change in any token it mints. */
type MintOptions = {
  readonly now?: Date;
  readonly lifetimeSeconds?: number;
  /** Sign with another key (a forgery); default the published key. */
  readonly key?: CertifiedKey;
  /** Claims to add or override (e.g. another `aud` or `iss`). */
  readonly claims?: Record<string, unknown>;
};

type ChannelTokenOptions = MintOptions & {
  readonly botId: string;
  /** The bot's tenant: `iss` `https://sts.windows.net/{tenant}/` and `tid`. */
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly kid?: string;
};

type UserTokenOptions = MintOptions & {
  readonly user: DirectoryUser;
  /** The tab app's client id (the nested app asks for its own API). */
  readonly clientId: string;
  /** v1: the App ID URI `api://{host}/{clientId}`; v2 uses the client id. */
  readonly appIdUri: string;
  readonly version?: TokenVersion;
  readonly scopes?: readonly string[];
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
  let port = 0;
  const handle = identityHandler({
    directory,
    signingKey,
    clock,
    ownHosts: () => [`localhost:${port}`, `127.0.0.1:${port}`],
    onRequest: (r) => recorded.push(r),
    onGrant: (g) => issued.push(g),
  });

  const server: Server = createServer({ key: tls.key, cert: tls.cert }, handle);
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
