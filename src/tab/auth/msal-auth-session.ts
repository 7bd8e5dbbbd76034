import {
  createNestablePublicClientApplication,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import type { TenantConfig } from '../config/runtime-config.js';
import type { AuthSession, SignedInUser, TokenResource, TokenResult } from './auth-session.js';

type MsalConfig = Pick<
  TenantConfig,
  'clientId' | 'authority' | 'apiScope' | 'graphScopes' | 'redirectUri' | 'naaRedirectUri'
>;

function scopesFor(config: MsalConfig, resource: TokenResource): string[] {
  return resource === 'api' ? [config.apiScope] : [...config.graphScopes];
}

function userOf(account: AccountInfo): SignedInUser {
  return {
    id: account.localAccountId || account.homeAccountId,
    name: account.name ?? account.username,
    upn: account.username,
  };
}

function failure(error: unknown): TokenResult {
  const interaction = error instanceof InteractionRequiredAuthError;
  return {
    ok: false,
    reason: interaction ? 'interactionRequired' : 'failed',
    message: error instanceof Error ? error.message : String(error),
  };
}

function sessionOver(
  pca: IPublicClientApplication,
  config: MsalConfig,
  account: AccountInfo,
): AuthSession {
  const silent = async (resource: TokenResource, forceRefresh = false): Promise<TokenResult> => {
    try {
      const result = await pca.acquireTokenSilent({
        scopes: scopesFor(config, resource),
        account,
        forceRefresh,
      });
      return { ok: true, token: result.accessToken };
    } catch (error) {
      return failure(error);
    }
  };
  return {
    mode: 'tenant',
    user: userOf(account),
    getToken: (resource, options) => silent(resource, options?.forceRefresh),
    reauthenticate: async () => {
      try {
        const result = await pca.acquireTokenPopup({ scopes: scopesFor(config, 'api'), account });
        return { ok: true, token: result.accessToken };
      } catch (error) {
        return failure(error);
      }
    },
    signOut: () => pca.logoutPopup({ account }),
  };
}

export type MsalSignIn = {
  /** Without any window: the NAA broker in Teams, or a cached account. */
  trySilent(): Promise<AuthSession | undefined>;
  /** From a click: a popup sign-in. */
  signInInteractive(): Promise<{ ok: true; session: AuthSession } | { ok: false; message: string }>;
};

/**
 * The redirect URI: inside Teams the nested-app one (`brk-multihub://<host>`, as the manifest's
 * nestedAppAuthInfo says, so that Teams can serve its prefetched token), else the tab's address.
 */
export function redirectUriFor(config: MsalConfig, inTeams: boolean): string | undefined {
  return inTeams && config.naaRedirectUri ? config.naaRedirectUri : config.redirectUri;
}

/** NAA in Teams (createNestablePublicClientApplication falls back to a standard client outside). */
export async function createMsalSignIn(config: MsalConfig, inTeams = false): Promise<MsalSignIn> {
  const redirectUri = redirectUriFor(config, inTeams);
  const pca = await createNestablePublicClientApplication({
    auth: {
      clientId: config.clientId,
      authority: config.authority,
      ...(redirectUri ? { redirectUri } : {}),
    },
  });
  const adopt = (result: AuthenticationResult): AuthSession | undefined => {
    if (!result.account) return undefined;
    pca.setActiveAccount(result.account);
    return sessionOver(pca, config, result.account);
  };
  return {
    trySilent: async () => {
      const account = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      try {
        const result = await pca.acquireTokenSilent({ scopes: scopesFor(config, 'api'), account });
        return adopt(result);
      } catch {
        return undefined;
      }
    },
    signInInteractive: async () => {
      try {
        const session = adopt(await pca.loginPopup({ scopes: scopesFor(config, 'api') }));
        return session ? { ok: true, session } : { ok: false, message: 'No account' };
      } catch (error) {
        return { ok: false, message: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
