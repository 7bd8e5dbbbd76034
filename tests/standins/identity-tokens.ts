import { createHash, randomUUID } from 'node:crypto';
import { SignJWT, type JWTPayload } from 'jose';
import type { CertifiedKey } from './keys.js';

/**
 * The claims Entra puts in access tokens (identity-spec §2, from
 * learn.microsoft.com/entra/identity-platform/access-token-claims-reference and access-tokens):
 * v1 tokens are issued by `https://sts.windows.net/{tid}/` with `appid`/`appidacr` and an `x5t`
 * header; v2 by `https://login.microsoftonline.com/{tid}/v2.0` with `azp`/`azpacr`. The resource's
 * registration picks the version (`accessTokenAcceptedVersion`), not the endpoint.
 */
export type TokenVersion = 1 | 2;

export const v1Issuer = (tenantId: string) => `https://sts.windows.net/${tenantId}/`;
const v2Issuer = (tenantId: string) => `https://login.microsoftonline.com/${tenantId}/v2.0`;

/** Seconds since the epoch. */
export const epoch = (at: Date) => Math.floor(at.getTime() / 1000);

export type SignOptions = {
  readonly key: CertifiedKey;
  /** Defaults to the key's thumbprint, as Entra's keys have. */
  readonly kid?: string;
  /** v1 tokens carry `x5t` too. */
  readonly withX5t?: boolean;
};

export async function signToken(claims: JWTPayload, options: SignOptions): Promise<string> {
  const kid = options.kid ?? options.key.x5t;
  return new SignJWT(claims)
    .setProtectedHeader({
      typ: 'JWT',
      alg: 'RS256',
      ...(options.withX5t ? { x5t: kid } : {}),
      kid,
    })
    .sign(options.key.privateKey);
}

/** `aud` and the token's times: issued and valid from `now`, for `lifetimeSeconds`. */
function issued(c: {
  readonly audience: string;
  readonly now: Date;
  readonly lifetimeSeconds: number;
}) {
  const iat = epoch(c.now);
  return { aud: c.audience, iat, nbf: iat, exp: iat + c.lifetimeSeconds };
}

/** `uti`: the token's own id, 22 characters. */
const tokenId = () => randomUUID().replaceAll('-', '').slice(0, 22);

export type AppOnlyClaims = {
  readonly version: TokenVersion;
  readonly tenantId: string;
  readonly clientId: string;
  /** 1 secret, 2 certificate. */
  readonly clientAuth: 1 | 2;
  /** The service principal's object id in the tenant. */
  readonly objectId: string;
  /** v1: the resource as requested; v2: the resource's app id. */
  readonly audience: string;
  readonly roles: readonly string[];
  readonly now: Date;
  readonly lifetimeSeconds: number;
};

export function appOnlyClaims(c: AppOnlyClaims): JWTPayload {
  const common = {
    ...issued(c),
    idtyp: 'app',
    oid: c.objectId,
    sub: c.objectId,
    ...(c.roles.length > 0 ? { roles: [...c.roles] } : {}),
    tid: c.tenantId,
    uti: tokenId(),
  };
  return c.version === 1
    ? {
        ...common,
        iss: v1Issuer(c.tenantId),
        idp: v1Issuer(c.tenantId),
        appid: c.clientId,
        appidacr: String(c.clientAuth),
        ver: '1.0',
      }
    : {
        ...common,
        iss: v2Issuer(c.tenantId),
        azp: c.clientId,
        azpacr: String(c.clientAuth),
        ver: '2.0',
      };
}

export type DirectoryUser = {
  readonly objectId: string;
  readonly tenantId: string;
  readonly name: string;
  readonly userPrincipalName: string;
};

export type UserClaims = {
  readonly version: TokenVersion;
  readonly user: DirectoryUser;
  /** The (nested) app that asked for the token: `appid`/`azp`. */
  readonly clientId: string;
  /** v1: the App ID URI (`api://{host}/{clientId}`); v2: the API's client id. */
  readonly audience: string;
  readonly scopes: readonly string[];
  readonly now: Date;
  readonly lifetimeSeconds: number;
};

/** `sub` is pairwise: stable per user and app, different between apps. */
function pairwiseSubject(objectId: string, clientId: string): string {
  return createHash('sha256').update(`${objectId}|${clientId}`).digest('base64url').slice(0, 43);
}

export function userClaims(c: UserClaims): JWTPayload {
  const common = {
    ...issued(c),
    idtyp: 'user',
    name: c.user.name,
    oid: c.user.objectId,
    scp: c.scopes.join(' '),
    sub: pairwiseSubject(c.user.objectId, c.clientId),
    tid: c.user.tenantId,
    uti: tokenId(),
  };
  return c.version === 1
    ? {
        ...common,
        iss: v1Issuer(c.user.tenantId),
        amr: ['pwd'],
        appid: c.clientId,
        appidacr: '0',
        unique_name: c.user.userPrincipalName,
        upn: c.user.userPrincipalName,
        ver: '1.0',
      }
    : {
        ...common,
        iss: v2Issuer(c.user.tenantId),
        azp: c.clientId,
        azpacr: '0',
        preferred_username: c.user.userPrincipalName,
        ver: '2.0',
      };
}
