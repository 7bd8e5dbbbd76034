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
      /** The last refusal: its message and field messages, and the form it answers. */
      readonly failure?: TabFailure & { readonly form: string };
      readonly done?: string;
      readonly draft: NewPlanDraft;
      readonly setDraft: (draft: NewPlanDraft) => void;
      readonly create: () => void;
      readonly decisions: Readonly<Record<string, DecisionDraft>>;
      readonly setDecision: (planId: string, draft: DecisionDraft) => void;
      readonly adopt: (plan: Versioned<Plan>) => void;
      readonly revise: (plan: Versioned<Plan>) => void;
      /** The plan whose fields (and decision, when adopted) are being edited, with its draft. */
      readonly editing?: { readonly planId: string; readonly draft: NewPlanDraft };
      readonly startEdit: (plan: Versioned<Plan>) => void;
      readonly setEditDraft: (draft: NewPlanDraft) => void;
      readonly saveEdit: (plan: Versioned<Plan>) => void;
      readonly cancelEdit: () => void;
      /** Corrects an adopted plan's decision with the draft in `decisions`. */
      readonly correct: (plan: Versioned<Plan>) => void;
      readonly show: (planId: string) => void;
    };
