import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type TokenCredential,
} from '@azure/identity';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import { TokenCredentialAuthenticationProvider } from '@microsoft/microsoft-graph-client/authProviders/azureTokenCredentials/index.js';

/**
 * Entra's authority host when it is not Microsoft's own (the rehearsal's identity stand-in);
 * absent or `https://login.microsoftonline.com`: Microsoft's.
 */
type Authority = { readonly authorityHost?: string };

/** How the app proves who it is to Entra, app-only (Node only; never bundled into the tab). */
export type AppCredentialConfig =
  | (Authority & {
      readonly kind: 'clientSecret';
      readonly tenantId: string;
      readonly clientId: string;
      readonly clientSecret: string;
    })
  | (Authority & {
      readonly kind: 'certificate';
      readonly tenantId: string;
      readonly clientId: string;
      /** A PEM file holding the private key and the certificate. */
      readonly certificatePath: string;
      readonly certificatePassword?: string;
    })
  | { readonly kind: 'managedIdentity'; readonly clientId?: string };

const graphAppScopes = ['https://graph.microsoft.com/.default'] as const;

const microsoftAuthorityHost = 'https://login.microsoftonline.com';

/**
 * Another authority host, and no instance discovery: MSAL would otherwise first ask
 * login.microsoftonline.com whether that host is an Entra instance (identity-spec §0, §1.3), and
 * the rehearsal's stand-in would never be asked. Microsoft's own host keeps the defaults.
 */
function authorityOptions(config: Authority) {
  const host = config.authorityHost?.replace(/\/+$/, '');
  if (host === undefined || host === microsoftAuthorityHost) return {};
  return { authorityHost: host, disableInstanceDiscovery: true };
}

export function createAppCredential(config: AppCredentialConfig): TokenCredential {
  switch (config.kind) {
    case 'clientSecret':
      return new ClientSecretCredential(
        config.tenantId,
        config.clientId,
        config.clientSecret,
        authorityOptions(config),
      );
    case 'certificate':
      // The certificate is the third argument, the credential's options the fourth.
      return new ClientCertificateCredential(
        config.tenantId,
        config.clientId,
        {
          certificatePath: config.certificatePath,
          ...(config.certificatePassword
            ? { certificatePassword: config.certificatePassword }
            : {}),
        },
        authorityOptions(config),
      );
    case 'managedIdentity':
      return config.clientId
        ? new ManagedIdentityCredential({ clientId: config.clientId })
        : new ManagedIdentityCredential();
  }
}

/**
 * The graph-client's own TokenCredentialAuthenticationProvider over an @azure/identity
 * credential. Graph takes `https://graph.microsoft.com/.default`; SharePoint REST (views and
 * column formatting) takes `https://<tenant>.sharepoint.com/.default` and, app-only, accepts
 * only certificate or managed-identity tokens, not client secrets.
 */
export function appOnlyAuthProvider(
  credential: TokenCredential,
  scopes: readonly string[] = graphAppScopes,
): AuthenticationProvider {
  return new TokenCredentialAuthenticationProvider(credential, { scopes: [...scopes] });
}
