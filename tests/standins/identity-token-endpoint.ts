import { compactVerify, decodeProtectedHeader } from 'jose';
import { entraErrors, type EntraError } from './identity-errors.js';
import type {
  AppRegistration,
  IdentityDirectory,
  TenantRegistration,
} from './identity-directory.js';
import { appOnlyClaims, epoch, signToken } from './identity-tokens.js';
import type { CertifiedKey } from './keys.js';

/**
 * `POST /{tenant}/oauth2/v2.0/token`, client-credentials grant (identity-spec §1.4, from
 * learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow and
 * certificate-credentials). The client authenticates with `client_secret` (form or HTTP Basic)
 * or a `client_assertion` signed by a registered certificate: RS256 with `x5t` (SHA-1) or PS256
 * with `x5t#S256`, `aud` = this token URL, `iss` = `sub` = the client id, within `nbf`/`exp`.
 * Unknown form fields and query parameters are ignored.
 */

export type TokenGrant = {
  readonly clientId: string;
  readonly tenantId: string;
  readonly resource: string;
  readonly method: 'secret' | 'certificate';
  /** For a certificate: the assertion's algorithm and thumbprint header (`x5t` or `x5t#S256`). */
  readonly assertion?: { readonly alg: string; readonly thumbprint: string };
  readonly claims: Record<string, unknown>;
};

export type TokenAnswer =
  | { readonly ok: true; readonly body: Record<string, unknown>; readonly grant: TokenGrant }
  | { readonly ok: false; readonly problem: EntraError };

export type TokenRequest = {
  readonly tenant: TenantRegistration;
  readonly form: URLSearchParams;
  readonly authorization: string | undefined;
  /** The URL the client posted to (its Host header), the only audience an assertion may have. */
  readonly tokenUrl: string;
  readonly now: Date;
};

export const tokenLifetimeSeconds = 3599;
/** Entra's tolerance for clock skew on a client assertion *(inference: 5 min as elsewhere)*. */
const skewSeconds = 300;

const fail = (problem: EntraError): TokenAnswer => ({ ok: false, problem });

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(.+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const [id, ...rest] = Buffer.from(match[1], 'base64').toString('utf8').split(':');
  return id
    ? { id: decodeURIComponent(id), secret: decodeURIComponent(rest.join(':')) }
    : undefined;
}

async function checkAssertion(
  app: AppRegistration,
  assertion: string,
  tokenUrl: string,
  now: Date,
): Promise<EntraError | { readonly alg: string; readonly thumbprint: string }> {
  let header;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    return entraErrors.badAssertion('The client assertion is not a JWT.');
  }
  const s256 = header['x5t#S256'];
  const pairs: readonly [string, unknown, (k: CertifiedKey) => string][] = [
    ['x5t#S256', s256, (k) => k.x5tS256],
    ['x5t', header.x5t, (k) => k.x5t],
  ];
  const pair = pairs.find(([, value]) => typeof value === 'string');
  if (!pair) return entraErrors.unknownCertificate('');
  const [thumbprintName, thumbprint, thumbprintOf] = pair;
  const certificate = app.certificates?.find((k) => thumbprintOf(k) === thumbprint);
  if (!certificate) return entraErrors.unknownCertificate(String(thumbprint));
  let payload: Record<string, unknown>;
  try {
    const verified = await compactVerify(assertion, certificate.publicKey, {
      algorithms: ['RS256', 'PS256'],
    });
    payload = JSON.parse(new TextDecoder().decode(verified.payload)) as Record<string, unknown>;
  } catch {
    return entraErrors.badAssertion('The signature does not match the registered certificate.');
  }
  const aud = payload.aud;
  if (!(aud === tokenUrl || (Array.isArray(aud) && aud.includes(tokenUrl)))) {
    return entraErrors.assertionAudience();
  }
  if (payload.iss !== app.clientId || payload.sub !== app.clientId) {
    return entraErrors.assertionSubject();
  }
  const t = epoch(now);
  if (typeof payload.exp !== 'number' || payload.exp + skewSeconds < t)
    return entraErrors.assertionTime();
  if (typeof payload.nbf === 'number' && payload.nbf - skewSeconds > t)
    return entraErrors.assertionTime();
  return { alg: String(header.alg), thumbprint: thumbprintName };
}

export async function answerTokenRequest(
  directory: IdentityDirectory,
  key: CertifiedKey,
  request: TokenRequest,
): Promise<TokenAnswer> {
  const { form, tenant, now } = request;
  const grantType = form.get('grant_type') ?? '';
  if (grantType !== 'client_credentials') return fail(entraErrors.unsupportedGrant(grantType));
  const basic = basicCredentials(request.authorization);
  const clientId = form.get('client_id') ?? basic?.id ?? '';
  const app = directory.app(clientId);
  const objectId = app && directory.servicePrincipal(app.clientId, tenant.id);
  if (!app || !objectId) return fail(entraErrors.unknownClient(clientId, tenant.id));
  const secret = form.get('client_secret') ?? basic?.secret;
  const assertion = form.get('client_assertion');
  let method: TokenGrant['method'];
  let used: TokenGrant['assertion'];
  if (assertion) {
    const checked = await checkAssertion(app, assertion, request.tokenUrl, now);
    if ('status' in checked) return fail(checked);
    method = 'certificate';
    used = checked;
  } else if (secret !== undefined) {
    if (!app.secrets?.includes(secret)) return fail(entraErrors.badSecret(app.clientId));
    method = 'secret';
  } else {
    return fail(entraErrors.noCredential());
  }
  const scope = form.get('scope') ?? '';
  if (!scope.endsWith('/.default') || scope.includes(' ')) return fail(entraErrors.badScope(scope));
  const asked = scope.slice(0, -'/.default'.length);
  const resource = directory.resource(asked);
  if (!resource) return fail(entraErrors.unknownResource(asked, tenant.id));
  const claims = appOnlyClaims({
    version: resource.accessTokenVersion,
    tenantId: tenant.id,
    clientId: app.clientId,
    clientAuth: method === 'secret' ? 1 : 2,
    objectId,
    audience: resource.accessTokenVersion === 1 ? asked.replace(/\/+$/, '') : resource.appId,
    roles: directory.roles(app.clientId, resource),
    now,
    lifetimeSeconds: tokenLifetimeSeconds,
  });
  const accessToken = await signToken(claims, { key, withX5t: resource.accessTokenVersion === 1 });
  return {
    ok: true,
    body: {
      token_type: 'Bearer',
      expires_in: tokenLifetimeSeconds,
      ext_expires_in: tokenLifetimeSeconds,
      access_token: accessToken,
    },
    grant: {
      clientId: app.clientId,
      tenantId: tenant.id,
      resource: resource.uri,
      method,
      ...(used ? { assertion: used } : {}),
      claims,
    },
  };
}
