import type { PlanSnapshot } from '../../../app/ports.js';
import type { PlanWorkApi } from '../../backend/plan-work-api.js';
import type { TabBackend, TabFailure, TabResult } from '../../backend/tab-backend.js';
import type { Language } from '../../i18n/i18n.js';
import type { PlanWorkText } from './plan-work-text.js';

/** What every Planera section gets: the plan, the API, the strings and one way to act. */
export type PlanWorkContext = {
  readonly snapshot: PlanSnapshot;
  readonly api: PlanWorkApi;
  readonly text: PlanWorkText;
  readonly language: Language;
  /** Saves an activity (moving it to another area): the tab's usual PUT /activities/{id}. */
  readonly saveActivity: TabBackend['saveActivity'];
  /** Reads the plan again (after an import). */
  readonly reload: () => void;
  /** Today (YYYY-MM-DD), for default dates. */
  readonly today: string;
  /**
   * Runs a write (asking for sign-in again when needed); on success applies it to the snapshot
   * and announces `done` in the live region. Returns the failure (with field messages) or
   * undefined; a failure without field messages is also announced.
   */
  readonly act: <T>(
    call: () => Promise<TabResult<T>>,
    onDone: (value: T) => {
      readonly change?: (s: PlanSnapshot) => PlanSnapshot;
      readonly done: string;
    },
  ) => Promise<TabFailure | undefined>;
};

export type PlanWorkState =
  | { readonly kind: 'loading'; readonly label: string }
  | { readonly kind: 'error'; readonly title: string; readonly error: TabFailure }
  | {
      readonly kind: 'ready';
      readonly context: PlanWorkContext;
      readonly announcement: string;
      readonly alert: string;
    };
