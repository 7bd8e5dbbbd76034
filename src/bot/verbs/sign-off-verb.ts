import type { Failure } from '../../app/result.js';
import { isBlank } from '../../app/use-cases/answer-rules.js';
import type { DepartmentRoundView } from '../../app/use-cases/department-view.js';
import { cardSettings, problemCard, type Turn } from '../bot-deps.js';
import { cardOfView, type CardSettings } from '../follow-up-cards.js';
import { answer, refused, seenOf, type FollowUpAction } from './follow-up-verbs.js';
import type { VerbOutcome } from './verb-outcome.js';

/**
 * Klarmarkera on the follow-up card: inputs changed since the card was shown are saved first (as
 * a submit; a refusal there stops here and shows why, with the inputs kept), then the
 * department's part of the round is signed off and the posted card replaced for everyone: who
 * signed off and when, the answers without inputs. A sign-off refused (answers missing, not a
 * member of the department's team) goes only to the person who clicked.
 */

/** Whether any input differs from what the card showed (Teams sends every input). */
function changedInputs(action: FollowUpAction): boolean {
  const seen = seenOf(action.data);
  return action.entries.some(
    (entry) => !isBlank(entry) && (seen.kind !== 'card' || seen.leftAsShown?.(entry) !== true),
  );
}

async function refusedSignOff(
  turn: Turn,
  error: Failure,
  action: FollowUpAction,
  settings: CardSettings,
  wrote: boolean,
): Promise<VerbOutcome> {
  const { roundId, departmentId, page } = action.data;
  if (error.reason === 'throttled' || error.reason === 'unavailable')
    return { reply: error.message };
  if (error.reason !== 'forbidden' && error.reason !== 'conflict')
    return { reply: problemCard(turn, error.reason, settings.tabUrl(roundId, departmentId)) };
  const shown = await turn.deps.useCases.showDepartmentRound(roundId, departmentId, turn.budget);
  if (!shown.ok) return { reply: error.message };
  const view: DepartmentRoundView = shown.value;
  const everyone = wrote ? { everyone: cardOfView(view, settings, { page }) } : {};
  if (error.reason === 'forbidden') {
    const refusal = view.channel === undefined ? 'noTeam' : 'notMember';
    return { reply: cardOfView(view, settings, { page, readOnly: true, refusal }), ...everyone };
  }
  if (view.round.state !== 'open') return { reply: cardOfView(view, settings, { page }) };
  return { reply: cardOfView(view, settings, { page, refusal: 'missingAnswers' }), ...everyone };
}

export async function signOffFromCard(turn: Turn, action: FollowUpAction): Promise<VerbOutcome> {
  let wrote = false;
  if (changedInputs(action)) {
    const answered = await answer(turn, action);
    if (!answered.ok) return refused(turn, answered, action, action.data.page);
    wrote = answered.value.written.length > 0;
  }
  const { roundId, departmentId, page } = action.data;
  const [signed, settings] = await Promise.all([
    turn.deps.useCases.signOffDepartment({
      caller: turn.caller,
      roundId,
      departmentId,
      budget: turn.budget,
    }),
    cardSettings(turn),
  ]);
  if (!signed.ok) return refusedSignOff(turn, signed.error, action, settings, wrote);
  const card = cardOfView(signed.value, settings, { page });
  return { reply: card, everyone: card };
}
