import { randomUUID } from 'node:crypto';

/**
 * Entra's OAuth error answers (identity-spec §1.4, from
 * learn.microsoft.com/entra/identity-platform/reference-error-codes and
 * v2-oauth2-client-creds-grant-flow#error-response): `error`, an `error_description` of
 * "AADSTSnnnn: text\r\nTrace ID…\r\nCorrelation ID…\r\nTimestamp…", `error_codes`, `timestamp`,
 * `trace_id`, `correlation_id`, `error_uri`.
 */
export type EntraError = {
  readonly status: number;
  readonly error: string;
  readonly codes: readonly number[];
  readonly text: string;
};

export function entraErrorBody(problem: EntraError, correlationId: string | undefined, now: Date) {
  const traceId = randomUUID();
  const correlation = correlationId ?? randomUUID();
  const timestamp = `${now.toISOString().slice(0, 19).replace('T', ' ')}Z`;
  const code = problem.codes[0] ?? 0;
  return {
    error: problem.error,
    error_description: `AADSTS${code}: ${problem.text}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlation}\r\nTimestamp: ${timestamp}`,
    error_codes: problem.codes,
    timestamp,
    trace_id: traceId,
    correlation_id: correlation,
    error_uri: `https://login.microsoftonline.com/error?code=${code}`,
  };
}

export const entraErrors = {
  badSecret: (clientId: string): EntraError => ({
    status: 401,
    error: 'invalid_client',
    codes: [7000215],
    text: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
  }),
  noCredential: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    codes: [7000218],
    text: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  }),
  unknownClient: (clientId: string, tenant: string): EntraError => ({
    status: 400,
    error: 'unauthorized_client',
    codes: [700016],
    text: `Application with identifier '${clientId}' was not found in the directory '${tenant}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  unknownCertificate: (thumbprint: string): EntraError => ({
    status: 401,
    error: 'invalid_client',
    codes: [700027],
    text: `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id.]`,
  }),
  badAssertion: (reason: string): EntraError => ({
    status: 401,
    error: 'invalid_client',
    codes: [700027],
    text: `Client assertion failed signature validation. [Reason - ${reason}]`,
  }),
  assertionAudience: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    codes: [70002, 50012],
    text: 'Error validating credentials. AADSTS50012: Client assertion audience claim does not match Realm issuer.',
  }),
  assertionTime: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    codes: [700024],
    text: 'Client assertion is not within its valid time range.',
  }),
  assertionSubject: (): EntraError => ({
    status: 401,
    error: 'invalid_client',
    codes: [700021],
    text: "Client assertion application identifier doesn't match 'client_id' parameter. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .",
  }),
  badScope: (scope: string): EntraError => ({
    status: 400,
    error: 'invalid_scope',
    codes: [70011],
    text: `The provided request must include a 'scope' input parameter. The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`,
  }),
  unknownResource: (resource: string, tenant: string): EntraError => ({
    status: 400,
    error: 'invalid_resource',
    codes: [500011],
    text: `The resource principal named ${resource} was not found in the tenant named ${tenant}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  }),
  unsupportedGrant: (grant: string): EntraError => ({
    status: 400,
    error: 'unsupported_grant_type',
    codes: [70003],
    text: `The app requested an unsupported grant type '${grant}'.`,
  }),
  /** Instance discovery for an unknown host (identity-spec §1.3). */
  unknownInstance: (): EntraError => ({
    status: 400,
    error: 'invalid_instance',
    codes: [50049],
    text: 'Unknown or invalid instance.',
  }),
  unknownTenant: (tenant: string): EntraError => ({
    status: 400,
    error: 'invalid_tenant',
    codes: [90002],
    text: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`,
  }),
};
