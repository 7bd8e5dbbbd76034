import type {
  AnswerOutcome,
  AnswerRefusal,
  SeenAnswers,
} from '../../app/use-cases/answer-follow-ups.js';
import { isBlank } from '../../app/use-cases/answer-rules.js';
import type { DepartmentRoundView } from '../../app/use-cases/department-view.js';
import {
  answerFingerprint,
  followUpCardVersion,
  inputsFingerprint,
  seenParts,
  type SeenAnswers as SeenOnCard,
} from '../../cards/card-version.js';
import type { AnswerEntry } from '../../cards/answer-inputs.js';
import type { FollowUpCardData } from '../../cards/verbs.js';
import { cardSettings, problemCard, type Turn } from '../bot-deps.js';
import {
  cardOfView,
  errorsOf,
  pageOfActivity,
  staleOf,
  valuesOf,
  type CardSettings,
} from '../follow-up-cards.js';
import { channelOf } from '../teams-activity.js';
import type { VerbOutcome } from './verb-outcome.js';

/**
 * The follow-up card's verbs. A successful answer replaces the posted card for everyone (who
 * answered what and when, what is still missing) and shows the person who answered that it was
 * saved; every refusal goes only to the person who clicked, with their inputs kept, so that
 * nothing they typed (personal data included) is shown to the channel. A refusal never wipes the
 * card: someone outside the department's team gets the card read-only with the reason on top
 * (and the refresh shows it read-only to them from the start); a busy or unavailable service
 * keeps the form with what was typed and says so.
 */

export type FollowUpAction = {
  readonly data: FollowUpCardData;
  readonly entries: readonly AnswerEntry[];
};

/** Whether the card showed an activity's answer as stored now (see card-version.ts). */
export function seenOf(data: FollowUpCardData): SeenAnswers {
  if (data.v === 1) {
    // A card posted before per-activity fingerprints: any change to the department is stale.
    const version = data.cardVersion;
    return { kind: 'card', matches: (_id, stored) => followUpCardVersion(stored) === version };
  }
  const seen = data.seen;
  return {
    kind: 'card',
    matches: (id, stored) => {
      const { version } = seenParts(seen[id]);
      const now = stored.find((a) => a.activityId === id)?.version;
      return version !== undefined && version === answerFingerprint(now);
    },
    leftAsShown: (entry) => {
      const { inputs } = seenParts(seen[entry.activityId]);
      const sent = {
        status: entry.status ?? '',
        comment: entry.comment ?? '',
        nextSteps: entry.nextSteps ?? '',
        ...(entry.indicatorValues ? { indicatorValues: entry.indicatorValues } : {}),
        ...(entry.fundsUsed === undefined ? {} : { fundsUsed: entry.fundsUsed }),
      };
      return inputs !== undefined && inputs === inputsFingerprint(sent);
    },
  };
}

export function answer(turn: Turn, action: FollowUpAction): Promise<AnswerOutcome> {
  const { data, entries } = action;
  return turn.deps.useCases.answerFollowUps({
    roundId: data.roundId,
    departmentId: data.departmentId,
    entries,
    caller: turn.caller,
    source: 'card',
    seen: seenOf(data),
    budget: turn.budget,
    ...(data.team === undefined ? {} : { teamHint: data.team }),
  });
}

/**
 * What the person's card showed of the activities whose inputs are shown again as they were
 * (all but `except`, answers stored meanwhile by this very action).
 */
function keptSeen(
  data: FollowUpCardData,
  except: ReadonlySet<string> = new Set(),
): { readonly seen?: SeenOnCard } {
  if (data.v !== 2) return {};
  return { seen: Object.fromEntries(Object.entries(data.seen).filter(([id]) => !except.has(id))) };
}

