import type { Versioned } from '../../../app/ports.js';
import type { Department, Goal, Plan } from '../../../domain/model.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import type { PlansStrings } from './plans-strings.js';

export type NewPlanDraft = {
  readonly title: string;
  readonly kind: Plan['kind'];
  readonly parentPlanId: string;
  readonly goalIds: readonly string[];
  readonly coordinatingDepartmentId: string;
  readonly funds: string;
};

export type DecisionDraft = {
  readonly adoptedBy: string;
  readonly adoptedOn: string;
  readonly decision: string;
};

export type PlansState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly error: TabFailure; readonly retry: () => void }
  | {
      readonly kind: 'ready';
      readonly s: PlansStrings;
      readonly plans: readonly Versioned<Plan>[];
      readonly current: string;
      readonly goals: readonly Goal[];
      readonly departments: readonly Department[];
      readonly canManage: boolean;
      readonly busy: boolean;
      /** The last refusal: its message and field messages. */
      readonly failure?: TabFailure;
      /** The plan whose adoption the failure refused: shown beside its adopt action. */
      readonly failedOn?: string;
      readonly done?: string;
      readonly draft: NewPlanDraft;
      readonly setDraft: (draft: NewPlanDraft) => void;
      readonly create: () => void;
      readonly decisions: Readonly<Record<string, DecisionDraft>>;
      readonly setDecision: (planId: string, draft: DecisionDraft) => void;
      readonly adopt: (plan: Versioned<Plan>) => void;
      readonly revise: (plan: Versioned<Plan>) => void;
      readonly show: (planId: string) => void;
    };
