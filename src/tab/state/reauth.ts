import { createContext, useContext } from 'react';
import type { TabResult } from '../backend/tab-backend.js';

/**
 * Runs a backend call; when it fails as `unauthenticated` the user is asked to sign in again
 * (a dialog, nothing else on the page changes, so typed text stays) and the call is repeated.
 */
export type RunWithSignIn = <T>(call: () => Promise<TabResult<T>>) => Promise<TabResult<T>>;

export const ReauthContext = createContext<RunWithSignIn>((call) => call());

export function useRunWithSignIn(): RunWithSignIn {
  return useContext(ReauthContext);
}
