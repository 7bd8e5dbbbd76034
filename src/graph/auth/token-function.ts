import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';

/**
 * The browser's provider: the tab passes a function returning the signed-in user's token
 * (nested app authentication through msal-browser). The graph-client calls it per request, so a
 * renewed token is picked up without rebuilding the client.
 */
export function tokenFunctionAuthProvider(getToken: () => Promise<string>): AuthenticationProvider {
  return { getAccessToken: () => getToken() };
}
