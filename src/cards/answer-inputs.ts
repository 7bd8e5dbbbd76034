import { z } from 'zod';
import { FollowUpStatusSchema, type FollowUpStatus } from '../domain/model.js';

/**
 * A follow-up card's answer inputs as Teams merges them into the action's data, collected by
 * activity: `status.<id>`, `comment.<id>`, `nextSteps.<id>` and the value inputs
 * (`indicator.<indicatorId>.<id>`, `fundsUsed.<id>`; see valueInputId in verbs.ts).
 */

/** What one activity's inputs held when the button was clicked. */
export type AnswerEntry = {
  readonly activityId: string;
  /** Absent when no status was chosen. */
  readonly status?: FollowUpStatus;
  readonly comment: string;
  readonly nextSteps: string;
  /** Indicator id → the input's value as sent; absent when the card had no such inputs. */
  readonly indicatorValues?: Readonly<Record<string, string>>;
  /** The funds-used input as sent; absent when the card had none. */
  readonly fundsUsed?: string;
};

type MutableEntry = {
  status?: FollowUpStatus;
  comment: string;
  nextSteps: string;
  indicatorValues?: Record<string, string>;
  fundsUsed?: string;
};

const inputValue = z.string().max(10_000);
/** A number input's value may come as a JSON number: read as its text. */
const numberInputValue = z.union([
  inputValue,
  z
    .number()
    .refine(Number.isFinite)
    .transform((n) => String(n)),
]);

/** An indicator's or the funds' input: its field and the activity. */
function valueKey(
  key: string,
): { field: 'indicator' | 'fundsUsed'; id?: string; activityId: string } | undefined {
  const indicator = /^indicator\.([^.]+)\.(.+)$/s.exec(key);
  if (indicator) return { field: 'indicator', id: indicator[1]!, activityId: indicator[2]! };
  const funds = /^fundsUsed\.(.+)$/s.exec(key);
  return funds ? { field: 'fundsUsed', activityId: funds[1]! } : undefined;
}

function addValue(
  byActivity: Map<string, MutableEntry>,
  key: NonNullable<ReturnType<typeof valueKey>>,
  value: string,
): void {
  const entry = byActivity.get(key.activityId) ?? { comment: '', nextSteps: '' };
  if (key.field === 'fundsUsed') entry.fundsUsed = value;
  else entry.indicatorValues = { ...entry.indicatorValues, [key.id!]: value };
  byActivity.set(key.activityId, entry);
}

/**
 * Collects the answer inputs (`status.<id>`, `comment.<id>`, `nextSteps.<id>`, and the value
 * inputs of valueInputId) by activity.
 */
export function answerEntries(data: Record<string, unknown>): AnswerEntry[] | undefined {
  const byActivity = new Map<string, MutableEntry>();
  for (const [key, raw] of Object.entries(data)) {
    const values = valueKey(key);
    const match = /^(status|comment|nextSteps)\.(.+)$/s.exec(key);
    if (!match && !values) continue;
    const value = (values ? numberInputValue : inputValue).safeParse(raw);
    if (!value.success) return undefined;
    if (values) {
      addValue(byActivity, values, value.data);
      continue;
    }
    const [, field, activityId] = match as unknown as [string, keyof AnswerEntry, string];
    const entry = byActivity.get(activityId) ?? { comment: '', nextSteps: '' };
    if (field === 'status') {
      if (value.data === '') continue;
      const status = FollowUpStatusSchema.safeParse(value.data);
      if (!status.success) return undefined;
      entry.status = status.data;
    } else if (field === 'comment' || field === 'nextSteps') {
      entry[field] = value.data;
    }
    byActivity.set(activityId, entry);
  }
  return [...byActivity].map(([activityId, entry]) => ({ activityId, ...entry }));
}
