import type { z } from 'zod/mini';
import {
  FollowUpSchema,
  type FollowUp,
  type FollowUpRound,
  type Plan,
  type ReminderStage,
} from '../domain/model.js';
import { plansInForce } from '../domain/plans.js';
import { compareRounds } from '../domain/status.js';
import { sameMeasured } from '../domain/measured.js';
import type { Answer, ChannelLink, RecordFollowUpsInput, ReminderKey } from './ports.js';
import { fail, ok, type Result } from './result.js';

/**
 * The rules every PlanStore and ReminderStore follows, whatever keeps the data: the in-memory
 * fakes (src/app/in-memory) and the Graph adapters in src/graph import them from here, at the
 * app level beside the ports, so one contract suite can hold both to the same behaviour.
 */

/** The unique key of a follow-up: one answer per round and activity. */
export function followUpKey(roundId: string, activityId: string): string {
  return `${roundId}|${activityId}`;
}

/** The unique key of a reminder: one per round, department and stage. */
export function reminderKey(key: ReminderKey): string {
  return `${key.roundId}|${key.departmentId}|${key.stage}`;
}

export function parseReminderKey(text: string): ReminderKey | undefined {
  const [roundId, departmentId, stage, ...rest] = text.split('|');
  if (!roundId || !departmentId || !stage || rest.length > 0) return undefined;
  return { roundId, departmentId, stage: stage as ReminderStage };
}

/** Zod issues as a Swedish `invalid` failure with field messages; nothing is written. */
export function invalidFrom(error: z.core.$ZodError, what: string, prefix = ''): Result<never> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    fields[key || 'value'] ??= issue.message;
  }
  const list = Object.entries(fields)
    .map(([field, message]) => `${field}: ${message}`)
    .join('; ');
  return fail('invalid', `${what} kunde inte sparas: ${list}`, { fields });
}

/** The follow-ups an input asks to store, validated by the model's schema before any write. */
export function followUpsOf(input: RecordFollowUpsInput): Result<FollowUp[]> {
  const followUps: FollowUp[] = [];
  for (const [index, answer] of input.answers.entries()) {
    const parsed = FollowUpSchema.safeParse(candidate(input, answer));
    if (!parsed.success) return invalidFrom(parsed.error, 'Uppföljningen', `answers.${index}`);
    followUps.push(parsed.data);
  }
  const keys = new Set(input.answers.map((a) => a.activityId));
  if (keys.size !== input.answers.length) {
    return fail('invalid', 'Samma aktivitet förekommer två gånger i svaret.', {
      fields: { answers: 'Samma aktivitet förekommer två gånger.' },
    });
  }
  return ok(followUps);
}

function candidate(input: RecordFollowUpsInput, answer: Answer): unknown {
  return {
    roundId: input.roundId,
    activityId: answer.activityId,
    departmentId: input.departmentId,
    status: answer.status,
    comment: answer.comment,
    nextSteps: answer.nextSteps,
    ...(answer.indicatorValues && Object.keys(answer.indicatorValues).length > 0
      ? { indicatorValues: answer.indicatorValues }
      : {}),
    ...(answer.fundsUsedTkr === undefined ? {} : { fundsUsedTkr: answer.fundsUsedTkr }),
    answeredBy: { id: input.responder.id, name: input.responder.name },
    answeredAt: utcSeconds(input.at),
    source: input.source,
  };
}

/** The same answer again (a retried delivery): same status, texts, values and responder. */
export function sameAnswer(a: FollowUp, b: FollowUp): boolean {
  return (
    a.status === b.status &&
    sameMeasured(a, b) &&
    a.comment === b.comment &&
    a.nextSteps === b.nextSteps &&
    a.answeredBy.id === b.answeredBy.id &&
    a.departmentId === b.departmentId
  );
}

/**
 * What to do with one answer given what is stored now:
 * - `create`: nothing stored; `skip`: the same answer is stored (idempotent);
 * - `update`: the answerer saw the stored version; `conflict`: they did not.
 */
export type AnswerPlan = 'create' | 'skip' | 'update' | 'conflict';

export function planAnswer(
  stored: (FollowUp & { version: string }) | undefined,
  wanted: FollowUp,
  expectedVersion: string | undefined,
): AnswerPlan {
  if (!stored) return expectedVersion === undefined ? 'create' : 'conflict';
  if (sameAnswer(stored, wanted)) return 'skip';
  return expectedVersion === stored.version ? 'update' : 'conflict';
}

/** The rounds whose follow-ups a snapshot carries: every open round and the latest closed one. */
export function relevantRoundIds(rounds: readonly FollowUpRound[]): Set<string> {
  const ids = new Set(rounds.filter((r) => r.state === 'open').map((r) => r.id));
  const closed = rounds.filter((r) => r.state === 'closed').sort(compareRounds);
  const latest = closed.at(-1);
  if (latest) ids.add(latest.id);
  return ids;
}

/**
 * The plan a store serves: the one named, else, among the plans in force (not replaced, not a
 * pending new version), the activity plan no other plan complements (the seed has one activity
 * plan and its parent action plan).
 */
export function choosePlan<P extends Plan>(
  plans: readonly P[],
  planId: string | undefined,
): P | undefined {
  if (planId !== undefined) return plans.find((p) => p.id === planId);
  const inForce = new Set(plansInForce(plans).map((p) => p.id));
  const candidates = plans.filter((p) => inForce.has(p.id));
  const parents = new Set(candidates.map((p) => p.parentPlanId).filter(Boolean));
  const leaves = candidates.filter((p) => !parents.has(p.id));
  return leaves.find((p) => p.kind === 'activityPlan') ?? leaves[0];
}

/** ISO date-times as SharePoint keeps them: UTC, whole seconds. */
export function utcSeconds(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The fields every channel link needs; the in-memory and the Graph directory check them alike. */
export function linkProblem(link: ChannelLink): string | undefined {
  for (const field of ['target', 'teamId', 'channelId', 'tenantId', 'serviceUrl'] as const) {
    if (typeof link[field] !== 'string' || link[field].trim() === '') {
      return `Kanalkopplingen saknar ${field}.`;
    }
  }
  if (link.target.includes('|')) return 'Kanalkopplingens mål får inte innehålla tecknet |.';
  return undefined;
}
