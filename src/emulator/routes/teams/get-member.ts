import { GraphFailure } from '../../http/errors.js';
import type { Route, RouteDeps } from '../../http/route.js';
import { contextUrl } from '../sites/shapes.js';
import { resolveTeam } from './resolve.js';
import { memberId, memberJson } from './shapes.js';

/** GET /teams/{team-id}/members/{membership-id} */
export function getMemberRoute({ store, tenantId }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/teams/{team-id}/members/{membership-id}',
    permission: 'teams.read',
    handle(request) {
      const team = resolveTeam(store, request.params['team-id']!);
      const member = store.directory
        .members(team.id)
        .find((m) => memberId(team.id, m.userId) === request.params['membership-id']);
      if (!member) throw new GraphFailure(404, 'NotFound', 'Member not found');
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(`teams('${team.id}')/members/$entity`),
          ...memberJson(member, tenantId),
        },
      };
    },
  };
}
