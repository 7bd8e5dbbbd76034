import {
  formatDateTimeWords,
  formatDateWords,
  formatShortDateWords,
} from '../../domain/wording.js';
import type { Language } from './i18n.js';

const locales: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB' };

/**
 * A date-only ISO string (YYYY-MM-DD) as words, e.g. "26 februari 2027": the cards' format (one
 * vocabulary for tab and card). Anything else is shown as it is.
 */
export function formatDate(isoDate: string, language: Language = 'sv'): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatDateWords(isoDate, language) : isoDate;
}

/** A date-only ISO string as a short day and month, e.g. "8 jan" / "8 Jan" (the cards' words). */
export function formatShortDate(isoDate: string, language: Language = 'sv'): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatShortDateWords(isoDate, language) : isoDate;
}

/** A moment in Stockholm time, as the cards write it: "3 mars 2027 kl. 08.30". */
export function formatDateTime(iso: string, language: Language = 'sv'): string {
  return Number.isNaN(Date.parse(iso)) ? iso : formatDateTimeWords(iso, language);
}

export function formatPercent(part: number, whole: number, language: Language = 'sv'): string {
  const ratio = whole === 0 ? 0 : part / whole;
  return new Intl.NumberFormat(locales[language], {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(ratio);
}
