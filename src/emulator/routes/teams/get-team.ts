import type { Route, RouteDeps } from '../../http/route.js';
import { contextUrl } from '../sites/shapes.js';
import { resolveTeam } from './resolve.js';
import { teamJson } from './shapes.js';

/** GET /teams/{team-id} */
export function getTeamRoute({ store, tenantId }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/teams/{team-id}',
    permission: 'teams.read',
    handle(request) {
      const team = resolveTeam(store, request.params['team-id']!);
      return {
        status: 200,
        body: { '@odata.context': contextUrl('teams/$entity'), ...teamJson(team, tenantId) },
      };
    },
  };
}
