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
import { sendFailure } from './api-errors.js';
import { param, type Handler } from './api-deps.js';
import { parseRequest } from './request-body.js';

/** GET /rounds/calendar, POST /rounds, POST /rounds/{id}/close, POST /rounds/{id}/reminders. */

const longestCalendarYears = 25;

/** The year of a date-like text (refinements also run on values whose format failed). */
const yearOf = (date: string) => Number(date.slice(0, 4)) || 0;

const CalendarQuerySchema = z
  .object({ from: z.iso.date(), to: z.iso.date() })
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

export const calendar: Handler = (req, res, { deps }) => {
  const query = parseRequest(CalendarQuerySchema, req.query);
  if (!query.ok) {
    sendFailure(res, query.failure);
    return Promise.resolve();
  }
  const rounds = roundsOpeningBetween(query.value.from, query.value.to, deps.calendar);
  const body: CalendarResponse = { rounds: rounds.map(calendarRound) };
  res.status(200).json(body);
  return Promise.resolve();
};

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
  const response: RoundResponse = { round: opened.value };
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
  const response: RoundResponse = { round: closed.value };
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
