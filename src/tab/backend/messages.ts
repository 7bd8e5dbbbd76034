import type { TabFailureReason } from './tab-backend.js';

/** The tab's own Swedish messages, used when the server sent none (or nothing answered). */
export const fallbackMessages: Readonly<Record<TabFailureReason | 'badResponse', string>> = {
  invalid: 'Uppgifterna är inte giltiga. Rätta det som är markerat och försök igen.',
  personalData:
    'Texten ser ut att innehålla personuppgifter. Skriv aldrig namn eller personnummer.',
  unauthenticated: 'Din inloggning har gått ut. Logga in igen för att fortsätta.',
  forbidden: 'Du har inte behörighet att göra detta.',
  notFound: 'Det du söker finns inte längre.',
  conflict: 'Någon annan har ändrat detta under tiden.',
  throttled: 'Tjänsten är hårt belastad just nu. Vänta en stund och försök igen.',
  unavailable: 'Tjänsten svarar inte just nu. Försök igen om en stund.',
  network: 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.',
  badResponse: 'Servern gav ett oväntat svar. Försök igen om en stund.',
};

/**
 * A message without the data layer's technical tail ("(Graph svarade 409 nameAlreadyExists: …)",
 * "(networkError: Failed to fetch)"): users read the Swedish sentence before it.
 */
export function withoutDetail(message: string): string {
  return message.replace(/\s*\((Graph svarade \d+ |\w+: ).*\)\s*$/s, '');
}
