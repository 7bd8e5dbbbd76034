import type { Language } from './i18n.js';

/**
 * The language the user chose in the header, kept in the browser's local storage (injected as
 * `preferences`) so a reload or the next visit keeps it. Without storage, or when it refuses (a
 * sandboxed frame, private mode), the choice lasts as long as the page.
 */

const storageKey = 'aktivitetsplan.language';

export type LanguageStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The saved choice, if any (anything but sv/en found there is ignored). */
export function savedLanguage(storage: LanguageStorage | undefined): Language | undefined {
  try {
    const saved = storage?.getItem(storageKey);
    return saved === 'sv' || saved === 'en' ? saved : undefined;
  } catch {
    return undefined;
  }
}

export function saveLanguage(language: Language, storage: LanguageStorage | undefined): void {
  try {
    storage?.setItem(storageKey, language);
  } catch {
    // Storage refused: the choice lasts for this page only.
  }
}

/** The browser's local storage, or none where reading it throws (some sandboxed frames). */
export function browserPreferences(): LanguageStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
