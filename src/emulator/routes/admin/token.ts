import { makeDevToken } from '../../auth/dev-token.js';
import type { DirectoryStore } from '../../store/directory.js';
import type { AdminRoute } from './admin-route.js';

/**
 * GET /_emulator/token?user=<upn or id>[&scp=…][&roles=…] — an unsigned dev token for a
 * seeded user; without `user`, an app-only token (`roles`, default Sites.Selected).
 */
export function tokenRoute(directory: DirectoryStore, tenantId: string): AdminRoute {
  return {
    method: 'GET',
    path: '/_emulator/token',
    handle(_body, query) {
      const who = query.get('user');
      const scp = query.get('scp') ?? 'Sites.ReadWrite.All Sites.Manage.All User.Read';
      const roles = (query.get('roles') ?? 'Sites.Selected').split(',').filter(Boolean);
      if (who) {
        const user = directory.user(who);
        if (!user)
          return {
            status: 404,
            body: { error: { code: 'itemNotFound', message: `No user '${who}'` } },
          };
        const token = makeDevToken({
          tid: tenantId,
          oid: user.id,
          name: user.displayName,
          upn: user.upn,
          scp,
        });
        return { status: 200, body: { token } };
      }
      const appId = query.get('appId') ?? '00000000-0000-0000-0000-00000000a99a';
      const token = makeDevToken({
        tid: tenantId,
        appid: appId,
        idtyp: 'app',
        roles,
        app_displayname: 'Aktivitetsplan',
      });
      return { status: 200, body: { token } };
    },
  };
}
