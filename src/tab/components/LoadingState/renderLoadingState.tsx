import { Spinner } from '@fluentui/react-components';
import type { LoadingStateState } from './LoadingState.types.js';

export function renderLoadingState(state: LoadingStateState, className: string) {
  return (
    <div role="status" className={className}>
      <Spinner label={state.label} labelPosition="below" />
    </div>
  );
}
