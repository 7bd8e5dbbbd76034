import type { Clock } from '../clock.js';
import type { Caller } from './caller.js';
import { callerFromAuthorization, unauthenticated } from './dev-token.js';
import {
  signedTokenVerifier,
  type SignedTokenOptions,
  type TokenAudience,
} from './signed-token.js';

/**
 * Who calls, from a request's `Authorization` header: the development tokens (any JWT, signed
 * or not) by default, or, with `signedTokens`, only Entra-signed tokens of the configured tenant
 * and keys, as Graph and SharePoint Online check them. Signed tokens always have their scopes
 * and roles checked against each route (Sites.Selected with the site's grant), as real Graph
 * does; development tokens only with `requireScopes`.
 */
export interface Authenticator {
  /** Throws a 401 GraphFailure for a refused token. */
  caller(authorization: string | undefined, audience: TokenAudience): Promise<Caller>;
  readonly requireScopes: boolean;
}

export function devAuthenticator(clock: Clock, requireScopes: boolean): Authenticator {
  return {
    caller: (authorization) => Promise.resolve(callerFromAuthorization(authorization, clock.now())),
    requireScopes,
  };
}

export function signedAuthenticator(options: SignedTokenOptions, clock: Clock): Authenticator {
  const verify = signedTokenVerifier(options, clock);
  return {
    async caller(authorization, audience) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization?.trim() ?? '');
      if (!match) throw unauthenticated('Access token is empty.');
      return verify(match[1]!, audience);
    },
    requireScopes: true,
  };
}
