import { entraErrors, type EntraError } from './identity-errors.js';

/**
 * The identity stand-in's metadata documents (identity-spec §1.1, §1.3), with the members of a real
 * tenant's document (learn.microsoft.com/entra/identity-platform/v2-protocols-oidc#find-your-apps-openid-configuration-document-uri).
 * The issuer is Microsoft's form, which msal-common accepts from any authority host.
 */
export function openIdConfiguration(host: string, segment: string, tenantId: string | undefined) {
  const base = `https://${host}/${segment}`;
  return {
    ...sharedMembers(base, tenantId),
    token_endpoint: `${base}/oauth2/v2.0/token`,
    jwks_uri: `${base}/discovery/v2.0/keys`,
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `https://login.microsoftonline.com/${tenantId ?? '{tenantid}'}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: 'https://graph.microsoft.com/oidc/userinfo',
    authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
    end_session_endpoint: `${base}/oauth2/v2.0/logout`,
    claims_supported: [
      ...sharedClaims,
      'nonce',
      'preferred_username',
      'name',
      'tid',
      'ver',
      'at_hash',
      'c_hash',
      'email',
    ],
  };
}

/** v1 tokens are validated against this one (issuer `https://sts.windows.net/{tid}/`). */
export function v1OpenIdConfiguration(host: string, segment: string, tenantId: string | undefined) {
  const base = `https://${host}/${segment}`;
  return {
    ...sharedMembers(base, tenantId),
    token_endpoint: `${base}/oauth2/token`,
    jwks_uri: `https://${host}/common/discovery/keys`,
    response_types_supported: ['code', 'id_token', 'code id_token', 'token id_token', 'token'],
    scopes_supported: ['openid'],
    issuer: `https://sts.windows.net/${tenantId ?? '{tenantid}'}/`,
    microsoft_multi_refresh_token: true,
    authorization_endpoint: `${base}/oauth2/authorize`,
    device_authorization_endpoint: `${base}/oauth2/devicecode`,
    end_session_endpoint: `${base}/oauth2/logout`,
    claims_supported: [
      ...sharedClaims,
      'amr',
      'nonce',
      'email',
      'given_name',
      'family_name',
      'nickname',
    ],
    check_session_iframe: `${base}/oauth2/checksession`,
    userinfo_endpoint: `${base}/openid/userinfo`,
  };
}

/** The claims both documents list first. */
const sharedClaims = [
  'sub',
  'iss',
  'cloud_instance_name',
  'cloud_instance_host_name',
  'cloud_graph_host_name',
  'msgraph_host',
  'aud',
  'exp',
  'iat',
  'auth_time',
  'acr',
];

/** The members the v1 and v2 documents have alike. */
function sharedMembers(base: string, tenantId: string | undefined) {
  return {
    token_endpoint_auth_methods_supported: [
      'client_secret_post',
      'private_key_jwt',
      'client_secret_basic',
    ],
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    kerberos_endpoint: `${base}/kerberos`,
    tenant_region_scope: tenantId ? 'EU' : null,
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
    rbac_url: 'https://pas.windows.net',
  };
}

const microsoftAliases = [
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
];

/**
 * `GET /common/discovery/instance?api-version=1.1&authorization_endpoint=…` (identity-spec §1.3):
 * 200 for Microsoft's hosts and the stand-in's own (MSAL asks Microsoft about any other authority
 * host, so a test routes login.microsoftonline.com here to answer for the stand-in); 400 `invalid_instance` (AADSTS50049) otherwise.
 */
export function instanceDiscovery(
  /** The stand-in's own hosts (`localhost:port`…): what a client configured with it asks about. */
  ownHosts: readonly string[],
  authorizationEndpoint: string | null,
): { ok: true; body: Record<string, unknown> } | { ok: false; problem: EntraError } {
  let asked: URL | undefined;
  try {
    asked = new URL(authorizationEndpoint ?? '');
  } catch {
    asked = undefined;
  }
  const known =
    asked && (microsoftAliases.includes(asked.hostname) || ownHosts.includes(asked.host));
  if (!asked || !known) return { ok: false, problem: entraErrors.unknownInstance() };
  const tenant = asked.pathname.split('/').filter(Boolean)[0] ?? 'common';
  const discoveryHost = asked.host;
  return {
    ok: true,
    body: {
      tenant_discovery_endpoint: `https://${discoveryHost}/${tenant}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [
        {
          preferred_network: microsoftAliases.includes(discoveryHost)
            ? 'login.microsoftonline.com'
            : discoveryHost,
          preferred_cache: microsoftAliases.includes(discoveryHost)
            ? 'login.windows.net'
            : discoveryHost,
          aliases: microsoftAliases.includes(discoveryHost) ? microsoftAliases : [discoveryHost],
        },
      ],
    },
  };
}
