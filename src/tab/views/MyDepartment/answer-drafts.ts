import type { FollowUp } from '../../../domain/model.js';
import type { AnswerDraft } from './MyDepartment.types.js';

export type Drafts = Readonly<Record<string, AnswerDraft>>;

export const draftOf = (f: FollowUp | undefined): AnswerDraft => ({
  status: f?.status ?? '',
  comment: f?.comment ?? '',
  nextSteps: f?.nextSteps ?? '',
});

export const changed = (a: AnswerDraft, b: AnswerDraft) =>
  a.status !== b.status ||
  a.comment.trim() !== b.comment.trim() ||
  a.nextSteps.trim() !== b.nextSteps.trim();

/** Whether any draft differs from the stored answer it started from. */
export function unsaved(drafts: Drafts, answers: ReadonlyMap<string, FollowUp>): boolean {
  return Object.entries(drafts).some(([id, draft]) => changed(draft, draftOf(answers.get(id))));
}

/** Where a department's drafts for a round are kept while another department is shown. */
export const draftKey = (departmentId: string, roundId: string) => `${departmentId}|${roundId}`;
