import type { Clock } from '../../domain/clock.js';
import type { DemoUser, LocalConfig } from '../config/runtime-config.js';
import type { AuthSession, TokenResult } from './auth-session.js';
import { makeDevToken } from './dev-token.js';

const storageKey = 'aktivitetsplan.demoUser';

/** Local mode: a demo user chosen on the sign-in page, with fresh dev tokens on demand. */
export function createDevAuthSession(
  user: DemoUser,
  config: Pick<LocalConfig, 'devScopes' | 'tenantId'>,
  clock: Clock,
  onSignOut: () => void = () => undefined,
): AuthSession {
  const token = (audience: string): TokenResult => ({
    ok: true,
    token: makeDevToken(
      {
        oid: user.id,
        name: user.name,
        upn: user.upn,
        tid: config.tenantId,
        scopes: config.devScopes,
        audience,
      },
      clock.now(),
    ),
  });
  return {
    mode: 'local',
    user: { id: user.id, name: user.name, upn: user.upn },
    getToken: (resource) =>
      Promise.resolve(
        token(resource === 'graph' ? 'https://graph.microsoft.com' : 'aktivitetsplan'),
      ),
    reauthenticate: () => Promise.resolve(token('aktivitetsplan')),
    signOut: () => {
      onSignOut();
      return Promise.resolve();
    },
  };
}

/** The demo user remembered for this browser tab (survives a reload, not a new tab). */
export function rememberedDemoUser(
  storage: Pick<Storage, 'getItem'>,
  users: readonly DemoUser[],
): DemoUser | undefined {
  const id = storage.getItem(storageKey);
  return users.find((u) => u.id === id);
}

export function rememberDemoUser(
  storage: Pick<Storage, 'setItem' | 'removeItem'>,
  user?: DemoUser,
): void {
  if (user) storage.setItem(storageKey, user.id);
  else storage.removeItem(storageKey);
}
