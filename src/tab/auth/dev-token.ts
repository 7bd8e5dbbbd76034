/**
 * The emulator's development token: an unsigned JWT (`header.payload.` with an empty
 * signature, `alg: none`) whose `oid`/`name`/`upn` claims name the user.
 */
export type DevTokenClaims = {
  readonly oid: string;
  readonly name: string;
  readonly upn: string;
  readonly tid: string;
  readonly scopes: readonly string[];
  readonly audience: string;
};

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  bytes.forEach((b) => (binary += String.fromCharCode(b)));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function makeDevToken(claims: DevTokenClaims, now: Date, lifetimeSeconds = 3600): string {
  const iat = Math.floor(now.getTime() / 1000);
  const header = { alg: 'none', typ: 'JWT' };
  const payload = {
    aud: claims.audience,
    iss: `https://login.microsoftonline.com/${claims.tid}/v2.0`,
    iat,
    nbf: iat,
    exp: iat + lifetimeSeconds,
    oid: claims.oid,
    sub: claims.oid,
    tid: claims.tid,
    name: claims.name,
    upn: claims.upn,
    preferred_username: claims.upn,
    scp: claims.scopes.join(' '),
  };
  return `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(payload))}.`;
}

/** Reads the payload of any JWT (no verification: for display and expiry only). */
export function readTokenPayload(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (!part) return undefined;
  try {
    const binary = atob(part.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof parsed === 'object' && parsed !== null
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
