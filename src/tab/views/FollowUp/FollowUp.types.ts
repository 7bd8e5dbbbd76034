import type { Versioned } from '../../../app/ports.js';
import type { FollowUpRound } from '../../../domain/model.js';
import type { CalendarRound } from '../../api/contract.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import type { DepartmentRoundState } from '../../model/plan-view.js';
import type { useStackedTableStyles } from '../../components/StackedTable/useStackedTableStyles.styles.js';
import type { useStackedWrapperStyles } from '../../components/StackedTable/useStackedWrapperStyles.styles.js';
import type { useFollowUpStyles } from './useFollowUpStyles.styles.js';

export type FollowUpStyles = ReturnType<typeof useFollowUpStyles> & {
  readonly table: ReturnType<typeof useStackedTableStyles>;
  readonly stacked: ReturnType<typeof useStackedWrapperStyles>;
};

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

export type Notice = { readonly intent: 'success' | 'warning' | 'info'; readonly text: string };

/** A department of the open round, for chasing answers. */
export type DepartmentRow = DepartmentRoundState & {
  readonly missing: number;
  /** When and at which stage it was last reminded, in words. */
  readonly lastReminder: string;
};

/** The open round at a glance. */
export type RoundProgress = {
  readonly answeredText: string;
  /** 0..100. */
  readonly percent: number;
  readonly dueText: string;
  readonly overdue: boolean;
  /** e.g. "5 aktiviteter saknar svar från 2 förvaltningar." */
  readonly missingText: string;
  /** Why "Skicka påminnelse nu" is off: the first reminder is still to come. */
  readonly remindBlocked?: string;
};

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
      readonly departments: readonly DepartmentRow[];
      readonly progress?: RoundProgress;
      readonly busy: boolean;
      readonly notice?: Notice;
      readonly actionError?: TabFailure;
      readonly openDialog?: OpenDialog;
      readonly closeDialog?: Versioned<FollowUpRound>;
      /** The round being closed: how many answers are still missing, in words. */
      readonly closeMissing?: string;
      readonly startOpen: (row: RoundRow) => void;
      readonly setDate: (field: keyof OpenDialog['dates'], value: string) => void;
      readonly confirmOpen: () => void;
      readonly startClose: (round: Versioned<FollowUpRound>) => void;
      readonly confirmClose: () => void;
      readonly cancelDialog: () => void;
      readonly remind: (departmentId: string) => void;
    };
