/** What the tab knows about where it runs. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

export type TeamsInfo = {
  readonly theme: TeamsTheme;
  readonly locale: string;
  /** 'content' for a tab, 'settings' for the channel tab's configuration page. */
  readonly frameContext: string;
  readonly teamId?: string;
  readonly channelId?: string;
  readonly channelName?: string;
  readonly tenantId?: string;
  readonly userId?: string;
  /** The sub-entity a Teams deep link opened the tab with (a route of the tab, routes.ts). */
  readonly subPageId?: string;
};

export type Host =
  | { readonly kind: 'standalone' }
  | { readonly kind: 'teams'; readonly info: TeamsInfo; readonly sdk: TeamsSdk };

/** The small part of teams-js the tab uses (adapted in teams-sdk.ts; faked in tests). */
export interface TeamsSdk {
  initialize(): Promise<void>;
  getInfo(): Promise<TeamsInfo>;
  onThemeChange(handler: (theme: TeamsTheme) => void): void;
  /** Channel tab configuration: enable Save, and what Save stores. */
  setSaveEnabled(enabled: boolean): void;
  onSave(handler: () => Promise<SaveOutcome>): void;
}

export type SaveOutcome =
  | {
      readonly ok: true;
      readonly contentUrl: string;
      readonly entityId: string;
      readonly displayName: string;
    }
  | { readonly ok: false; readonly message: string };
