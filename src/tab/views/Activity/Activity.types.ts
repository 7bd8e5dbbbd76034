import type { useStackedWrapperStyles } from '../../components/StackedTable/useStackedWrapperStyles.styles.js';
import type { useActivityStyles } from './useActivityStyles.styles.js';
import type { Versioned } from '../../../app/ports.js';
import type { Activity, Financing, FollowUp } from '../../../domain/model.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import type { Option } from '../Overview/Overview.types.js';
import type { StatusOrNone } from '../../model/plan-view.js';
import type { MeasuresDraft } from './measures-draft.js';

export type ActivityDraft = {
  readonly title: string;
  readonly description: string;
  readonly areaId: string;
  readonly responsibleDepartmentId: string;
  readonly coResponsibleDepartmentIds: readonly string[];
  readonly start: string;
  readonly end: string;
  readonly expectedOutcome: string;
  readonly financing: Financing;
};

export type DraftField = keyof ActivityDraft;

export type HistoryState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | { readonly kind: 'ready'; readonly entries: readonly FollowUp[] };

export type ConflictRow = {
  readonly field: DraftField;
  readonly label: string;
  readonly yours: string;
  readonly theirs: string;
};

export type EditorState = {
  readonly draft: ActivityDraft;
  readonly set: <K extends DraftField>(field: K, value: ActivityDraft[K]) => void;
  /** Indicators and allocated funds (IndicatorEditor). */
  readonly measures: MeasuresDraft;
  readonly setMeasures: (value: MeasuresDraft) => void;
  readonly fundsLeft?: { readonly totalTkr: string; readonly leftTkr: string } | undefined;
  readonly fieldErrors: Readonly<Partial<Record<DraftField, string>>>;
  readonly saving: boolean;
  readonly saveError?: TabFailure;
  readonly conflict?: {
    readonly rows: readonly ConflictRow[];
    readonly theirs: Versioned<Activity>;
  };
  readonly save: () => void;
  readonly cancel: () => void;
  readonly keepMine: () => void;
  readonly useTheirs: () => void;
};

export type ActivityReady = {
  readonly kind: 'ready';
  readonly activity: Versioned<Activity>;
  readonly title: string;
  readonly areaTitle: string;
  readonly responsible: string;
  readonly coResponsible: readonly string[];
  readonly status: StatusOrNone;
  readonly history: HistoryState;
  readonly canEdit: boolean;
  readonly savedMessage?: string;
  readonly startEditing: () => void;
  readonly editing: boolean;
  readonly stopEditing: (saved: boolean) => void;
  readonly describe: (field: DraftField, draft: ActivityDraft) => string;
  readonly labelOf: (field: DraftField) => string;
  readonly options: {
    readonly areas: readonly Option[];
    readonly departments: readonly Option[];
    readonly financing: readonly Option[];
  };
  readonly departmentName: (id: string) => string;
};

export type ActivityState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | { readonly kind: 'notFound' }
  | ActivityReady;

export type ActivityEditorProps = {
  readonly activity: Versioned<Activity>;
  readonly options: ActivityReady['options'];
  readonly describe: ActivityReady['describe'];
  readonly labelOf: ActivityReady['labelOf'];
  readonly onDone: (saved: boolean) => void;
};

export type ActivityStyles = ReturnType<typeof useActivityStyles> & {
  readonly stacked: ReturnType<typeof useStackedWrapperStyles>;
};