/** The card for a refused answer, shown on `page` with the person's inputs. */
export async function refused(
  turn: Turn,
  outcome: AnswerRefusal,
  action: FollowUpAction,
  page: number,
): Promise<VerbOutcome> {
  const { error, view } = outcome;
  const settings = await cardSettings(turn);
  if (!view) {
    // Nothing could be read (SharePoint busy or down): the card is left as the person has it,
    // inputs and all, and a sentence says why (Teams shows it under the card).
    const busy = error.reason === 'throttled' || error.reason === 'unavailable';
    return { reply: busy ? error.message : problemCard(turn, error.reason) };
  }
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
      const seen = keptSeen(action.data);
      return { reply: cardOfView(view, settings, { page, values, errors, ...seen }) };
    }
    case 'conflict': {
      if (view.round.state !== 'open') {
        const closed = cardOfView(view, settings, { page });
        return (await isLiveCardOf(turn, view))
          ? { reply: closed, everyone: closed }
          : { reply: closed };
      }
      const stale = staleOf(view, outcome.conflicts ?? []);
      const reply = cardOfView(view, settings, { page, values, stale });
      return withEveryone(reply, outcome, view, settings, page);
    }
    case 'throttled':
    case 'unavailable': {
      const written = new Set((outcome.written ?? []).map((f) => f.activityId));
      const kept = Object.fromEntries(Object.entries(values).filter(([id]) => !written.has(id)));
      const busy = written.size > 0 ? 'partlySaved' : 'nothingSaved';
      const seen = keptSeen(action.data, written);
      const reply = cardOfView(view, settings, { page, values: kept, busy, ...seen });
      return withEveryone(reply, outcome, view, settings, page);
    }
    case 'forbidden': {
      if (outcome.locked === true)
        return { reply: cardOfView(view, settings, { page, refusal: 'signedOff' }) };
      const refusal = view.channel === undefined ? 'noTeam' : 'notMember';
      return { reply: cardOfView(view, settings, { page, readOnly: true, refusal }) };
    }
    case 'notFound':
      return {
        reply: problemCard(turn, error.reason, settings.tabUrl(view.round.id, view.department.id)),
      };
  }
}

/**
 * Whether the person looking may answer: a member of the department's team. A check that
 * cannot be made now (throttled, unavailable) shows the form: sending checks again.
 */
async function readOnlyFor(turn: Turn, view: DepartmentRoundView): Promise<boolean> {
  if (view.round.state !== 'open') return false;
  const allowed = await turn.deps.useCases.authorization.canAnswer(
    turn.caller,
    view.channel?.teamId,
  );
  return !allowed.ok && allowed.error.reason === 'forbidden';
}

/** A refusal after part of the answer was stored still shows that part to everyone. */
function withEveryone(
  reply: object,
  outcome: AnswerRefusal,
  view: DepartmentRoundView,
  settings: CardSettings,
  page: number,
): VerbOutcome {
  if ((outcome.written ?? []).length === 0) return { reply };
  return { reply, everyone: cardOfView(view, settings, { page }) };
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
  const live = await turn.deps.useCases.showChannelRounds(channelId, view.department.name);
  return live.ok && live.value.length === 0;
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
      turn.budget,
    );
    if (!view.ok) return { reply: problemCard(turn, view.error.reason) };
    const readOnly = await readOnlyFor(turn, view.value);
    return { reply: cardOfView(view.value, settings, { page: action.data.page, readOnly }) };
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

/**
 * Refresh (automatic for listed members, or the button): the card as stored now, read-only for
 * someone outside the department's team.
 */
export async function refreshCard(turn: Turn, data: FollowUpCardData): Promise<VerbOutcome> {
  const view = await turn.deps.useCases.showDepartmentRound(
    data.roundId,
    data.departmentId,
    turn.budget,
  );
  if (!view.ok) return { reply: problemCard(turn, view.error.reason) };
  const [settings, readOnly] = await Promise.all([
    cardSettings(turn),
    readOnlyFor(turn, view.value),
  ]);
  return { reply: cardOfView(view.value, settings, { page: data.page, readOnly }) };
}
