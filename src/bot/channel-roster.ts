import type { ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import { refreshUserLimit } from '../cards/follow-up-actions.js';

/**
 * The Teams user ids (MRIs, `29:…`) of a channel's members, from the Bot Connector's roster
 * (`GET /v3/conversations/{channel}/pagedmembers`): what a follow-up card lists in
 * `refresh.userIds` so that Teams refreshes it by itself for them. Teams takes at most 60; a
 * larger channel gets an empty list and relies on the bot updating the posted card after every
 * answer. Read once per channel and kept for `ttlMs`; a roster that cannot be read is logged and
 * means an empty list (the card still works, its refresh is then on demand), never a failure.
 */

type RosterLogger = { warn(message: string, data?: Record<string, unknown>): void };

type RosterPage = {
  readonly members?: readonly { readonly id?: unknown }[];
  readonly continuationToken?: unknown;
};

/** One read of the roster with a connector client: up to 60 ids, or none when there are more. */
export async function readRoster(
  client: Pick<ConnectorClient, 'httpClient'>,
  channelId: string,
): Promise<readonly string[]> {
  const url = `v3/conversations/${encodeURIComponent(channelId)}/pagedmembers?pageSize=${refreshUserLimit + 1}`;
  const page = (await client.httpClient.get<RosterPage>(url)).data;
  const ids = (page.members ?? []).flatMap((m) => (typeof m.id === 'string' && m.id ? [m.id] : []));
  const more = typeof page.continuationToken === 'string' && page.continuationToken !== '';
  return more || ids.length > refreshUserLimit ? [] : ids;
}

/** The channel a turn's activity came from (Teams sends it in channelData). */
export function channelOfTurn(context: TurnContext): string | undefined {
  const data = context.activity.channelData as { channel?: { id?: unknown } } | undefined;
  const id = data?.channel?.id;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export class ChannelRoster {
  private readonly cache = new Map<
    string,
    { readonly at: number; readonly ids: Promise<readonly string[]> }
  >();
  private readonly ttlMs: number;
  private readonly now: () => number;
  private readonly logger: RosterLogger | undefined;

  constructor(options: { ttlMs?: number; now?: () => number; logger?: RosterLogger } = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.now = options.now ?? (() => performance.now());
    this.logger = options.logger;
  }

  /** The ids for `channelId`, read with `read` unless a fresh list (or a read under way) is kept. */
  memberIds(channelId: string, read: () => Promise<readonly string[]>): Promise<readonly string[]> {
    const kept = this.cache.get(channelId);
    if (kept && this.now() - kept.at < this.ttlMs) return kept.ids;
    const ids = read().catch((error: unknown) => {
      this.cache.delete(channelId);
      this.logger?.warn(
        'Kanalens medlemmar kunde inte läsas; kortet uppdateras då bara på begäran',
        {
          error: error instanceof Error ? error.message : String(error),
        },
      );
      return [];
    });
    this.cache.set(channelId, { at: this.now(), ids });
    return ids;
  }

  /** Within a turn: the turn's own connector client, for the channel the activity came from. */
  forTurn(context: TurnContext): Promise<readonly string[]> {
    const channelId = channelOfTurn(context);
    const client = context.turnState.get<ConnectorClient | undefined>(
      context.adapter.ConnectorClientKey,
    );
    if (!channelId || !client) return Promise.resolve([]);
    return this.memberIds(channelId, () => readRoster(client, channelId));
  }
}
