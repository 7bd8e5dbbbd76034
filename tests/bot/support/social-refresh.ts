import { openRound, people } from '../../app/support/world.js';
import { cardInvoke } from './teams-activities.js';

/**
 * Cecilia's refresh of page 1 of the open round's card in the social department's channel, the
 * invoke the bot's authentication tests send (what the bot answers is not their point).
 */
export function socialRefresh(place: { readonly serviceUrl: string; readonly tenantId: string }) {
  return cardInvoke(
    {
      serviceUrl: place.serviceUrl,
      channelId: '19:social-omsorg@thread.tacv2',
      teamThreadId: '19:social-omsorg@thread.tacv2',
      tenantId: place.tenantId,
      messageId: '1700000000300',
    },
    people.cecilia,
    'followUp.refresh',
    { v: 1, roundId: openRound.id, departmentId: 'social-omsorg', cardVersion: 'x', page: 1 },
  );
}
