import type { FollowUp } from '../../../domain/model.js';
import { formatSwedishNumber } from '../../../domain/numbers.js';
import type { AnswerDraft } from './MyDepartment.types.js';

export type Drafts = Readonly<Record<string, AnswerDraft>>;

/** Stored values as typed back (ja/nej are 1/0, the choice's values). */
export const draftOf = (f: FollowUp | undefined): AnswerDraft => ({
  status: f?.status ?? '',
  comment: f?.comment ?? '',
  nextSteps: f?.nextSteps ?? '',
  indicatorValues: Object.fromEntries(
    Object.entries(f?.indicatorValues ?? {}).map(([id, v]) => [id, formatSwedishNumber(v)]),
  ),
  fundsUsed: f?.fundsUsedTkr === undefined ? '' : formatSwedishNumber(f.fundsUsedTkr),
});

function sameValues(a: AnswerDraft, b: AnswerDraft): boolean {
  const ids = new Set([...Object.keys(a.indicatorValues), ...Object.keys(b.indicatorValues)]);
  return (
    a.fundsUsed.trim() === b.fundsUsed.trim() &&
    [...ids].every(
      (id) => (a.indicatorValues[id] ?? '').trim() === (b.indicatorValues[id] ?? '').trim(),
    )
  );
}

export const changed = (a: AnswerDraft, b: AnswerDraft) =>
  a.status !== b.status ||
  a.comment.trim() !== b.comment.trim() ||
  a.nextSteps.trim() !== b.nextSteps.trim() ||
  !sameValues(a, b);

/** Whether any draft differs from the stored answer it started from. */
export function unsaved(drafts: Drafts, answers: ReadonlyMap<string, FollowUp>): boolean {
  return Object.entries(drafts).some(([id, draft]) => changed(draft, draftOf(answers.get(id))));
}

/** Where a department's drafts for a round are kept while another department is shown. */
export const draftKey = (departmentId: string, roundId: string) => `${departmentId}|${roundId}`;
