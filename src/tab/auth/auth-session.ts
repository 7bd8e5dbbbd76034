/** Who is signed in, as the token says. */
export type SignedInUser = { readonly id: string; readonly name: string; readonly upn?: string };

/** `api`: the app's own API (writes); `graph`: Microsoft Graph (reads through loadPlan). */
export type TokenResource = 'api' | 'graph';

export type TokenResult =
  | { readonly ok: true; readonly token: string }
  | {
      readonly ok: false;
      /** interactionRequired: the user must sign in again (a popup needs a click). */
      readonly reason: 'interactionRequired' | 'failed';
      readonly message: string;
    };

/**
 * The signed-in user's tokens. Local mode: unsigned dev JWTs for a demo user; tenant mode:
 * msal-browser with nested app authentication (standard client outside Teams).
 */
export interface AuthSession {
  readonly user: SignedInUser;
  readonly mode: 'local' | 'tenant';
  /** Silent: from cache or refreshed; never opens a window. */
  getToken(
    resource: TokenResource,
    options?: { readonly forceRefresh?: boolean },
  ): Promise<TokenResult>;
  /** Interactive (call from a click): signs the same user in again, the page stays as it is. */
  reauthenticate(): Promise<TokenResult>;
  signOut(): Promise<void>;
}
