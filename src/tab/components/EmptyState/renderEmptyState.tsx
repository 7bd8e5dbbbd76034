import { MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import type { EmptyStateState } from './EmptyState.types.js';

export function renderEmptyState(state: EmptyStateState, className: string) {
  return (
    <MessageBar intent="info" className={className}>
      <MessageBarBody>{state.message}</MessageBarBody>
      {state.action ? <MessageBarActions>{state.action}</MessageBarActions> : null}
    </MessageBar>
  );
}
