import type { Route, RouteDeps } from '../../http/route.js';
import { queryOption } from '../../http/route.js';
import { compileListFilter } from '../../odata/list-filter.js';
import { selectProperties } from '../../odata/select.js';
import { contextUrl } from '../sites/shapes.js';
import { resolveTeam } from './resolve.js';
import { memberJson } from './shapes.js';

/**
 * GET /teams/{team-id}/members — aadUserConversationMember objects; $filter such as
 * `(microsoft.graph.aadUserConversationMember/userId eq '…')` or `roles/any…` is not needed.
 */
export function listMembersRoute({ store, tenantId }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/teams/{team-id}/members',
    permission: 'teams.read',
    handle(request) {
      const team = resolveTeam(store, request.params['team-id']!);
      const filter = compileListFilter(queryOption(request, 'filter'));
      const value = store.directory
        .members(team.id)
        .map((m) => memberJson(m, tenantId))
        .filter(filter)
        .map((m) => selectProperties(m, queryOption(request, 'select')));
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(`teams('${team.id}')/members`),
          '@odata.count': value.length,
          value,
        },
      };
    },
  };
}
