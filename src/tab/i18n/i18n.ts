import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { sv } from './sv.js';

export type Language = 'sv' | 'en';

export function languageOf(locale: string | undefined, fallback: Language = 'sv'): Language {
  if (!locale) return fallback;
  return locale.toLowerCase().startsWith('en')
    ? 'en'
    : locale.toLowerCase().startsWith('sv')
      ? 'sv'
      : fallback;
}

/** A fresh i18next instance (one per app or test), Swedish unless told otherwise. */
export function createI18n(language: Language = 'sv'): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'sv',
    supportedLngs: ['sv', 'en'],
    resources: { sv: { translation: sv }, en: { translation: en } },
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}
