import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';

/**
 * Checks the JWT the Bot Framework channel sends with every activity, before the body is read
 * (learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-authentication,
 * "Authenticate requests from the Bot Connector service"): a Bearer token, RS256 by a published
 * key, audience the bot's app id, an issuer the installation trusts, within its validity window
 * with 5 minutes of clock skew. The `serviceurl` claim is compared with the activity once it is
 * parsed (channel-auth.ts).
 *
 * Trusted issuers, for a single-tenant bot: the Bot Framework (`https://api.botframework.com`)
 * and Entra's v1/v2 issuers of the bot's own tenant and of Microsoft's first-party tenants that
 * Azure Bot Service and Teams sign with (the Agents SDK's and the .NET SDK's always-trusted list).
 * An Entra issuer's tenant must equal the token's `tid`.
 *
 * Keys: the Bot Framework's at `https://login.botframework.com/v1/.well-known/keys`; Entra's at
 * `{authorityHost}/{tenant}/discovery/v2.0/keys` (Entra's keys are shared by every tenant of a
 * cloud). jose caches each key set for 10 minutes and, after a fetch, fetches again for an
 * unknown key id at most once per 30 s, so forged key ids cannot make the bot hammer Entra.
 */

export type ChannelTokenOptions = {
  readonly botId: string;
  /** The bot's tenant; absent for a multi-tenant bot (then only Microsoft's issuers). */
  readonly tenantId?: string;
  /** Entra's authority host; default `https://login.microsoftonline.com`. */
  readonly authorityHost?: string;
  /** Seconds between two key-set fetches for unknown key ids (default 30). */
  readonly keyRefetchCooldownSeconds?: number;
};

export type ChannelTokenRefusal =
  | 'noToken'
  | 'badHeader'
  | 'malformed'
  | 'audience'
  | 'issuer'
  | 'tenant'
  | 'signature'
  | 'expired'
  | 'unknownKey'
  | 'keysUnavailable';

type ChannelTokenCheck =
  | { readonly ok: true; readonly claims: JWTPayload }
  | { readonly ok: false; readonly reason: ChannelTokenRefusal; readonly detail?: string };

export type ChannelTokenVerifier = (
  authorization: string | undefined,
) => Promise<ChannelTokenCheck>;

const botFrameworkIssuer = 'https://api.botframework.com';
const botFrameworkKeys = 'https://login.botframework.com/v1/.well-known/keys';
export const microsoftAuthority = 'https://login.microsoftonline.com';

/** Microsoft's first-party tenants whose Entra-issued tokens the Agents SDK always trusts. */
const firstPartyTenantIds = [
  'd6d49420-f39b-4df7-a1dc-d59a935871db',
  'f8cdef31-a31e-4b4a-93e4-5f571e91255a',
  '69e9b82d-4842-4902-8d1e-abc5b98a55e8',
] as const;

const entraIssuer =
  /^https:\/\/(?:sts\.windows\.net\/([0-9a-f-]{36})\/|login\.microsoftonline\.com\/([0-9a-f-]{36})\/v2\.0)$/i;

/** The tenant an Entra issuer names, or undefined for another issuer. */
function issuerTenant(iss: string): string | undefined {
  const match = entraIssuer.exec(iss);
  return (match?.[1] ?? match?.[2])?.toLowerCase();
}

function bearerOf(
  authorization: string | undefined,
): { readonly token: string } | 'noToken' | 'badHeader' {
  if (!authorization?.trim()) return 'noToken';
  const parts = authorization.trim().split(/\s+/);
  if (parts.length !== 2 || parts[0]?.toLowerCase() !== 'bearer' || !parts[1]) return 'badHeader';
  return { token: parts[1] };
}

const refusalByCode: Readonly<Record<string, ChannelTokenRefusal>> = {
  ERR_JWT_EXPIRED: 'expired',
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: 'signature',
  ERR_JOSE_ALG_NOT_ALLOWED: 'signature',
  ERR_JOSE_NOT_SUPPORTED: 'signature',
  ERR_JWKS_NO_MATCHING_KEY: 'unknownKey',
  ERR_JWKS_MULTIPLE_MATCHING_KEYS: 'unknownKey',
  ERR_JWS_INVALID: 'malformed',
  ERR_JWT_INVALID: 'malformed',
};

function refusalOf(error: unknown): ChannelTokenCheck {
  const { code, claim } = (error ?? {}) as { code?: unknown; claim?: unknown };
  if (code === 'ERR_JWT_CLAIM_VALIDATION_FAILED') {
    const reason = claim === 'aud' ? 'audience' : claim === 'nbf' ? 'expired' : 'malformed';
    return { ok: false, reason, detail: String(claim) };
  }
  const known = typeof code === 'string' ? refusalByCode[code] : undefined;
  return known
    ? { ok: false, reason: known, detail: String(code) }
    : {
        ok: false,
        reason: 'keysUnavailable',
        detail: error instanceof Error ? error.message : String(error),
      };
}

export function createChannelTokenVerifier(options: ChannelTokenOptions): ChannelTokenVerifier {
  const host = (options.authorityHost ?? microsoftAuthority).replace(/\/+$/, '');
  const jwksOptions = { cooldownDuration: (options.keyRefetchCooldownSeconds ?? 30) * 1000 };
  const entraKeys = createRemoteJWKSet(
    new URL(`${host}/${options.tenantId ?? 'botframework.com'}/discovery/v2.0/keys`),
    jwksOptions,
  );
  const frameworkKeys = createRemoteJWKSet(new URL(botFrameworkKeys), jwksOptions);
  const tenants = new Set(
    [options.tenantId, ...firstPartyTenantIds]
      .filter((t): t is string => !!t)
      .map((t) => t.toLowerCase()),
  );
  return async (authorization) => {
    const bearer = bearerOf(authorization);
    if (typeof bearer === 'string') return { ok: false, reason: bearer };
    const { token } = bearer;
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const audiences = [unverified.aud ?? []].flat();
    if (!audiences.includes(options.botId)) return { ok: false, reason: 'audience' };
    const iss = typeof unverified.iss === 'string' ? unverified.iss : '';
    const tenant = issuerTenant(iss);
    const fromFramework = iss.toLowerCase() === botFrameworkIssuer;
    if (!fromFramework && !(tenant && tenants.has(tenant)))
      return { ok: false, reason: 'issuer', detail: iss };
    if (tenant && typeof unverified.tid === 'string' && unverified.tid.toLowerCase() !== tenant)
      return { ok: false, reason: 'tenant' };
    try {
      const { payload } = await jwtVerify(token, fromFramework ? frameworkKeys : entraKeys, {
        algorithms: ['RS256'],
        audience: options.botId,
        issuer: iss,
        clockTolerance: 300,
        requiredClaims: ['exp'],
      });
      return { ok: true, claims: payload };
    } catch (error) {
      return refusalOf(error);
    }
  };
}
