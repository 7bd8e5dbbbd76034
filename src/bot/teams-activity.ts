import type { Activity } from '@microsoft/agents-activity';
import { z } from 'zod';
import type { Caller } from '../app/authorization.js';
import { cardLocale, type CardLocale } from '../cards/locale.js';

/**
 * What the bot reads from an incoming Teams activity: who acts (Entra object id and name, as
 * Teams sends them: trustworthy once the Bot Framework JWT is validated), which team and channel,
 * and the locale for cards. Parsed with zod: a field of the wrong shape counts as absent.
 */

const TeamsChannelDataSchema = z.object({
  tenant: z.object({ id: z.string().min(1) }).optional(),
  team: z
    .object({
      id: z.string().min(1),
      name: z.string().optional(),
      aadGroupId: z.string().optional(),
    })
    .optional(),
  channel: z.object({ id: z.string().min(1), name: z.string().optional() }).optional(),
  eventType: z.string().optional(),
  settings: z.object({ selectedChannel: z.object({ id: z.string() }).optional() }).optional(),
});
type TeamsChannelData = z.infer<typeof TeamsChannelDataSchema>;

function teamsChannelData(activity: Activity): TeamsChannelData {
  const parsed = TeamsChannelDataSchema.safeParse(activity.channelData ?? {});
  return parsed.success ? parsed.data : {};
}

/** The person acting: `from.aadObjectId` (never anything from card data). */
export function callerOf(activity: Activity): Caller {
  const from = activity.from;
  const id = typeof from?.aadObjectId === 'string' ? from.aadObjectId : '';
  const name = typeof from?.name === 'string' && from.name.trim() !== '' ? from.name : 'Okänd';
  return { id, name };
}

export type ChannelContext = {
  readonly channelId: string;
  readonly channelName?: string;
  /** The team's Teams id (the General channel's thread id). */
  readonly teamThreadId?: string;
  /** The team's Entra group id, when Teams sent it. */
  readonly teamGroupId?: string;
  readonly tenantId?: string;
  readonly serviceUrl?: string;
  /** The conversation id of the channel itself (without `;messageid=`). */
  readonly conversationId: string;
};

/** The channel an activity came from; undefined outside a team channel. */
export function channelOf(activity: Activity): ChannelContext | undefined {
  const data = teamsChannelData(activity);
  const conversationId = (activity.conversation?.id ?? '').split(';')[0] ?? '';
  const channelId = data.channel?.id ?? (data.team ? conversationId : undefined);
  if (!channelId) return undefined;
  const tenantId = data.tenant?.id ?? activity.conversation?.tenantId;
  return {
    channelId,
    conversationId: conversationId || channelId,
    ...(data.channel?.name ? { channelName: data.channel.name } : {}),
    ...(data.team?.id ? { teamThreadId: data.team.id } : {}),
    ...(data.team?.aadGroupId ? { teamGroupId: data.team.aadGroupId } : {}),
    ...(tenantId ? { tenantId } : {}),
    ...(activity.serviceUrl ? { serviceUrl: activity.serviceUrl } : {}),
  };
}

/** Cards are Swedish unless the user's Teams runs in English. */
export function localeOf(activity: Activity): CardLocale {
  return cardLocale(activity.locale ?? undefined);
}
