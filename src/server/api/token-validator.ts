/**
 * Who calls the API: the user named by a bearer token. Two validators implement the port: the
 * Entra validator for a tenant (signed tokens for the app's own API scope) and the development
 * validator for the local emulator's unsigned tokens (local mode only; the composition root
 * must never install it in production).
 */

export type ApiUser = {
  /** Entra object id (`oid`). */
  readonly id: string;
  readonly name: string;
  readonly upn?: string;
  readonly tenantId?: string;
};

export type TokenRefusal = {
  readonly ok: false;
  /** unauthenticated: no, malformed, expired or foreign token; forbidden: lacks the API scope. */
  readonly reason: 'unauthenticated' | 'forbidden' | 'unavailable';
  /** Swedish, for the user. */
  readonly message: string;
  /** For logs: which check failed (never the token or its claims' values). */
  readonly detail: string;
};

export type TokenCheck = { readonly ok: true; readonly user: ApiUser } | TokenRefusal;

export interface TokenValidator {
  validate(token: string): Promise<TokenCheck>;
}

export const tokenMessages = {
  missing: 'Du är inte inloggad. Logga in och försök igen.',
  invalid: 'Inloggningen kunde inte kontrolleras. Logga in igen.',
  expired: 'Din inloggning har gått ut. Logga in igen för att fortsätta.',
  scope: 'Inloggningen ger inte åtkomst till Aktivitetsplan. Logga in igen.',
  unavailable: 'Inloggningen kunde inte kontrolleras just nu. Försök igen om en stund.',
  unknownUser: 'Användaren finns inte i organisationens katalog. Logga in som en annan användare.',
} as const;

export function refuse(
  reason: TokenRefusal['reason'],
  message: string,
  detail: string,
): TokenRefusal {
  return { ok: false, reason, message, detail };
}

/** The token of an `Authorization: Bearer …` header; undefined when absent or another scheme. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer[ ]+([A-Za-z0-9\-_.~+/]+=*)\s*$/i.exec(header ?? '');
  return match?.[1];
}

/** The user a verified token's claims name; undefined when it names no user. */
export function userOfClaims(claims: Readonly<Record<string, unknown>>): ApiUser | undefined {
  const text = (key: string) => {
    const value = claims[key];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const id = text('oid');
  if (id === undefined) return undefined;
  const upn = text('upn') ?? text('preferred_username');
  const name = text('name') ?? upn ?? id;
  const tenantId = text('tid');
  return { id, name, ...(upn ? { upn } : {}), ...(tenantId ? { tenantId } : {}) };
}

/** Delegated scopes of a token (`scp`, space-separated). */
export function scopesOf(claims: Readonly<Record<string, unknown>>): readonly string[] {
  const scp = claims.scp;
  return typeof scp === 'string' ? scp.split(' ').filter(Boolean) : [];
}
