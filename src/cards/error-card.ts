import type { FailureReason } from '../app/result.js';
import { adaptiveCard, openUrl, textBlock, type AdaptiveCard } from './elements.js';
import type { CardLocale } from './locale.js';
import type { CardActionProblem } from './verbs.js';

/**
 * The card the bot answers with when a card action cannot be carried out: a plain sentence
 * saying what happened and that nothing was saved. Never the technical detail.
 */

export type ErrorProblem =
  CardActionProblem | 'forbidden' | 'roundClosed' | 'notFound' | 'throttled' | 'unavailable';

const messages: Readonly<Record<CardLocale, Record<ErrorProblem, string>>> = {
  sv: {
    unknownVerb:
      'Knappen känns inte igen. Kortet kan komma från en äldre version av appen. Inget sparades.',
    malformed:
      'Kortets uppgifter kunde inte läsas. Inget sparades. Svara på det senaste kortet eller i fliken.',
    oversized:
      'Svaret var för stort för att tas emot. Inget sparades. Korta texten och försök igen.',
    forbidden:
      'Du kan inte svara för den här förvaltningen. Bara medlemmar i förvaltningens team kan svara. Inget sparades.',
    roundClosed:
      'Uppföljningen är stängd, så svar kan inte längre lämnas eller ändras. Inget sparades.',
    notFound: 'Det kortet gäller finns inte längre. Inget sparades.',
    throttled: 'Tjänsten är hårt belastad just nu. Inget sparades. Försök igen om en stund.',
    unavailable: 'Tjänsten svarar inte just nu. Inget sparades. Försök igen om en stund.',
  },
  en: {
    unknownVerb:
      'The button is not recognised. The card may come from an older version of the app. Nothing was saved.',
    malformed:
      "The card's data could not be read. Nothing was saved. Answer on the latest card or in the tab.",
    oversized:
      'The answer was too large to accept. Nothing was saved. Shorten the text and try again.',
    forbidden:
      "You cannot answer for this department. Only members of the department's team can. Nothing was saved.",
    roundClosed:
      'The follow-up is closed, so answers can no longer be given or changed. Nothing was saved.',
    notFound: 'What the card is about no longer exists. Nothing was saved.',
    throttled: 'The service is very busy right now. Nothing was saved. Try again in a moment.',
    unavailable:
      'The service is not responding right now. Nothing was saved. Try again in a moment.',
  },
};

const titles: Readonly<Record<CardLocale, { title: string; openTab: string }>> = {
  sv: { title: 'Det gick inte', openTab: 'Öppna fliken' },
  en: { title: 'That did not work', openTab: 'Open the tab' },
};

/** The problem to show for a failed use case (conflicts get the stale card, not an error). */
export function problemOf(
  reason: Exclude<FailureReason, 'conflict' | 'personalData' | 'invalid'>,
): ErrorProblem {
  return reason;
}

export function errorCard(
  problem: ErrorProblem,
  options: { readonly locale?: CardLocale; readonly tabUrl?: string } = {},
): AdaptiveCard {
  const locale = options.locale ?? 'sv';
  const { title, openTab } = titles[locale];
  const message = messages[locale][problem];
  return adaptiveCard(
    [
      textBlock(title, { size: 'large', weight: 'bolder', style: 'heading', color: 'attention' }),
      textBlock(message),
    ],
    {
      fallbackText: message,
      ...(options.tabUrl === undefined ? {} : { actions: [openUrl(openTab, options.tabUrl)] }),
    },
  );
}
