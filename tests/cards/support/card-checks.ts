import { expect } from 'vitest';
import { renderCard, type RenderedCard } from './card-renderer.js';
import { cardSchemaErrors } from './card-schema.js';

/**
 * The checks every card gets: valid against the Adaptive Card 1.5 schema, parsed and rendered by
 * the real renderer without complaints. Returns the rendered card for further checks.
 */
export function checkCard(card: object): RenderedCard {
  expect(cardSchemaErrors(card)).toEqual([]);
  const rendered = renderCard(card);
  expect(rendered.problems).toEqual([]);
  return rendered;
}

/** Elements that only markup in text could have produced (the renderer itself makes none). */
const markupSelector =
  'a, b, strong, em, i, ul, ol, li, img, h1, h2, h3, h4, code, pre, script, blockquote';

/** Markup elements in a rendered card: must be none for text that came from data. */
export function markupIn(rendered: RenderedCard): string[] {
  return Array.from(rendered.element.querySelectorAll(markupSelector)).map((e) => e.outerHTML);
}
