import { GraphFailure } from '../../http/errors.js';
import type { Route, RouteDeps } from '../../http/route.js';
import { contextUrl } from '../sites/shapes.js';
import { resolveTeam } from './resolve.js';
import { channelJson } from './shapes.js';

/** GET /teams/{team-id}/channels/{channel-id} */
export function getChannelRoute({ store, tenantId }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/teams/{team-id}/channels/{channel-id}',
    permission: 'teams.read',
    handle(request) {
      const team = resolveTeam(store, request.params['team-id']!);
      const channel = store.directory
        .channels(team.id)
        .find((c) => c.id === request.params['channel-id']);
      if (!channel) throw new GraphFailure(404, 'NotFound', 'Channel not found');
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(`teams('${team.id}')/channels/$entity`),
          ...channelJson(channel, tenantId),
        },
      };
    },
  };
}
