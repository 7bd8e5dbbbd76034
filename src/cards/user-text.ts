/**
 * Text from data on its way into a card. Shown through TextRuns (see elements.ts), so no
 * markdown or HTML escaping is needed; what is done here keeps the card's size bounded and its
 * JSON clean: lone surrogates become U+FFFD, control characters other than line breaks and tabs
 * become spaces, and the text is cut at a length (in UTF-16 code units, as the domain counts).
 * After this every code unit costs at most 3 bytes of JSON.
 */

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlExceptBreaks = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(loneSurrogate, '\uFFFD')
    .replace(controlExceptBreaks, ' ');
}

/** Cuts to at most `max` code units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return text.slice(0, end);
}

/** A value for an input: cleaned and cut to the input's maxLength. */
export function inputValue(text: string, maxLength: number): string {
  return cut(cleanText(text), maxLength);
}

/** Text to show: cleaned, and cut with an ellipsis when longer than `max`. */
export function shownText(text: string, max: number): string {
  const clean = cleanText(text);
  return clean.length <= max ? clean : `${cut(clean, max - 1)}…`;
}

/** Length limits for text shown on cards (the model's own limits, or a cap where it has none). */
export const shownLength = {
  title: 255,
  name: 100,
  comment: 1000,
  nextSteps: 500,
  message: 200,
} as const;

/** How much of the texts that only label things a follow-up card shows; 0 hides the text. */
export type DisplayLimits = {
  readonly heading: number;
  readonly title: number;
  readonly area: number;
  readonly name: number;
  /** How many later answers a stale card lists by name (the rest are counted). */
  readonly staleEntries: number;
};

export const fullDisplay: DisplayLimits = {
  heading: shownLength.title,
  title: shownLength.title,
  area: shownLength.title,
  name: shownLength.name,
  staleEntries: 3,
};

/** For a page whose full form would be too large: inputs stay whole, labels get short. */
export const compactDisplay: DisplayLimits = {
  heading: 80,
  title: 80,
  area: 0,
  name: 40,
  staleEntries: 0,
};
