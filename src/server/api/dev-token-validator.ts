import type { Result } from '../../app/result.js';
import type { Clock } from '../../domain/clock.js';
import {
  refuse,
  tokenMessages,
  userOfClaims,
  type TokenCheck,
  type TokenValidator,
} from './token-validator.js';

/**
 * Local mode only: accepts the emulator's unsigned development tokens (`alg: none`, as the tab's
 * demo sign-in makes them) for the API's audience, checks their times with the clock and reads
 * the user from `oid`/`name`/`upn`. Anyone can write such a token, so this validator is for the
 * emulator's world and must never be installed against a real tenant. With a `directory` (the
 * emulator's users, as `npm start` and a non-production `serve` compose it), a token naming a user
 * the directory does not have is refused with 401, as Entra would never issue one.
 */

/** The directory's answer to "is this a user of the tenant?" (GraphUserDirectory). */
export interface UserDirectory {
  hasUser(userId: string): Promise<Result<boolean>>;
}

export type DevTokenValidatorOptions = {
  readonly clock: Clock;
  /** Accepted `aud` values (the tab's demo sign-in uses `aktivitetsplan`). */
  readonly audiences?: readonly string[];
  readonly clockToleranceSeconds?: number;
  /** Signs in only the users it has; without it any well-formed token's `oid` is taken. */
  readonly directory?: UserDirectory;
};

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function audienceMatches(aud: unknown, accepted: readonly string[]): boolean {
  const values = Array.isArray(aud) ? aud : [aud];
  return values.some((v) => typeof v === 'string' && accepted.includes(v));
}

export function createDevTokenValidator(options: DevTokenValidatorOptions): TokenValidator {
  const audiences = options.audiences ?? ['aktivitetsplan'];
  const tolerance = options.clockToleranceSeconds ?? 60;
  const check = (token: string): TokenCheck => {
    const [head, body, signature, ...rest] = token.split('.');
    if (head === undefined || body === undefined || signature === undefined || rest.length > 0)
      return refuse('unauthenticated', tokenMessages.invalid, 'not a JWT');
    const header = decodePart(head);
    const claims = decodePart(body);
    if (!header || !claims) return refuse('unauthenticated', tokenMessages.invalid, 'not a JWT');
    if (header.alg !== 'none' || signature !== '')
      return refuse('unauthenticated', tokenMessages.invalid, 'not an unsigned dev token');
    if (!audienceMatches(claims.aud, audiences))
      return refuse('unauthenticated', tokenMessages.invalid, 'wrong audience');
    const now = options.clock.now().getTime() / 1000;
    if (typeof claims.exp !== 'number' || claims.exp + tolerance <= now)
      return refuse('unauthenticated', tokenMessages.expired, 'expired');
    if (typeof claims.nbf === 'number' && claims.nbf - tolerance > now)
      return refuse('unauthenticated', tokenMessages.invalid, 'not yet valid');
    const user = userOfClaims(claims);
    if (!user) return refuse('unauthenticated', tokenMessages.invalid, 'no oid');
    return { ok: true, user };
  };
  const known = async (checked: TokenCheck): Promise<TokenCheck> => {
    if (!checked.ok || !options.directory) return checked;
    const found = await options.directory.hasUser(checked.user.id);
    if (!found.ok) return refuse('unavailable', tokenMessages.unavailable, 'directory unavailable');
    if (!found.value) return refuse('unauthenticated', tokenMessages.unknownUser, 'unknown user');
    return checked;
  };
  return { validate: (token) => known(check(token)) };
}
