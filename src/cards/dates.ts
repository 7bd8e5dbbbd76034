import { formatDateSv } from '../domain/calendar/labels-sv.js';
import { dateParts } from '../domain/calendar/plain-date.js';
import { stockholmLocal } from '../domain/calendar/stockholm-time.js';
import type { CardLocale } from './locale.js';

/** Dates and times on cards: written out in words, in Stockholm time. No clock involved. */

const monthsEn = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `26 februari 2027` / `26 February 2027`. */
export function formatDate(date: string, locale: CardLocale): string {
  if (locale === 'sv') return formatDateSv(date);
  const { year, month, day } = dateParts(date);
  return `${day} ${monthsEn[month - 1] ?? ''} ${year}`;
}

/** `20 februari 2027 kl. 10.15` / `20 February 2027, 10:15`, in Stockholm time. */
export function formatDateTime(instant: string, locale: CardLocale): string {
  const epochMs = Date.parse(instant);
  if (Number.isNaN(epochMs)) throw new Error(`Not an ISO 8601 instant: '${instant}'`);
  const { date, time } = stockholmLocal(epochMs);
  return locale === 'sv'
    ? `${formatDate(date, 'sv')} kl. ${time.replace(':', '.')}`
    : `${formatDate(date, 'en')}, ${time}`;
}
