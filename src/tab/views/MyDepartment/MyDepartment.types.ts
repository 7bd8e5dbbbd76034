import type { Versioned } from '../../../app/ports.js';
import type { Activity, FollowUp, FollowUpRound, FollowUpStatus } from '../../../domain/model.js';
import type { SignOff } from '../../../domain/sign-off.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import type { Option } from '../Overview/Overview.types.js';

export type MyDepartmentState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | { readonly kind: 'noDepartment'; readonly title: string }
  | {
      readonly kind: 'ready';
      readonly departments: readonly Option[];
      readonly departmentId: string;
      readonly selectDepartment: (id: string) => void;
      readonly rounds: readonly Option[];
      /** Absent: no open round. */
      readonly round?: FollowUpRound;
      readonly selectRound: (id: string) => void;
      readonly activities: readonly Activity[];
      readonly answers: ReadonlyMap<string, Versioned<FollowUp>>;
      /** "Min förvaltning" for a contact, "Svara för förvaltning" for the working group. */
      readonly title: string;
      /** Drafts kept for the shown department and round (absent: start from the stored answers). */
      readonly kept?: Readonly<Record<string, AnswerDraft>>;
      readonly keep: (drafts: Readonly<Record<string, AnswerDraft>>) => void;
      /** Other departments with answers not yet sent in this round. */
      readonly unsavedElsewhere: readonly string[];
      /** The department's sign-off of the round (signed off: the answers are read-only). */
      readonly signOff?: Versioned<SignOff>;
    };

export type AnswerFormProps = {
  readonly departmentId: string;
  readonly round: FollowUpRound;
  readonly activities: readonly Activity[];
  readonly answers: ReadonlyMap<string, Versioned<FollowUp>>;
  readonly kept?: Readonly<Record<string, AnswerDraft>>;
  readonly keep: (drafts: Readonly<Record<string, AnswerDraft>>) => void;
  /** Signed off: the answers are shown, not editable, and nothing is sent. */
  readonly locked?: boolean;
};

export type AnswerDraft = {
  readonly status: FollowUpStatus | '';
  readonly comment: string;
  readonly nextSteps: string;
  /** Indicator id → the value as typed (`12,5`; ja/nej as `1`/`0`). */
  readonly indicatorValues: Readonly<Record<string, string>>;
  /** Tkr used in the round, as typed. */
  readonly fundsUsed: string;
};

export type AnswerFormState = {
  readonly drafts: Readonly<Record<string, AnswerDraft>>;
  readonly set: (
    activityId: string,
    field: 'status' | 'comment' | 'nextSteps' | 'fundsUsed',
    value: string,
  ) => void;
  readonly setIndicator: (activityId: string, indicatorId: string, value: string) => void;
  /** Keys `<activityId>.<field>`, as the API sends them. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly submitting: boolean;
  readonly message?: { readonly intent: 'success' | 'warning' | 'info'; readonly text: string };
  readonly error?: TabFailure;
  readonly conflicts: readonly {
    readonly activityId: string;
    readonly text: string;
    readonly theirs: Versioned<FollowUp>;
  }[];
  readonly submit: () => void;
  readonly keepMine: () => void;
  readonly useTheirs: () => void;
};
