import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { I18n, TFunction } from './i18n.js';

const I18nContext = createContext<I18n | undefined>(undefined);

export function I18nProvider(props: { readonly i18n: I18n; readonly children: ReactNode }) {
  return <I18nContext.Provider value={props.i18n}>{props.children}</I18nContext.Provider>;
}

/** The translate function of the current language; re-renders when the language changes. */
export function useTranslation(): { readonly t: TFunction; readonly i18n: I18n } {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useTranslation outside I18nProvider');
  const t = useSyncExternalStore(i18n.subscribe, () => i18n.t);
  return { t, i18n };
}
