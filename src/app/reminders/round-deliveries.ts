import type { Department, Reminder } from '../../domain/model.js';
import { wording } from '../../domain/wording.js';
import type { PlanSnapshot, ReminderKey, Versioned } from '../ports.js';
import { decideExisting } from './reservation-rules.js';
import { deliver, type Delivery, type DeliveryDeps } from './deliver.js';
import { workingGroupTarget, type RoundPlan, type RunPlan } from './plan-run.js';
import type { ReminderCards } from './reminder-cards.js';
import { reminderKeyText } from './reservation-rules.js';
import type { DeliveryOutcome, ReminderReport, UnreachableDepartment } from './run-result.js';

/** Delivering one round's reminders, then (when due) the working group's summary. */

export type RoundRun = {
  readonly snapshot: PlanSnapshot;
  readonly run: RunPlan;
  readonly stored: ReadonlyMap<string, Versioned<Reminder>>;
  readonly cards: ReminderCards;
  readonly deps: DeliveryDeps;
  readonly dryRun: boolean;
  /** A run for chosen departments posts no summary. */
  readonly summaries: boolean;
};

const workingGroupName = wording.sv.workingGroupTitle;

/** Runs `task` over `items`, at most `limit` at once, keeping the order of the results. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) results[i] = await task(items[i]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

/** What a dry run would do: the same decisions, nothing written or posted. */
function dryOutcome(
  existing: Versioned<Reminder> | undefined,
  deps: DeliveryDeps,
): DeliveryOutcome {
  if (existing === undefined) return { outcome: 'wouldPost' };
  const decision = decideExisting(existing, deps.timer.now(), deps.settings);
  switch (decision.kind) {
    case 'sent':
      return { outcome: 'alreadySent' };
    case 'unreachable':
      return {
        outcome: 'unreachable',
        message: existing.lastError ?? 'Kanalen finns inte längre.',
      };
    case 'leased':
      return { outcome: 'inProgress' };
    case 'waiting':
      return {
        outcome: 'waiting',
        attempts: existing.attempts,
        nextAttemptAt: decision.until.toISOString(),
      };
    case 'gaveUp':
      return { outcome: 'gaveUp', attempts: existing.attempts };
    case 'takeOver':
      return {
        outcome: 'wouldPost',
        message: 'Tar över en reservation som en tidigare körning lämnade.',
      };
  }
}

function send(delivery: Delivery, rr: RoundRun): Promise<DeliveryOutcome> {
  return rr.dryRun
    ? Promise.resolve(dryOutcome(delivery.existing, rr.deps))
    : deliver(delivery, rr.deps);
}

function keyOf(plan: RoundPlan, departmentId: string): ReminderKey {
  return { roundId: plan.round.id, departmentId, stage: plan.stage.stage };
}

async function departmentReports(plan: RoundPlan, rr: RoundRun): Promise<ReminderReport[]> {
  return mapLimited(plan.tasks, rr.deps.settings.concurrency, async (task) => {
    const key = keyOf(plan, task.department.id);
    const base = { key, targetName: task.department.name, roundTitle: plan.round.title };
    if (task.channel === undefined) {
      return {
        ...base,
        outcome: 'noChannel',
        message: 'Ingen kanal är kopplad till förvaltningen.',
      };
    }
    const existing = rr.stored.get(reminderKeyText(key));
    const outcome = await send(
      {
        key,
        dueAt: new Date(plan.stage.at),
        channel: task.channel,
        card: (memberIds) =>
          rr.cards.reminder({
            snapshot: rr.snapshot,
            round: plan.round,
            department: task.department,
            stage: plan.stage.stage,
            memberIds,
          }),
        ...(existing ? { existing } : {}),
      },
      rr,
    );
    return { ...base, ...outcome };
  });
}

function unreachableOf(
  plan: RoundPlan,
  reports: readonly ReminderReport[],
): UnreachableDepartment[] {
  const names = new Map(plan.tasks.map((t) => [t.department.id, t.department]));
  return reports.flatMap((r): UnreachableDepartment[] => {
    if (r.outcome !== 'noChannel' && r.outcome !== 'unreachable') return [];
    const department = names.get(r.key.departmentId);
    if (department === undefined) return [];
    const reason = r.outcome === 'noChannel' ? 'noChannel' : 'channelGone';
    return [
      {
        roundId: plan.round.id,
        departmentId: department.id,
        departmentName: department.name,
        reason,
      },
    ];
  });
}

async function summaryReport(
  plan: RoundPlan,
  unreachable: readonly UnreachableDepartment[],
  rr: RoundRun,
): Promise<ReminderReport> {
  const key = keyOf(plan, workingGroupTarget);
  const base = { key, targetName: workingGroupName, roundTitle: plan.round.title };
  const channel = rr.run.workingGroupChannel;
  if (channel === undefined) {
    return {
      ...base,
      outcome: 'noChannel',
      message: 'Arbetsgruppens kanal är inte kopplad (@Aktivitetsplan koppla).',
    };
  }
  const departments = new Map(rr.snapshot.departments.map((d) => [d.id, d]));
  const missing = plan.responses
    .filter((r) => r.missingActivityIds.length > 0)
    .flatMap((r) => {
      const department = departments.get(r.departmentId);
      return department ? [{ department, answered: r.answered, assigned: r.assigned }] : [];
    });
  const unreachableDepartments = unreachable
    .map((u) => departments.get(u.departmentId))
    .filter((d): d is Department => d !== undefined);
  const card = () =>
    rr.cards.summary({
      round: plan.round,
      stage: plan.stage.stage,
      missing,
      unreachable: unreachableDepartments,
    });
  const existing = rr.stored.get(reminderKeyText(key));
  const outcome = await send(
    { key, dueAt: new Date(plan.stage.at), channel, card, ...(existing ? { existing } : {}) },
    rr,
  );
  return { ...base, ...outcome };
}

/** One round: every department's reminder, then the summary when it escalates or someone cannot be reached. */
export async function runRound(
  plan: RoundPlan,
  rr: RoundRun,
): Promise<{ reports: ReminderReport[]; unreachable: UnreachableDepartment[] }> {
  const reports = await departmentReports(plan, rr);
  const unreachable = unreachableOf(plan, reports);
  if (rr.summaries && (plan.escalates || unreachable.length > 0)) {
    reports.push(await summaryReport(plan, unreachable, rr));
  }
  return { reports, unreachable };
}
