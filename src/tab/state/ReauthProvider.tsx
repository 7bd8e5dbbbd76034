import { lazy, Suspense, useCallback, useRef, useState, type ReactNode } from 'react';
import { useTabServices } from '../services/tab-services.js';
import type { TabResult } from '../backend/tab-backend.js';
import { ReauthContext, type RunWithSignIn } from './reauth.js';

/** Loaded only when needed: the Dialog code stays out of the first view's bundle. */
const ReauthDialog = lazy(() =>
  import('../components/ReauthDialog/ReauthDialog.js').then((m) => ({ default: m.ReauthDialog })),
);

type Pending = { readonly resolve: (signedIn: boolean) => void };

/**
 * Wraps backend calls: an `unauthenticated` failure (the silent renewal already failed) opens a
 * sign-in dialog over the page; after signing in, the call runs again. Typed text stays put.
 */
export function ReauthProvider(props: { readonly children: ReactNode }) {
  const { auth } = useTabServices();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const pending = useRef<Pending[]>([]);

  const ask = useCallback(
    () =>
      new Promise<boolean>((resolve) => {
        pending.current.push({ resolve });
        setOpen(true);
      }),
    [],
  );
  const finish = (signedIn: boolean) => {
    setOpen(false);
    setError(undefined);
    pending.current.splice(0).forEach((p) => p.resolve(signedIn));
  };
  const signIn = async () => {
    const result = await auth.reauthenticate();
    if (result.ok) finish(true);
    else setError(result.message);
  };

  const run = useCallback<RunWithSignIn>(
    async <T,>(call: () => Promise<TabResult<T>>) => {
      const first = await call();
      if (first.ok || first.error.reason !== 'unauthenticated') return first;
      return (await ask()) ? call() : first;
    },
    [ask],
  );

  return (
    <ReauthContext.Provider value={run}>
      {props.children}
      {open ? (
        <Suspense fallback={null}>
          <ReauthDialog
            open
            error={error}
            onSignIn={() => void signIn()}
            onCancel={() => finish(false)}
          />
        </Suspense>
      ) : null}
    </ReauthContext.Provider>
  );
}
