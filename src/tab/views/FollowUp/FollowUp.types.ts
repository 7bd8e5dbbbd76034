import type { Versioned } from '../../../app/ports.js';
import type { FollowUpRound } from '../../../domain/model.js';
import type { CalendarRound } from '../../api/contract.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import type { DepartmentRoundState } from '../../model/plan-view.js';

export type RoundRow = {
  readonly key: string;
  readonly title: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly opensOn: string;
  readonly dueOn: string;
  readonly closesOn: string;
  readonly state: 'proposed' | FollowUpRound['state'];
  readonly proposal: CalendarRound;
  readonly stored?: Versioned<FollowUpRound>;
};

export type OpenDialog = {
  readonly row: RoundRow;
  readonly dates: { readonly opensOn: string; readonly dueOn: string; readonly closesOn: string };
  readonly error?: string;
};

export type Notice = { readonly intent: 'success' | 'warning'; readonly text: string };

export type FollowUpState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | { readonly kind: 'forbidden' }
  | {
      readonly kind: 'ready';
      readonly calendar:
        | { readonly kind: 'loading' }
        | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
        | { readonly kind: 'ready' };
      readonly rows: readonly RoundRow[];
      readonly current?: Versioned<FollowUpRound>;
      readonly departments: readonly DepartmentRoundState[];
      readonly busy: boolean;
      readonly notice?: Notice;
      readonly actionError?: TabFailure;
      readonly openDialog?: OpenDialog;
      readonly closeDialog?: Versioned<FollowUpRound>;
      readonly startOpen: (row: RoundRow) => void;
      readonly setDate: (field: keyof OpenDialog['dates'], value: string) => void;
      readonly confirmOpen: () => void;
      readonly startClose: (round: Versioned<FollowUpRound>) => void;
      readonly confirmClose: () => void;
      readonly cancelDialog: () => void;
      readonly remind: (departmentId: string) => void;
    };
