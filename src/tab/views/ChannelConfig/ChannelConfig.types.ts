import type { TabFailure } from '../../backend/tab-backend.js';
import type { Option } from '../Overview/Overview.types.js';

export type ChannelConfigState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | {
      readonly kind: 'ready';
      readonly inTeams: boolean;
      readonly options: readonly Option[];
      readonly target: string;
      readonly choose: (target: string) => void;
      readonly saveError?: string;
    };
