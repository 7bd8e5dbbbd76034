import { renderNotFound } from './renderNotFound.js';
import { useNotFound } from './useNotFound.js';
import { useNotFoundStyles } from './useNotFoundStyles.styles.js';

/** An unknown address: say so and link home. */
export function NotFound() {
  return renderNotFound(useNotFound(), useNotFoundStyles().root);
}
