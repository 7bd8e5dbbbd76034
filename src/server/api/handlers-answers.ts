import { z } from 'zod';
import type { AnswersResponse } from '../../tab/api/contract.js';
import { sendFailure } from './api-errors.js';
import { param, type Handler } from './api-deps.js';
import { parseRequest, type KeyOf } from './request-body.js';

/**
 * POST /rounds/{roundId}/answers: the department's answers through the same use case as the
 * card (membership of the department's team, open round, validation, personal-data guard,
 * versions). The body is checked for shape only, so the field messages are the domain's; each
 * answer's field key is `<activityId>.<field>`. A stored answer also updates the cards already
 * posted to the department's channel (after the response).
 */

const id = z.string().min(1).max(100);

const AnswersBodySchema = z.object({
  departmentId: id,
  answers: z
    .array(
      z.object({
        activityId: id,
        status: z.string(),
        comment: z.string(),
        nextSteps: z.string(),
        /** Indicator id → the value as typed (`12,5`, `ja`; '' = no value). */
        indicatorValues: z.record(z.string().max(100), z.string().max(100)).optional(),
        /** Tkr used in the round, as typed. */
        fundsUsed: z.string().max(100).optional(),
        expectedVersion: z.string().optional(),
      }),
    )
    .min(1)
    .max(200),
});

const answerKey: KeyOf = (path, value) => {
  const [list, index, field] = path;
  if (list !== 'answers' || typeof index !== 'number' || typeof field !== 'string')
    return path.filter((p) => typeof p === 'string').at(-1) ?? 'answers';
  const answers = (value as { answers?: { activityId?: unknown }[] } | undefined)?.answers;
  const activityId = answers?.[index]?.activityId;
  return typeof activityId === 'string' ? `${activityId}.${field}` : `answers.${index}.${field}`;
};

export const answers: Handler = async (req, res, { deps, caller, background }) => {
  const body = parseRequest(AnswersBodySchema, req.body, answerKey);
  if (!body.ok) return sendFailure(res, body.failure);
  const roundId = param(req, 'roundId');
  const { departmentId } = body.value;
  const outcome = await deps.useCases.answerFollowUps({
    roundId,
    departmentId,
    entries: body.value.answers,
    caller,
    source: 'tab',
    seen: { kind: 'versions' },
  });
  if (!outcome.ok) return sendFailure(res, outcome.error);
  const asked = new Set(body.value.answers.map((a) => a.activityId));
  const followUps = outcome.value.view.items.flatMap((item) =>
    item.answer && asked.has(item.activity.id) ? [item.answer] : [],
  );
  const response: AnswersResponse = { followUps };
  res.status(200).json(response);
  if (outcome.value.written.length > 0) {
    background.run('api.cards_refreshed', () =>
      deps.useCases.refreshPostedCards(outcome.value.view.round.id, departmentId),
    );
  }
};
