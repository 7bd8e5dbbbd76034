/**
 * What a card action answers: `reply` goes to the person who clicked (the invoke response);
 * `everyone`, when present, replaces the posted message for everyone in the channel.
 */
export type VerbOutcome = {
  /** A card, or a sentence Teams shows as a message. */
  readonly reply: object | string;
  readonly everyone?: object;
};
