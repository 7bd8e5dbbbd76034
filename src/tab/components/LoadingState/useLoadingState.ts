import type { LoadingStateProps, LoadingStateState } from './LoadingState.types.js';

export function useLoadingState(props: LoadingStateProps): LoadingStateState {
  return { label: props.label };
}
