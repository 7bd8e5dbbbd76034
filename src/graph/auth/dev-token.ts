import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';

/** A demo user of the local emulator, named in its unsigned development token. */
export type DevUser = {
  readonly name: string;
  /** Entra object id; derived from the name when absent, so the same name is the same user. */
  readonly oid?: string;
  readonly upn?: string;
  readonly tenantId?: string;
  /** Delegated scopes (`scp`); the emulator can refuse tokens without the ones a route needs. */
  readonly scopes?: readonly string[];
};

const devScopes = ['Sites.Manage.All', 'Sites.ReadWrite.All', 'TeamMember.Read.All'] as const;

function base64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A stable GUID-shaped id from a name (FNV-1a, not cryptographic: for demo users only). */
export function stableGuid(seed: string): string {
  let hex = '';
  for (let round = 0; hex.length < 32; round += 1) {
    let hash = 0x811c9dc5 ^ round;
    for (const char of `${round}:${seed}`)
      hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
    hex += hash.toString(16).padStart(8, '0');
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function upnOf(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local || 'demo'}@kommun.onmicrosoft.com`;
}

/** An unsigned JWT (`alg: none`) with oid/name/upn: accepted only by the emulator in development. */
export function devToken(user: DevUser, issuedAtSeconds = 1_700_000_000): string {
  const header = { alg: 'none', typ: 'JWT' };
  const claims = {
    aud: 'https://graph.microsoft.com',
    iss: 'https://localhost/aktivitetsplan-dev',
    iat: issuedAtSeconds,
    nbf: issuedAtSeconds,
    exp: issuedAtSeconds + 10 * 365 * 24 * 3600,
    oid: user.oid ?? stableGuid(user.name),
    name: user.name,
    upn: user.upn ?? upnOf(user.name),
    ...(user.tenantId ? { tid: user.tenantId } : {}),
    scp: (user.scopes ?? devScopes).join(' '),
  };
  return `${base64Url(JSON.stringify(header))}.${base64Url(JSON.stringify(claims))}.`;
}

export function devAuthProvider(user: DevUser): AuthenticationProvider {
  const token = devToken(user);
  return { getAccessToken: () => Promise.resolve(token) };
}
