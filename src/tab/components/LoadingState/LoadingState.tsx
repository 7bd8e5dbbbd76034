import type { LoadingStateProps } from './LoadingState.types.js';
import { renderLoadingState } from './renderLoadingState.js';
import { useLoadingState } from './useLoadingState.js';
import { useLoadingStateStyles } from './useLoadingStateStyles.styles.js';

/** A spinner announced to screen readers as a status. */
export function LoadingState(props: LoadingStateProps) {
  return renderLoadingState(useLoadingState(props), useLoadingStateStyles().root);
}
