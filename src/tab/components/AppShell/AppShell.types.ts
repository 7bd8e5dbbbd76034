import type { ReactNode } from 'react';
import type { Language } from '../../i18n/i18n.js';
import type { RouteName } from '../../routing/routes.js';

export type AppShellProps = { readonly route: RouteName; readonly children: ReactNode };

export type NavItem = {
  readonly route: RouteName;
  readonly href: string;
  readonly label: string;
  readonly current: boolean;
};

export type AppShellState = {
  readonly appTitle: string;
  readonly userLine: string;
  readonly navLabel: string;
  readonly items: readonly NavItem[];
  readonly language: Language;
  readonly languageLabel: string;
  readonly setLanguage: (language: Language) => void;
  readonly signOutLabel: string;
  readonly signOut: () => void;
  readonly skipLabel: string;
  /** The plan picker, when the site has several plans. */
  readonly picker?: {
    readonly label: string;
    readonly plans: readonly { readonly value: string; readonly label: string }[];
    readonly plan: string;
    readonly choose: (planId: string) => void;
  };
  readonly children: ReactNode;
};
