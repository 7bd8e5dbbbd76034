import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Clock } from '../../domain/clock.js';
import {
  refuse,
  scopesOf,
  tokenMessages,
  userOfClaims,
  type TokenCheck,
  type TokenValidator,
} from './token-validator.js';

/**
 * Verifies the access tokens Entra issues for the app's own API (what nested app authentication
 * gets for `api://<host>/<clientId>/access_as_user`): RS256 signature by a key of the tenant's
 * JWKS (fetched once, cached and refetched by jose when a new key id appears), audience the app
 * (v2.0 tokens carry the client id, v1.0 tokens the Application ID URI), issuer the tenant (v2.0
 * or v1.0 form), a time window with a little clock skew, the delegated scope, and a user (`oid`).
 */

export type EntraTokenValidatorOptions = {
  readonly tenantId: string;
  /** The app registration's client id. */
  readonly clientId: string;
  /** The Application ID URI, e.g. `api://aktivitetsplan.kommun.se/<clientId>`. */
  readonly appIdUri?: string;
  /** The delegated scope the tab asks for (default `access_as_user`). */
  readonly requiredScope?: string;
  /** Default `https://login.microsoftonline.com` (a national cloud or a test server otherwise). */
  readonly authorityHost?: string;
  /** Default `<authorityHost>/<tenantId>/discovery/v2.0/keys`. */
  readonly jwksUrl?: string;
  /** The keys, instead of fetching them (tests). */
  readonly keys?: JWTVerifyGetKey;
  readonly clock: Clock;
  readonly clockToleranceSeconds?: number;
};

const unauthenticatedCodes = new Set([
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JWS_INVALID',
  'ERR_JWT_INVALID',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
]);

function refusalOf(error: unknown): TokenCheck {
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ERR_JWT_EXPIRED') return refuse('unauthenticated', tokenMessages.expired, code);
  if (typeof code === 'string' && unauthenticatedCodes.has(code)) {
    const claim = (error as { claim?: unknown }).claim;
    const detail = typeof claim === 'string' ? `${code} (${claim})` : code;
    return refuse('unauthenticated', tokenMessages.invalid, detail);
  }
  // The key set could not be fetched or read: not the caller's fault.
  const detail = typeof code === 'string' ? code : 'jwks unavailable';
  return refuse('unavailable', tokenMessages.unavailable, detail);
}

/**
 * Entra's issuers for the tenant: v1 `https://sts.windows.net/{tid}/`, and v2 on the public
 * cloud's login host whatever host served the keys (Entra names login.microsoftonline.com in
 * its tokens; a stand-in does too, identity-spec §1.1), or on another cloud's authority host.
 */
function issuersOf(tenantId: string, authorityHost: string): string[] {
  const v2 = (host: string) => `${host}/${tenantId}/v2.0`;
  const hosts = new Set(['https://login.microsoftonline.com', authorityHost]);
  return [...[...hosts].map(v2), `https://sts.windows.net/${tenantId}/`];
}

export function createEntraTokenValidator(options: EntraTokenValidatorOptions): TokenValidator {
  const host = (options.authorityHost ?? 'https://login.microsoftonline.com').replace(/\/$/, '');
  const jwksUrl = options.jwksUrl ?? `${host}/${options.tenantId}/discovery/v2.0/keys`;
  const keys = options.keys ?? createRemoteJWKSet(new URL(jwksUrl));
  const audience = [options.clientId, options.appIdUri ?? `api://${options.clientId}`];
  const issuer = issuersOf(options.tenantId, host);
  const scope = options.requiredScope ?? 'access_as_user';
  return {
    async validate(token) {
      let claims: Record<string, unknown>;
      try {
        const verified = await jwtVerify(token, keys, {
          algorithms: ['RS256'],
          audience,
          issuer,
          currentDate: options.clock.now(),
          clockTolerance: options.clockToleranceSeconds ?? 300,
          requiredClaims: ['exp', 'iat'],
        });
        claims = verified.payload;
      } catch (error) {
        return refusalOf(error);
      }
      if (claims.tid !== options.tenantId)
        return refuse('unauthenticated', tokenMessages.invalid, 'wrong tenant');
      if (!scopesOf(claims).includes(scope))
        return refuse('forbidden', tokenMessages.scope, 'missing scope');
      const user = userOfClaims(claims);
      if (!user) return refuse('unauthenticated', tokenMessages.invalid, 'no user (oid)');
      return { ok: true, user };
    },
  };
}
