import type { DepartmentRoundProgress } from '../../../domain/sign-off-rules.js';
import type { Versioned } from '../../../app/ports.js';
import type { FollowUpRound } from '../../../domain/model.js';
import type { RoundPhase } from '../../../domain/round-phase.js';
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
  /** Where the round stands today (a proposal: `proposed`). */
  readonly phase: 'proposed' | RoundPhase;
  /** Its closing date has come (opening it asks for a confirmation). */
  readonly past: boolean;
  readonly proposal: CalendarRound;
  readonly stored?: Versioned<FollowUpRound>;
};

export type OpenDialog = {
  readonly row: RoundRow;
  readonly dates: { readonly opensOn: string; readonly dueOn: string; readonly closesOn: string };
  /** The closing date (as confirmed in the dialog) has come: opening needs `confirmPast`. */
  readonly past: boolean;
  readonly confirmPast: boolean;
  readonly error?: string;
};

export type Notice = { readonly intent: 'success' | 'warning' | 'info'; readonly text: string };

/** A department of the open round, for chasing answers. */
export type DepartmentRow = DepartmentRoundState & {
  readonly missing: number;
  /** When and at which stage it was last reminded, in words. */
  readonly lastReminder: string;
  /** Ej påbörjad, Pågår, Klar (signed off), and the word shown. */
  readonly progress: DepartmentRoundProgress;
  readonly progressText: string;
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

/** One open round (rounds may overlap): its departments and its progress. */
export type OpenRoundState = {
  readonly round: Versioned<FollowUpRound>;
  readonly phase: RoundPhase;
  readonly departments: readonly DepartmentRow[];
  readonly progress: RoundProgress;
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
      /** Every open round, the latest first. */
      readonly open: readonly OpenRoundState[];
      readonly busy: boolean;
      readonly notice?: Notice;
      readonly actionError?: TabFailure;
      readonly openDialog?: OpenDialog;
      readonly closeDialog?: Versioned<FollowUpRound>;
      /** The round being closed: how many answers are still missing, in words. */
      readonly closeMissing?: string;
      readonly startOpen: (row: RoundRow) => void;
      readonly setDate: (field: keyof OpenDialog['dates'], value: string) => void;
      readonly setConfirmPast: (confirmed: boolean) => void;
      readonly confirmOpen: () => void;
      readonly startClose: (round: Versioned<FollowUpRound>) => void;
      readonly confirmClose: () => void;
      readonly cancelDialog: () => void;
      readonly remind: (roundId: string, departmentId: string) => void;
      /** Reopens a department's signed-off part of the round. */
      readonly reopen: (roundId: string, departmentId: string) => void;
    };
