import type { Caller } from '../../../auth/caller.js';
import type { ChannelMessage } from '../../../store/channel-messages.js';

/** A chatMessage as Graph returns it in a channel (root messages only; no replies, reactions). */
export function messageJson(message: ChannelMessage): Record<string, unknown> {
  return {
    id: message.id,
    replyToId: null,
    etag: message.id,
    messageType: 'message',
    createdDateTime: message.created,
    lastModifiedDateTime: message.modified,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    chatId: null,
    importance: 'normal',
    locale: 'en-us',
    channelIdentity: { teamId: message.teamId, channelId: message.channelId },
    mentions: [],
    reactions: [],
    ...message.body,
  };
}

/** Who sent it: the signed-in user, or the application (a bot's post through Teams). */
export function senderOf(caller: Caller): Record<string, unknown> {
  if (caller.userId) {
    return {
      application: null,
      device: null,
      user: {
        '@odata.type': '#microsoft.graph.teamworkUserIdentity',
        id: caller.userId,
        displayName: caller.displayName,
        userIdentityType: 'aadUser',
      },
    };
  }
  return {
    user: null,
    device: null,
    application: {
      '@odata.type': '#microsoft.graph.teamworkApplicationIdentity',
      id: caller.appId ?? '',
      displayName: caller.appDisplayName ?? 'App',
      applicationIdentityType: 'bot',
    },
  };
}
