import type { ErrorStateProps } from './ErrorState.types.js';
import { renderErrorState } from './renderErrorState.js';
import { useErrorState } from './useErrorState.js';
import { useErrorStateStyles } from './useErrorStateStyles.styles.js';

/** A failed load or write: what failed, why (in Swedish), and a retry button. */
export function ErrorState(props: ErrorStateProps) {
  return renderErrorState(useErrorState(props), useErrorStateStyles().root);
}
