import type { ChannelLink, MessageRef, PostFinder } from '../../app/ports.js';
import { fail, ok, type Result } from '../../app/result.js';
import type { Graph } from '../client/gateway.js';
import { keyInCard } from './reminder-card-key.js';

/**
 * Finds a reminder post in the channel's messages through Graph, by the key its card carries
 * (reminder-card-key.ts): `GET /teams/{team}/channels/{channel}/messages/delta` filtered to
 * messages changed since the attempt began, paged. Needs `ChannelMessage.Read.Group`
 * (resource-specific consent, declared in the Teams manifest and granted when the app is added
 * to the team) or `ChannelMessage.Read.All` (tenant-wide, a protected API that Microsoft must
 * approve). `ChannelLink.teamId` must be the team's Entra group id.
 *
 * Graph refusing the read (403: the team's owner did not consent, the tenant's RSC settings
 * block it, the app was added before the permission was declared) is `forbidden`: the run then
 * cannot check and posts again (a reminder twice, never none).
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

type FindError = 'throttled' | 'notFound' | 'unavailable' | 'forbidden';

function failureOf(status: number, message: string, retryAfterSeconds?: number) {
  if (status === 404) return fail('notFound', 'Kanalen finns inte längre i Teams.');
  if (status === 403)
    return fail(
      'forbidden',
      `Appen får inte läsa kanalens meddelanden (ChannelMessage.Read.Group saknas i teamet): ${message}`,
    );
  if (status === 429)
    return fail('throttled', message, retryAfterSeconds === undefined ? {} : { retryAfterSeconds });
  return fail('unavailable', `Kanalens meddelanden kunde inte läsas: ${message}`);
}

export class GraphPostFinder implements PostFinder {
  constructor(private readonly graph: Graph) {}

  async findPost(
    channel: ChannelLink,
    key: string,
    since: Date,
  ): Promise<Result<MessageRef | null, FindError>> {
    let url: string | undefined = deltaUrl(channel, new Date(since.getTime() - 60_000));
    for (let page = 0; url !== undefined && page < maxPages; page += 1) {
      const answer = await this.graph.send({ method: 'GET', url });
      if (!answer.ok) return failureOf(answer.status, answer.message, answer.retryAfterSeconds);
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
