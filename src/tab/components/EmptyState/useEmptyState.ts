import type { EmptyStateProps, EmptyStateState } from './EmptyState.types.js';

export function useEmptyState(props: EmptyStateProps): EmptyStateState {
  return props;
}
