import type { Route, RouteDeps } from '../../http/route.js';
import { queryOption } from '../../http/route.js';
import { compileListFilter } from '../../odata/list-filter.js';
import { selectProperties } from '../../odata/select.js';
import { contextUrl } from '../sites/shapes.js';
import { resolveTeam } from './resolve.js';
import { channelJson } from './shapes.js';

/** GET /teams/{team-id}/channels — with @odata.count, $filter and $select. */
export function listChannelsRoute({ store, tenantId }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/teams/{team-id}/channels',
    permission: 'teams.read',
    handle(request) {
      const team = resolveTeam(store, request.params['team-id']!);
      const filter = compileListFilter(queryOption(request, 'filter'));
      const value = store.directory
        .channels(team.id)
        .map((c) => channelJson(c, tenantId))
        .filter(filter)
        .map((c) => selectProperties(c, queryOption(request, 'select')));
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(`teams('${team.id}')/channels`),
          '@odata.count': value.length,
          value,
        },
      };
    },
  };
}
