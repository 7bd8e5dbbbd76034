import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ErrorStateState } from './ErrorState.types.js';

export function renderErrorState(state: ErrorStateState, className: string) {
  return (
    <MessageBar intent="error" layout="multiline" className={className}>
      <MessageBarBody>
        <MessageBarTitle>{state.title}</MessageBarTitle>
        {state.reasonTitle}: {state.message}
        {state.retryHint ? ` ${state.retryHint}` : null}
      </MessageBarBody>
      {state.onRetry ? (
        <MessageBarActions>
          <Button onClick={state.onRetry}>{state.retryLabel}</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
}
