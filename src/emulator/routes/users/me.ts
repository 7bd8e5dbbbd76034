import { GraphFailure } from '../../http/errors.js';
import type { Route, RouteDeps } from '../../http/route.js';
import { getUserRoute } from './get-user.js';

/** GET /me — the signed-in user of a delegated token (400 for app-only tokens, as Graph). */
export function meRoute(deps: RouteDeps): Route {
  const user = getUserRoute(deps);
  return {
    method: 'GET',
    template: '/me',
    permission: 'users.read',
    handle(request) {
      if (!request.caller.userId) {
        throw new GraphFailure(
          400,
          'BadRequest',
          '/me request is only valid with delegated authentication flow.',
        );
      }
      return user.handle({ ...request, params: { 'user-id': request.caller.userId } });
    },
  };
}
