import { isObject } from '../../../fields/column-input.js';
import { GraphFailure, invalidRequest } from '../../../http/errors.js';
import type { Route, RouteDeps } from '../../../http/route.js';
import { contextUrl } from '../../sites/shapes.js';
import { resolveTeam } from '../resolve.js';
import { messageJson, senderOf } from './message-json.js';

type Attachment = { id?: unknown; contentType?: unknown; content?: unknown; name?: unknown };

function attachmentsOf(value: unknown): Record<string, unknown>[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw invalidRequest('attachments must be an array.');
  return (value as Attachment[]).map((a) => ({
    id: typeof a.id === 'string' ? a.id : null,
    contentType: typeof a.contentType === 'string' ? a.contentType : null,
    contentUrl: null,
    content: typeof a.content === 'string' ? a.content : null,
    name: typeof a.name === 'string' ? a.name : null,
    thumbnailUrl: null,
    teamsAppId: null,
  }));
}

/**
 * POST /teams/{team-id}/channels/{channel-id}/messages — a new root message (Graph allows it
 * delegated only, ChannelMessage.Send). In the emulator it also stands in for a bot's post, which
 * Teams stores as a channel message the same way: an app-only caller is shown as the sender.
 */
export function sendMessageRoute({ store, clock }: RouteDeps): Route {
  return {
    method: 'POST',
    template: '/teams/{team-id}/channels/{channel-id}/messages',
    permission: 'channelMessages.send',
    handle(request) {
      const team = resolveTeam(store, request.params['team-id']!);
      const channelId = request.params['channel-id']!;
      if (!store.directory.channels(team.id).some((c) => c.id === channelId))
        throw new GraphFailure(404, 'NotFound', 'Channel not found');
      const body = request.body;
      if (!isObject(body) || !isObject(body.body)) throw invalidRequest('body is required.');
      const now = clock.now();
      const at = now.toISOString();
      const message = {
        id: store.channelMessages.nextId(now.getTime()),
        teamId: team.id,
        channelId,
        created: at,
        modified: at,
        body: {
          from: senderOf(request.caller),
          body: {
            contentType: body.body.contentType === 'html' ? 'html' : 'text',
            content: typeof body.body.content === 'string' ? body.body.content : '',
          },
          attachments: attachmentsOf(body.attachments),
        },
      };
      store.channelMessages.add(message);
      return {
        status: 201,
        body: {
          '@odata.context': contextUrl(
            `teams('${team.id}')/channels('${encodeURIComponent(channelId)}')/messages/$entity`,
          ),
          ...messageJson({ ...message, seq: 0 }),
        },
      };
    },
  };
}
