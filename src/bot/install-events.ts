import type { AgentApplication, TurnContext, TurnState } from '@microsoft/agents-hosting';
import type { BotDeps } from './bot-deps.js';
import { channelRefOf } from './channel-ref.js';
import { channelOf } from './teams-activity.js';

/**
 * When the app is added to a team (or a channel), Teams sends `conversationUpdate` with the bot
 * among `membersAdded`, or `installationUpdate` with action `add`: the bot stores where it is
 * installed (team, channel, tenant, service URL) so that channels can be linked from the tab.
 * Removal forgets it. Outside a team (personal or group chat) nothing is stored.
 */

const welcomeText =
  'Hej! Jag är Aktivitetsplan. Arbetsgruppen kopplar en kanal till en förvaltning genom att skriva **@Aktivitetsplan koppla** i kanalen. Skriv **@Aktivitetsplan hjälp** för mer.';

type Change = 'added' | 'removed' | undefined;

function changeOf(context: TurnContext): Change {
  const a = context.activity;
  const bot = a.recipient?.id;
  if (a.type === 'installationUpdate') {
    const action = typeof a.action === 'string' ? a.action : '';
    return action.startsWith('add') ? 'added' : action.startsWith('remove') ? 'removed' : undefined;
  }
  if (a.membersAdded?.some((m) => m.id === bot)) return 'added';
  if (a.membersRemoved?.some((m) => m.id === bot)) return 'removed';
  return undefined;
}

async function onChange(context: TurnContext, deps: BotDeps): Promise<void> {
  const change = changeOf(context);
  const channel = channelOf(context.activity);
  if (change === undefined || channel === undefined) return;
  if (change === 'removed') {
    const forgotten = await deps.useCases.forgetInstallation(channel.channelId);
    if (!forgotten.ok)
      deps.logger.warn('Installationen kunde inte tas bort', { reason: forgotten.error.reason });
    return;
  }
  const ref = await channelRefOf(context, channel, deps.logger);
  const teamId = ref.teamId ?? channel.teamThreadId;
  if (!teamId || !ref.tenantId || !ref.serviceUrl) {
    deps.logger.warn('Installationen saknar team, klientorganisation eller tjänstadress', {});
    return;
  }
  const saved = await deps.useCases.registerInstallation({
    teamId,
    channelId: channel.channelId,
    tenantId: ref.tenantId,
    serviceUrl: ref.serviceUrl,
    conversationId: channel.conversationId,
    ...(channel.channelName ? { channelName: channel.channelName } : {}),
  });
  if (!saved.ok) {
    deps.logger.error('Installationen kunde inte sparas', { reason: saved.error.reason });
    return;
  }
  if (saved.value.isNew) await context.sendActivity(welcomeText);
}

export function registerInstallEvents(app: AgentApplication<TurnState>, deps: BotDeps): void {
  const handler = async (context: TurnContext) => {
    try {
      await onChange(context, deps);
    } catch (error) {
      deps.logger.error('Installationshändelsen misslyckades', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  };
  app.onActivity('conversationUpdate', handler);
  app.onActivity('installationUpdate', handler);
}
