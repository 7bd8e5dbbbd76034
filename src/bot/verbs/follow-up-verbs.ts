import type { AnswerOutcome, AnswerRefusal } from '../../app/use-cases/answer-follow-ups.js';
import { isBlank } from '../../app/use-cases/answer-rules.js';
import type { DepartmentRoundView } from '../../app/use-cases/department-view.js';
import { followUpCardVersion } from '../../cards/card-version.js';
import type { AnswerEntry, FollowUpCardData } from '../../cards/verbs.js';
import { cardSettings, problemCard, type Turn } from '../bot-deps.js';
import { cardOfView, errorsOf, pageOfActivity, staleOf, valuesOf } from '../follow-up-cards.js';
import { channelOf } from '../teams-activity.js';
import type { VerbOutcome } from './verb-outcome.js';

/**
 * The follow-up card's verbs. A successful answer replaces the posted card for everyone (who
 * answered what and when, what is still missing) and shows the person who answered that it was
 * saved; every refusal goes only to the person who clicked, with their inputs kept, so that
 * nothing they typed (personal data included) is shown to the channel.
 */

type FollowUpAction = { readonly data: FollowUpCardData; readonly entries: readonly AnswerEntry[] };

function answer(turn: Turn, action: FollowUpAction): Promise<AnswerOutcome> {
  const { data, entries } = action;
  return turn.deps.useCases.answerFollowUps({
    roundId: data.roundId,
    departmentId: data.departmentId,
    entries,
    caller: turn.caller,
    source: 'card',
    seen: { kind: 'card', matches: (stored) => followUpCardVersion(stored) === data.cardVersion },
    ...(data.team === undefined ? {} : { teamHint: data.team }),
  });
}

/** The card for a refused answer, shown on `page` with the person's inputs. */
async function refused(
  turn: Turn,
  outcome: AnswerRefusal,
  action: FollowUpAction,
  page: number,
): Promise<VerbOutcome> {
  const { error, view } = outcome;
  const settings = await cardSettings(turn);
  if (!view) return { reply: problemCard(turn, error.reason) };
  const values = valuesOf(action.entries);
  switch (error.reason) {
    case 'invalid':
    case 'personalData': {
      const first = action.entries.find((e) => !isBlank(e)) ?? action.entries[0];
      const errors = outcome.fieldErrors
        ? errorsOf(outcome.fieldErrors)
        : first
          ? { [`status.${first.activityId}`]: error.message }
          : {};
      return { reply: cardOfView(view, settings, { page, values, errors }) };
    }
    case 'conflict': {
      if (view.round.state !== 'open') {
        const closed = cardOfView(view, settings, { page });
        return (await isLiveCardOf(turn, view))
          ? { reply: closed, everyone: closed }
          : { reply: closed };
      }
      const stale = staleOf(view, outcome.conflicts ?? []);
      return { reply: cardOfView(view, settings, { page, values, stale }) };
    }
    case 'forbidden':
    case 'notFound':
    case 'throttled':
    case 'unavailable':
      return {
        reply: problemCard(turn, error.reason, settings.tabUrl(view.round.id, view.department.id)),
      };
  }
}

/**
 * Whether the message clicked can be the department's card of this (closed) round, so that its
 * closed card may replace it for everyone. The invoke's data is the clicker's to write: a
 * department member could name another, closed round on the department's live card. So: the
 * click must come from the department's own channel, and the department must have no open round
 * (whose card would be the live one there). Otherwise only the clicker sees the closed card.
 */
async function isLiveCardOf(turn: Turn, view: DepartmentRoundView): Promise<boolean> {
  const channelId = channelOf(turn.context.activity)?.channelId;
  if (!channelId || view.channel?.channelId !== channelId) return false;
  const live = await turn.deps.useCases.showChannelRound(channelId, view.department.name);
  return live.ok && live.value === undefined;
}

export async function submitAnswers(turn: Turn, action: FollowUpAction): Promise<VerbOutcome> {
  const page = action.data.page;
  const outcome = await answer(turn, action);
  if (!outcome.ok) return refused(turn, outcome, action, page);
  const { view, written } = outcome.value;
  const settings = await cardSettings(turn);
  const reply = cardOfView(view, settings, { page, saved: true });
  return written.length > 0 ? { reply, everyone: cardOfView(view, settings, { page }) } : { reply };
}

/**
 * Changing page saves the inputs of the page being left (the card says so), then shows the page
 * asked for. A refusal stays on the page being left.
 */
export async function changePage(turn: Turn, action: FollowUpAction): Promise<VerbOutcome> {
  const settings = await cardSettings(turn);
  if (action.entries.every(isBlank)) {
    const view = await turn.deps.useCases.showDepartmentRound(
      action.data.roundId,
      action.data.departmentId,
    );
    if (!view.ok) return { reply: problemCard(turn, view.error.reason) };
    return { reply: cardOfView(view.value, settings, { page: action.data.page }) };
  }
  const outcome = await answer(turn, action);
  if (!outcome.ok) {
    const left = outcome.view ? pageOfActivity(outcome.view, action.entries[0]?.activityId) : 1;
    return refused(turn, outcome, action, left);
  }
  const { view, written } = outcome.value;
  const reply = cardOfView(view, settings, { page: action.data.page, saved: written.length > 0 });
  if (written.length === 0) return { reply };
  const left = pageOfActivity(view, written[0]?.activityId);
  return { reply, everyone: cardOfView(view, settings, { page: left }) };
}

/** Refresh (automatic for listed members, or the button): the card as stored now. */
export async function refreshCard(turn: Turn, data: FollowUpCardData): Promise<VerbOutcome> {
  const view = await turn.deps.useCases.showDepartmentRound(data.roundId, data.departmentId);
  if (!view.ok) return { reply: problemCard(turn, view.error.reason) };
  return { reply: cardOfView(view.value, await cardSettings(turn), { page: data.page }) };
}
