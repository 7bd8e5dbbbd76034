import { GraphFailure } from '../http/errors.js';
import { callerFromClaims, type Caller } from './caller.js';

export function unauthenticated(message: string): GraphFailure {
  return new GraphFailure(401, 'InvalidAuthenticationToken', message, {
    'WWW-Authenticate':
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"',
  });
}

function decodePart(part: string): unknown {
  const text = Buffer.from(part, 'base64url').toString('utf8');
  return JSON.parse(text) as unknown;
}

/**
 * Reads the bearer token. In development any JWT is accepted, signed or not
 * (`alg: none` is fine); its `oid`, `name` and `upn` become the caller.
 */
export function callerFromAuthorization(header: string | undefined, now: Date): Caller {
  if (header === undefined || header.trim() === '') throw unauthenticated('Access token is empty.');
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw unauthenticated('Access token is empty.');
  const parts = m[1]!.split('.');
  let claims: Record<string, unknown>;
  try {
    if (parts.length !== 3) throw new Error('parts');
    const head = decodePart(parts[0]!);
    const body = decodePart(parts[1]!);
    if (typeof head !== 'object' || head === null || typeof body !== 'object' || body === null) {
      throw new Error('not objects');
    }
    claims = body as Record<string, unknown>;
  } catch {
    throw unauthenticated(
      'IDX14100: JWT is not well formed, there are no dots (.). The token needs to be in JWS or JWE Compact Serialization Format.',
    );
  }
  if (typeof claims.exp === 'number' && claims.exp * 1000 < now.getTime()) {
    throw unauthenticated('Lifetime validation failed, the token is expired.');
  }
  return callerFromClaims(claims);
}

/** Makes an unsigned development token (`alg: none`) the emulator accepts. */
export function makeDevToken(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
