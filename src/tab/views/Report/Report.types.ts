import type { TabFailure } from '../../backend/tab-backend.js';
import type { ReportFormat } from '../../report/export-report.js';
import type { ReportModel } from '../../report/report-model.js';
import type { Option } from '../Overview/Overview.types.js';
import type { PlanWorkText } from '../PlanWork/plan-work-text.js';

export type ReportState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | {
      readonly kind: 'ready';
      readonly rounds: readonly Option[];
      readonly roundId: string;
      readonly selectRound: (id: string) => void;
      /** Whether the answerers' names go into the files. */
      readonly includeNames: boolean;
      readonly setIncludeNames: (included: boolean) => void;
      /** Sections per area or per goal, and only the activities serving one goal. */
      readonly groupBy: 'area' | 'goal';
      readonly setGroupBy: (groupBy: 'area' | 'goal') => void;
      readonly goals: readonly Option[];
      readonly goalId: string;
      readonly setGoalId: (goalId: string) => void;
      readonly text: PlanWorkText;
      readonly creating?: ReportFormat;
      readonly result?: { readonly ok: boolean; readonly text: string };
      readonly create: (format: ReportFormat) => void;
      /** The report on screen: the round, its charts, comparison, indicators, funds and boards. */
      readonly content:
        | { readonly kind: 'loading'; readonly label: string }
        | { readonly kind: 'error'; readonly message: string; readonly retry: () => void }
        | { readonly kind: 'ready'; readonly model: ReportModel };
    };
