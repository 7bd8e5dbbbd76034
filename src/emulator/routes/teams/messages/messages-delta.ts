import { GraphFailure, invalidRequest } from '../../../http/errors.js';
import type { Route, RouteDeps, RouteRequest } from '../../../http/route.js';
import { queryOption } from '../../../http/route.js';
import { nextLinkUrl } from '../../sites/lists/items/links.js';
import { contextUrl } from '../../sites/shapes.js';
import { resolveTeam } from '../resolve.js';
import { messageJson } from './message-json.js';

/** Where a round of change tracking stands: messages changed after `s`, written after `a`. */
type Token = { s: string; a: number };

const encode = (t: Token) => Buffer.from(JSON.stringify(t), 'utf8').toString('base64url');

function decode(text: string): Token {
  try {
    const t = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Token;
    if (typeof t.s === 'string' && typeof t.a === 'number') return t;
  } catch {
    // falls through
  }
  throw invalidRequest('The token is not valid.');
}

/** The one `$filter` Graph supports here: `lastModifiedDateTime gt <date>`. */
function modifiedAfter(request: RouteRequest): string {
  const filter = queryOption(request, 'filter');
  if (filter === undefined) return '';
  const match = /^\s*lastModifiedDateTime\s+gt\s+(\S+)\s*$/i.exec(filter);
  const at = match ? new Date(match[1]!) : undefined;
  if (!at || Number.isNaN(at.getTime()))
    throw invalidRequest('Only $filter=lastModifiedDateTime gt <date> is supported.');
  return at.toISOString();
}

/**
 * GET /teams/{team-id}/channels/{channel-id}/messages/delta — the channel's root messages
 * changed after `$filter=lastModifiedDateTime gt …` (all without it), `$top` at most 50
 * (default 20), `@odata.nextLink` with `$skiptoken`, then `@odata.deltaLink` with `$deltatoken`.
 * Application permissions ChannelMessage.Read.Group (resource-specific consent) or
 * ChannelMessage.Read.All; without either Graph answers 403.
 */
export function channelMessagesDeltaRoute({ store }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/teams/{team-id}/channels/{channel-id}/messages/delta',
    permission: 'channelMessages.read',
    handle(request) {
      const team = resolveTeam(store, request.params['team-id']!);
      const channelId = request.params['channel-id']!;
      if (!store.directory.channels(team.id).some((c) => c.id === channelId))
        throw new GraphFailure(404, 'NotFound', 'Channel not found');
      const raw = queryOption(request, 'skiptoken') ?? queryOption(request, 'deltatoken');
      const token = raw === undefined ? { s: modifiedAfter(request), a: 0 } : decode(raw);
      const top = Number(queryOption(request, 'top') ?? 20);
      const size = Number.isInteger(top) && top > 0 ? Math.min(top, 50) : 20;
      const rows = store.channelMessages.changedSince(
        team.id,
        channelId,
        token.s,
        token.a,
        size + 1,
      );
      const shown = rows.slice(0, size);
      const last = shown.at(-1)?.seq ?? token.a;
      const path = `/teams/${team.id}/channels/${encodeURIComponent(channelId)}/messages/delta`;
      const link =
        rows.length > size
          ? {
              '@odata.nextLink': nextLinkUrl(request, path, {
                $skiptoken: encode({ ...token, a: last }),
              }),
            }
          : {
              '@odata.deltaLink': nextLinkUrl(request, path, {
                $deltatoken: encode({ ...token, a: last }),
              }),
            };
      return {
        status: 200,
        body: {
          '@odata.context': contextUrl(`Collection(chatMessage)`),
          ...link,
          value: shown.map(messageJson),
        },
      };
    },
  };
}
