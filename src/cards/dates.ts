import { formatDateTimeWords, formatDateWords } from '../domain/wording.js';
import type { CardLocale } from './locale.js';

/** Dates and times on cards: written out in words, in Stockholm time, as the tab writes them. */

/** `26 februari 2027` / `26 February 2027`. */
export function formatDate(date: string, locale: CardLocale): string {
  return formatDateWords(date, locale);
}

/** `20 februari 2027 kl. 10.15` / `20 February 2027, 10:15`, in Stockholm time. */
export function formatDateTime(instant: string, locale: CardLocale): string {
  return formatDateTimeWords(instant, locale);
}
