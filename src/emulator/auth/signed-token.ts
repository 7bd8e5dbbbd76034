import {
  createLocalJWKSet,
  createRemoteJWKSet,
  customFetch,
  errors,
  jwtVerify,
  type JSONWebKeySet,
  type JWTVerifyGetKey,
} from 'jose';
import { Agent } from 'undici';
import type { Clock } from '../clock.js';
import { GraphFailure } from '../http/errors.js';
import { callerFromClaims, type Caller } from './caller.js';
import { unauthenticated } from './dev-token.js';

/**
 * Signed Entra access tokens, as Graph and SharePoint Online check them (the production
 * rehearsal: keys from an identity stand-in). Sources: Entra's access-token docs
 * (access-token-claims-reference.md, access-tokens.md: RS256, `iss` v1 `https://sts.windows.net/{tid}/`
 * or v2 `https://login.microsoftonline.com/{tid}/v2.0`, `aud`, `tid`, `exp`/`nbf`, 5 min skew);
 * SharePoint REST refuses app-only tokens got with a client secret, `appidacr` (v1) or `azpacr`
 * (v2) other than "2", with 401 "Unsupported app only token." (sp-dev-docs#8480, the
 * security-apponly-azuread FAQ); its `aud` is `https://{tenant}.sharepoint.com` or
 * SharePoint's app id `00000003-0000-0ff1-ce00-000000000000` (both seen; both accepted). The
 * 401 wording for a bad signature, issuer or audience on Graph is unverified: Graph answers
 * `InvalidAuthenticationToken` with "Access token validation failure." and, for the audience,
 * "Invalid audience.".
 */

export type SignedTokenOptions = {
  /** The tenant whose tokens are accepted (`tid`, and the issuer's tenant). */
  readonly tenantId: string;
  /** The identity provider's key set, or its address (fetched, cached, refetched for a new `kid`). */
  readonly jwks: JSONWebKeySet | string;
  /** A CA to trust when fetching the key set (the stand-in's). */
  readonly caPem?: string;
  /** Other accepted issuers besides Entra's v1 and v2 forms for the tenant. */
  readonly issuers?: readonly string[];
};

export type TokenAudience =
  { readonly kind: 'graph' } | { readonly kind: 'sharePoint'; readonly hostname: string };

const graphAudiences = [
  'https://graph.microsoft.com',
  'https://graph.microsoft.com/',
  '00000003-0000-0000-c000-000000000000',
];
const sharePointAppId = '00000003-0000-0ff1-ce00-000000000000';

function keysOf(options: SignedTokenOptions): JWTVerifyGetKey {
  if (typeof options.jwks !== 'string') return createLocalJWKSet(options.jwks);
  const dispatcher = options.caPem ? new Agent({ connect: { ca: options.caPem } }) : undefined;
  return createRemoteJWKSet(new URL(options.jwks), {
    [customFetch]: (url, init) => fetch(url, { ...init, dispatcher } as RequestInit),
  });
}

function audiencesOf(audience: TokenAudience, tenantId: string): string[] {
  if (audience.kind === 'graph') return graphAudiences;
  const host = audience.hostname;
  return [
    `https://${host}`,
    `https://${host}/`,
    sharePointAppId,
    `${sharePointAppId}/${host}@${tenantId}`,
  ];
}

function refusal(error: unknown): GraphFailure {
  if (error instanceof errors.JWTExpired)
    return unauthenticated('Lifetime validation failed, the token is expired.');
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud')
    return unauthenticated('Access token validation failure. Invalid audience.');
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'iss')
    return unauthenticated('Access token validation failure. Invalid issuer.');
  if (error instanceof errors.JOSEError) return unauthenticated('Access token validation failure.');
  return new GraphFailure(500, 'generalException', 'The signing keys could not be read.');
}

/** Verifies a bearer token for Graph or SharePoint; throws a 401 GraphFailure when refused. */
export function signedTokenVerifier(options: SignedTokenOptions, clock: Clock) {
  const keys = keysOf(options);
  const tid = options.tenantId;
  const issuer = [
    `https://sts.windows.net/${tid}/`,
    `https://login.microsoftonline.com/${tid}/v2.0`,
    ...(options.issuers ?? []),
  ];
  return async (token: string, audience: TokenAudience): Promise<Caller> => {
    let claims: Record<string, unknown>;
    try {
      const verified = await jwtVerify(token, keys, {
        algorithms: ['RS256'],
        issuer,
        audience: audiencesOf(audience, tid),
        currentDate: clock.now(),
        clockTolerance: 300,
        requiredClaims: ['exp', 'nbf', 'tid'],
      });
      claims = verified.payload;
    } catch (error) {
      throw refusal(error);
    }
    if (claims.tid !== tid)
      throw unauthenticated('Access token validation failure. Invalid issuer.');
    const caller = callerFromClaims(claims);
    const acr = claims.appidacr ?? claims.azpacr;
    if (audience.kind === 'sharePoint' && caller.userId === undefined && acr !== '2')
      throw unauthenticated('Unsupported app only token.');
    return caller;
  };
}
