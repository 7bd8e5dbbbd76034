import { statusLabelsEn, statusLabelsSv, type FollowUpStatus } from '../domain/model.js';

/** Cards are Swedish unless the user's (or the conversation's) locale is English. */
export type CardLocale = 'sv' | 'en';

/** `en`, `en-US`, `en_GB` → English; anything else (or nothing) → Swedish. */
export function cardLocale(locale: string | undefined): CardLocale {
  return locale !== undefined && /^en(?:[-_]|$)/i.test(locale) ? 'en' : 'sv';
}

export function statusLabel(status: FollowUpStatus, locale: CardLocale): string {
  return (locale === 'sv' ? statusLabelsSv : statusLabelsEn)[status];
}
