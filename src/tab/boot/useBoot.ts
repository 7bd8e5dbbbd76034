import { useCallback, useEffect, useState } from 'react';
import type { AuthSession } from '../auth/auth-session.js';
import {
  createDevAuthSession,
  rememberDemoUser,
  rememberedDemoUser,
} from '../auth/dev-auth-session.js';
import {
  loadRuntimeConfig,
  type LocalConfig,
  type RuntimeConfig,
  type TenantConfig,
} from '../config/runtime-config.js';
import { detectHost, type HostWindow } from '../host/detect-host.js';
import type { Host } from '../host/host.types.js';
import { hashOfSubPage } from '../routing/routes.js';
import type { BootDeps, BootState } from './boot.types.js';
import { createServices } from './create-services.js';

type Started = { readonly config: RuntimeConfig; readonly host: Host };

/** Config, host, sign-in, services: the tab's start, as a state machine. */
export function useBoot(deps: BootDeps): { readonly state: BootState; readonly retry: () => void } {
  const [state, setState] = useState<BootState>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  const ready = useCallback(
    (started: Started, session: AuthSession, restart: () => void) => {
      const auth: AuthSession = {
        ...session,
        signOut: async () => {
          await session.signOut();
          restart();
        },
      };
      try {
        const services = createServices(deps, started.config, started.host, auth);
        setState({ kind: 'ready', host: started.host, services });
      } catch (error) {
        setState({
          kind: 'failed',
          detail: error instanceof Error ? error.message : String(error),
        });
      }
    },
    [deps],
  );

  useEffect(() => {
    let live = true;
    const restart = () => setAttempt((n) => n + 1);
    setState({ kind: 'starting' });
    void Promise.all([
      loadRuntimeConfig(deps.fetch, deps.configUrl),
      detectHost(deps.win, deps.teamsSdk, deps.hostTimeoutMs),
    ]).then(async ([loaded, host]) => {
      if (!live) return;
      openSubPage(host, deps.win);
      if (!loaded.ok) return setState({ kind: 'failed', detail: loaded.detail });
      const started = { config: loaded.config, host };
      if (loaded.config.mode === 'local') return startLocal(started, loaded.config);
      return startTenant(started, loaded.config);
    });

    const startLocal = (started: Started, config: LocalConfig) => {
      const signOut = () => {
        rememberDemoUser(deps.storage, undefined);
        restart();
      };
      const remembered = rememberedDemoUser(deps.storage, config.demoUsers);
      if (remembered)
        return ready(
          started,
          createDevAuthSession(remembered, config, deps.clock, signOut),
          restart,
        );
      setState({
        kind: 'signInLocal',
        host: started.host,
        users: config.demoUsers,
        choose: (user) => {
          rememberDemoUser(deps.storage, user);
          ready(started, createDevAuthSession(user, config, deps.clock, signOut), restart);
        },
      });
    };

    const startTenant = async (started: Started, config: TenantConfig) => {
      const msal = await deps.msal(config, started.host.kind === 'teams');
      const silent = await msal.trySilent();
      if (!live) return;
      if (silent) return ready(started, silent, restart);
      setState({
        kind: 'signInTenant',
        host: started.host,
        signIn: async () => {
          const result = await msal.signInInteractive();
          if (!result.ok) return result.message;
          ready(started, result.session, restart);
          return undefined;
        },
      });
    };

    return () => {
      live = false;
    };
  }, [deps, attempt, ready]);

  return { state, retry };
}

/** Inside Teams, a deep link's sub-entity names the route to open (every open is a cold start). */
function openSubPage(host: Host, win: HostWindow): void {
  if (host.kind !== 'teams' || !win.location) return;
  const hash = hashOfSubPage(host.info.subPageId);
  if (hash && win.location.hash !== hash) win.location.hash = hash;
}
