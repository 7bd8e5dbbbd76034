import { z } from 'zod';
import type { CalendarRound as DomainCalendarRound } from '../../domain/calendar/rounds.js';
import { roundsOpeningBetween } from '../../domain/calendar/rounds.js';
import {
  CloseRoundRequestSchema,
  OpenRoundRequestSchema,
  ReminderRequestSchema,
  type CalendarResponse,
  type CalendarRound,
  type ReminderResponse,
  type RoundResponse,
} from '../../tab/api/contract.js';
import type { SavedRound } from '../../app/ports.js';
import { periodFollowedUp, roundsOfEarlierVersions } from '../../app/plan-loading.js';
import { sendFailure } from './api-errors.js';
import { param, type Handler } from './api-deps.js';
import { parseRequest } from './request-body.js';

/** GET /rounds/calendar, POST /rounds, POST /rounds/{id}/close, POST /rounds/{id}/reminders. */

const longestCalendarYears = 25;

/** The year of a date-like text (refinements also run on values whose format failed). */
const yearOf = (date: string) => Number(date.slice(0, 4)) || 0;

const CalendarQuerySchema = z
  .object({ from: z.iso.date(), to: z.iso.date(), planId: z.string().min(1).max(255).optional() })
  .refine((q) => q.from <= q.to, { message: 'Till-datumet är före från-datumet.', path: ['to'] })
  .refine((q) => yearOf(q.to) - yearOf(q.from) <= longestCalendarYears, {
    message: `Kalendern visas för högst ${longestCalendarYears} år åt gången.`,
    path: ['to'],
  });

function calendarRound(round: DomainCalendarRound): CalendarRound {
  return {
    kind: round.kind,
    title: round.title,
    periodStart: round.period.start,
    periodEnd: round.period.end,
    opensOn: round.opensOn,
    dueOn: round.dueOn,
    closesOn: round.closesOn,
  };
}

/**
 * The calendar's rounds in the range. With `planId` of a plan revising another, the periods an
 * earlier version followed up are left out (a period is followed up once): one read of the plan
 * and one per earlier version; none without `planId`.
 */
export const calendar: Handler = async (req, res, { deps }) => {
  const query = parseRequest(CalendarQuerySchema, req.query);
  if (!query.ok) return sendFailure(res, query.failure);
  const { from, to, planId } = query.value;
  let rounds = roundsOpeningBetween(from, to, deps.calendar).map(calendarRound);
  if (planId !== undefined) {
    const snapshot = await deps.store.loadPlan({ planId });
    if (!snapshot.ok) return sendFailure(res, snapshot.error);
    const earlier = await roundsOfEarlierVersions(deps.store, snapshot.value);
    if (!earlier.ok) return sendFailure(res, earlier.error);
    rounds = rounds.filter((r) => !periodFollowedUp(earlier.value, r));
  }
  const body: CalendarResponse = { rounds };
  res.status(200).json(body);
};

/** The round, and apart from it the new versions of the activities its save rewrote. */
function roundResponse(saved: SavedRound): RoundResponse {
  const { activityVersions, ...round } = saved;
  return activityVersions ? { round, activityVersions: { ...activityVersions } } : { round };
}

export const openRound: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(OpenRoundRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const { confirmPast, planId, alsoPlanIds, ...proposal } = body.value;
  const opened = await deps.useCases.openRound({
    caller,
    proposal,
    ...(confirmPast === undefined ? {} : { confirmPast }),
    ...(planId === undefined ? {} : { planId }),
    ...(alsoPlanIds === undefined ? {} : { alsoPlanIds }),
  });
  if (!opened.ok) return sendFailure(res, opened.error);
  const response = roundResponse(opened.value);
  res.status(201).json(response);
};

export const closeRound: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(CloseRoundRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const closed = await deps.useCases.closeRound({
    caller,
    roundId: param(req, 'roundId'),
    expectedVersion: body.value.expectedVersion,
    ...(body.value.planId === undefined ? {} : { planId: body.value.planId }),
  });
  if (!closed.ok) return sendFailure(res, closed.error);
  const response = roundResponse(closed.value);
  res.status(200).json(response);
};

export const sendReminder: Handler = async (req, res, { deps, caller }) => {
  const body = parseRequest(ReminderRequestSchema, req.body);
  if (!body.ok) return sendFailure(res, body.failure);
  const { departmentId } = body.value;
  const sent = await deps.useCases.sendReminderNow({
    caller,
    roundId: param(req, 'roundId'),
    departmentId,
  });
  if (!sent.ok) return sendFailure(res, sent.error);
  const response: ReminderResponse = { departmentId, ...sent.value };
  res.status(202).json(response);
};
