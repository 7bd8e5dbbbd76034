import { app, pages } from '@microsoft/teams-js';
import type { TeamsInfo, TeamsSdk, TeamsTheme } from './host.types.js';

export function toTeamsTheme(theme: string | undefined): TeamsTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

export function infoOf(context: app.Context): TeamsInfo {
  return {
    theme: toTeamsTheme(context.app.theme),
    locale: context.app.locale,
    frameContext: String(context.page.frameContext),
    teamId: context.team?.groupId,
    channelId: context.channel?.id,
    channelName: context.channel?.displayName,
    tenantId: context.user?.tenant?.id,
    userId: context.user?.id,
    ...(context.page.subPageId ? { subPageId: context.page.subPageId } : {}),
  };
}

/** teams-js behind the TeamsSdk interface. */
export function createTeamsSdk(): TeamsSdk {
  return {
    initialize: () => app.initialize(),
    getInfo: async () => infoOf(await app.getContext()),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((t) => handler(toTeamsTheme(t))),
    setSaveEnabled: (enabled) => pages.config.setValidityState(enabled),
    onSave: (handler) =>
      pages.config.registerOnSaveHandler((event) => {
        void handler().then(async (outcome) => {
          if (!outcome.ok) return event.notifyFailure(outcome.message);
          await pages.config.setConfig({
            contentUrl: outcome.contentUrl,
            websiteUrl: outcome.contentUrl,
            entityId: outcome.entityId,
            suggestedDisplayName: outcome.displayName,
          });
          event.notifySuccess();
        });
      }),
  };
}
