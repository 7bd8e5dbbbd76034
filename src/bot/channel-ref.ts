import type { ConnectorClient, TurnContext } from '@microsoft/agents-hosting';
import { z } from 'zod';
import type { ChannelRef } from '../app/use-cases/link-channel.js';
import type { BotLogger } from './bot-deps.js';
import type { ChannelContext } from './teams-activity.js';

/**
 * The channel an activity came from, completed with the team's Entra group id (what Graph's
 * `/teams/{id}/members` needs). Teams sends `team.aadGroupId` on installation events but not on
 * messages or invokes, so otherwise it is asked of the connector (`GET /v3/teams/{id}`, the
 * team details); failing that, the installation record fills it in.
 */

const TeamDetailsSchema = z.object({ aadGroupId: z.string().min(1) });

async function teamGroupId(
  context: TurnContext,
  teamThreadId: string,
  logger: BotLogger,
): Promise<string | undefined> {
  const client = context.turnState.get<ConnectorClient | undefined>(
    context.adapter.ConnectorClientKey,
  );
  if (!client) return undefined;
  try {
    const details = await client.httpClient.get(`/v3/teams/${encodeURIComponent(teamThreadId)}`);
    const parsed = TeamDetailsSchema.safeParse(details.data);
    return parsed.success ? parsed.data.aadGroupId : undefined;
  } catch (error) {
    logger.warn('Teamets uppgifter kunde inte hämtas från Bot Connector', {
      error: error instanceof Error ? error.message : String(error),
    });
    return undefined;
  }
}

export async function channelRefOf(
  context: TurnContext,
  channel: ChannelContext,
  logger: BotLogger,
): Promise<ChannelRef> {
  const teamId =
    channel.teamGroupId ??
    (channel.teamThreadId ? await teamGroupId(context, channel.teamThreadId, logger) : undefined);
  return {
    channelId: channel.channelId,
    teamId,
    tenantId: channel.tenantId,
    serviceUrl: channel.serviceUrl,
    channelName: channel.channelName,
    conversationId: channel.conversationId,
  };
}
