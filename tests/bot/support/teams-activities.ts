import { randomUUID } from 'node:crypto';

/**
 * Activities shaped like the ones Teams posts to a bot's /api/messages (graph-spec §10.3):
 * an Action.Execute invoke on a card in a channel thread, a channel message, an installation.
 */

export type Person = { readonly id: string; readonly name: string };

export type ChannelPlace = {
  readonly serviceUrl: string;
  readonly channelId: string;
  readonly teamThreadId: string;
  readonly tenantId: string;
  /** The message the card is (for invokes). */
  readonly messageId?: string;
};

function base(place: ChannelPlace, from: Person, locale = 'sv-SE') {
  const thread = `${place.channelId};messageid=${place.messageId ?? '1700000000001'}`;
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: place.serviceUrl,
    timestamp: '2024-02-01T09:00:00.000Z',
    locale,
    from: { id: `29:${from.id}`, name: from.name, aadObjectId: from.id },
    recipient: { id: '28:aktivitetsplan-local', name: 'Aktivitetsplan' },
    conversation: {
      id: thread,
      conversationType: 'channel',
      isGroup: true,
      tenantId: place.tenantId,
    },
    channelData: {
      channel: { id: place.channelId },
      team: { id: place.teamThreadId },
      tenant: { id: place.tenantId },
    },
  };
}

export function cardInvoke(
  place: ChannelPlace,
  from: Person,
  verb: unknown,
  data: unknown,
  options: { readonly id?: string; readonly locale?: string; readonly trigger?: string } = {},
) {
  return {
    ...base(place, from, options.locale),
    ...(options.id ? { id: options.id } : {}),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: place.messageId ?? '1700000000001',
    value: {
      action: { type: 'Action.Execute', id: randomUUID(), verb, data },
      trigger: options.trigger ?? 'manual',
    },
  };
}

export function channelMessage(place: ChannelPlace, from: Person, text: string) {
  return {
    ...base(place, from),
    type: 'message',
    text: `<at>Aktivitetsplan</at> ${text}`,
    entities: [
      {
        type: 'mention',
        mentioned: { id: '28:aktivitetsplan-local', name: 'Aktivitetsplan' },
        text: '<at>Aktivitetsplan</at>',
      },
    ],
  };
}

export function installedInTeam(place: ChannelPlace, from: Person, aadGroupId: string) {
  const activity = base(place, from);
  return {
    ...activity,
    type: 'conversationUpdate',
    conversation: { ...activity.conversation, id: place.channelId },
    membersAdded: [{ id: '28:aktivitetsplan-local' }],
    channelData: {
      ...activity.channelData,
      eventType: 'teamMemberAdded',
      team: { id: place.teamThreadId, name: 'Team', aadGroupId },
    },
  };
}
