import type { FollowUp } from '../../domain/model.js';
import type { PlanStore } from '../ports.js';
import { fail, ok, type Result } from '../result.js';

/**
 * The history of an activity's follow-ups: every stored version of its answer in every round that
 * has been opened (status, comment, who, when, from card or tab), newest first. One loadPlan, then
 * one history read per round with answers, in parallel (a plan has a few rounds a year).
 */

const historyMessages = { unknown: 'Aktiviteten finns inte.' } as const;

export async function activityHistory(
  store: PlanStore,
  activityId: string,
): Promise<Result<readonly FollowUp[]>> {
  const snapshot = await store.loadPlan();
  if (!snapshot.ok) return snapshot;
  if (!snapshot.value.activities.some((a) => a.id === activityId))
    return fail('notFound', historyMessages.unknown);
  const rounds = snapshot.value.rounds.filter((r) => r.state !== 'planned');
  const histories = await Promise.all(rounds.map((r) => store.followUpHistory(r.id, activityId)));
  const entries: { readonly followUp: FollowUp; readonly order: number }[] = [];
  for (const history of histories) {
    if (!history.ok) return history;
    history.value.forEach((followUp, order) => entries.push({ followUp, order }));
  }
  // Newest first; versions stored within the same second keep their stored order (later on top).
  entries.sort(
    (a, b) =>
      Date.parse(b.followUp.answeredAt) - Date.parse(a.followUp.answeredAt) || b.order - a.order,
  );
  return ok(entries.map((e) => e.followUp));
}
