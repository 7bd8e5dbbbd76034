import type { ChannelLink, MessageRef, PostFinder } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import type { Graph } from '../../graph/client/gateway.js';
import { keyInCard } from './reminder-cards.js';

/**
 * Finds a reminder post in the channel's messages through Graph, by the key its card carries
 * (see reminder-cards.ts): `GET /teams/{team}/channels/{channel}/messages/delta` filtered to
 * messages changed since the attempt began, paged. Needs `ChannelMessage.Read.Group`
 * (resource-specific consent, granted when the app is installed in the team) or
 * `ChannelMessage.Read.All`. `ChannelLink.teamId` must be the team's Entra group id.
 * Belongs in src/graph beside the other adapters; it lives here until the data layer takes it.
 */

type ChatMessage = {
  readonly id?: unknown;
  readonly attachments?: readonly { readonly content?: unknown; readonly name?: unknown }[];
};

type Page = {
  readonly value?: readonly ChatMessage[];
  readonly '@odata.nextLink'?: unknown;
};

const maxPages = 20;

function carries(message: ChatMessage, key: string): boolean {
  const marker = keyInCard(key);
  return (message.attachments ?? []).some(
    (a) => a.name === key || (typeof a.content === 'string' && a.content.includes(marker)),
  );
}

function deltaUrl(channel: ChannelLink, since: Date): string {
  const team = encodeURIComponent(channel.teamId);
  const id = encodeURIComponent(channel.channelId);
  const filter = encodeURIComponent(`lastModifiedDateTime gt ${since.toISOString()}`);
  return `/teams/${team}/channels/${id}/messages/delta?$filter=${filter}&$top=50`;
}

export class GraphPostFinder implements PostFinder {
  constructor(private readonly graph: Graph) {}

  async findPost(
    channel: ChannelLink,
    key: string,
    since: Date,
  ): Promise<Result<MessageRef | null, 'throttled' | 'notFound' | 'unavailable'>> {
    let url: string | undefined = deltaUrl(channel, new Date(since.getTime() - 60_000));
    for (let page = 0; url !== undefined && page < maxPages; page += 1) {
      const answer = await this.graph.send({ method: 'GET', url });
      if (!answer.ok) {
        if (answer.status === 404) return fail('notFound', 'Kanalen finns inte längre i Teams.');
        if (answer.status === 429) {
          const after = answer.retryAfterSeconds;
          return fail(
            'throttled',
            answer.message,
            after === undefined ? {} : { retryAfterSeconds: after },
          );
        }
        return fail('unavailable', `Kanalens meddelanden kunde inte läsas: ${answer.message}`);
      }
      const body = answer.body as Page;
      const found = (body.value ?? []).find((m) => carries(m, key));
      if (found && typeof found.id === 'string') {
        return ok({
          conversationId: `${channel.channelId};messageid=${found.id}`,
          messageId: found.id,
        });
      }
      const next = body['@odata.nextLink'];
      url = typeof next === 'string' ? next : undefined;
    }
    if (url !== undefined)
      return fail('unavailable', 'För många meddelanden i kanalen att gå igenom.');
    return ok(null);
  }
}
