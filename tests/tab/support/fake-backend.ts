import type { PlanSnapshot, Versioned } from '../../../src/app/ports.js';
import type {
  Activity,
  FollowUp,
  FollowUpRound,
  Plan,
  Reminder,
} from '../../../src/domain/model.js';
import type { CalendarRound, MeResponse, OpenRoundRequest } from '../../../src/tab/api/contract.js';
import type {
  PlanAdoptRequest,
  PlanCreateRequest,
  PlanUpdateRequest,
} from '../../../src/tab/api/plans-contract.js';
import type { TabBackend, TabFailure, TabResult } from '../../../src/tab/backend/tab-backend.js';
import type { SignOff } from '../../../src/domain/sign-off.js';
import {
  withActivity,
  withFollowUps,
  withRound,
  withSignOff,
} from '../../../src/tab/state/snapshot-updates.js';
import { FakePlanWorkApi } from './fake-plan-work.js';

type Method = keyof TabBackend;

const withoutVersion = <T extends { version: string }>({ version: _v, ...rest }: T) => rest;

/**
 * An in-memory TabBackend that honours the API's rules (versions → conflict, one answer per
 * round and activity). Tests can make the next call of a method fail or hang.
 */
export class FakeBackend implements TabBackend {
  readonly calls: { method: Method; args: unknown[] }[] = [];
  private failures = new Map<Method, TabFailure[]>();
  private holds = new Set<Method>();
  history: FollowUp[] = [];
  calendarRounds: CalendarRound[] = [];
  reminders: Reminder[] = [];
  /**
   * Opening or closing a round rewrites every activity's derived columns (new versions), as
   * SharePoint does, and answers with the new versions.
   */
  rewritesDerived = false;
  private seq = 1;
  /** Planera's API (its own fake, over this snapshot). */
  readonly planWorkApi: FakePlanWorkApi = new FakePlanWorkApi(this);

  constructor(
    public snapshot: PlanSnapshot,
    public meValue: MeResponse,
  ) {}

  failNext(method: Method, failure: TabFailure, times = 1): void {
    this.failures.set(method, [
      ...(this.failures.get(method) ?? []),
      ...Array<TabFailure>(times).fill(failure),
    ]);
  }

  hold(method: Method): void {
    this.holds.add(method);
  }

  /** Someone else edits meanwhile (bumps the stored version). */
  changeActivity(id: string, change: Partial<Activity>): Versioned<Activity> {
    const current = this.snapshot.activities.find((a) => a.id === id)!;
    const next = { ...current, ...change, version: `v${++this.seq}` };
    this.snapshot = withActivity(this.snapshot, next);
    return next;
  }

  private async answer<T>(
    method: Method,
    args: unknown[],
    work: () => TabResult<T>,
  ): Promise<TabResult<T>> {
    this.calls.push({ method, args });
    if (this.holds.has(method)) return new Promise(() => undefined);
    await Promise.resolve();
    const failure = this.failures.get(method)?.shift();
    if (failure) return { ok: false, error: failure };
    return work();
  }

  callsOf(method: Method): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  loadPlan(planId?: string) {
    return this.answer('loadPlan', planId === undefined ? [] : [planId], () => {
      const plan =
        planId === undefined ? undefined : this.snapshot.plans.find((p) => p.id === planId);
      const value = plan ? { ...this.snapshot, plan: withoutVersion(plan) } : this.snapshot;
      return { ok: true as const, value };
    });
  }
  createPlan(request: PlanCreateRequest) {
    return this.answer('createPlan', [request], () => {
      const plan: Versioned<Plan> = {
        id: `plan-${++this.seq}`,
        kind: request.kind,
        title: request.title,
        goalIds: [...(request.goalIds ?? [])],
        status: 'proposed',
        ...(request.parentPlanId ? { parentPlanId: request.parentPlanId } : {}),
        version: `p${this.seq}`,
      };
      this.snapshot = { ...this.snapshot, plans: [...this.snapshot.plans, plan] };
      return { ok: true as const, value: plan };
    });
  }
  adoptPlan(planId: string, request: PlanAdoptRequest) {
    return this.answer('adoptPlan', [planId, request], () => this.decided(planId, request));
  }
  /** The plan adopted by the decision (adopting, or correcting the decision). */
  private decided(planId: string, request: PlanAdoptRequest) {
    return this.replacePlan(planId, request.expectedVersion, ({ decision: _d, ...p }) => ({
      ...p,
      status: 'adopted',
      adoptedBy: request.adoptedBy,
      adoptedOn: request.adoptedOn,
      ...(request.decision ? { decision: request.decision } : {}),
    }));
  }
  revisePlan(planId: string, expectedVersion: string) {
    return this.answer('revisePlan', [planId, expectedVersion], () => {
      const current = this.snapshot.plans.find((p) => p.id === planId);
      if (!current || current.version !== expectedVersion)
        return { ok: false as const, error: { reason: 'conflict' as const, message: 'Ändrad.' } };
      const copy: Versioned<Plan> = {
        ...withoutVersion(current),
        id: `${planId}-v2`,
        status: 'proposed',
        previousVersionId: planId,
        version: `p${++this.seq}`,
      };
      this.snapshot = { ...this.snapshot, plans: [...this.snapshot.plans, copy] };
      return { ok: true as const, value: copy };
    });
  }
  updatePlan(planId: string, request: PlanUpdateRequest) {
    return this.answer('updatePlan', [planId, request], () =>
      this.replacePlan(planId, request.expectedVersion, (p) => {
        const { expectedVersion: _v, ...fields } = request;
        const {
          parentPlanId: _p,
          coordinatingDepartmentId: _c,
          developmentFundsTkr: _f,
          ...kept
        } = p;
        return { ...kept, ...fields, goalIds: [...(fields.goalIds ?? [])] };
      }),
    );
  }
  correctDecision(planId: string, request: PlanAdoptRequest) {
    return this.answer('correctDecision', [planId, request], () => this.decided(planId, request));
  }
  private replacePlan(
    planId: string,
    expectedVersion: string,
    change: (plan: Plan) => Plan,
  ): TabResult<Versioned<Plan>> {
    const current = this.snapshot.plans.find((p) => p.id === planId);
    if (!current || current.version !== expectedVersion)
      return { ok: false, error: { reason: 'conflict', message: 'Planen har ändrats.' } };
    const next = { ...change(withoutVersion(current)), version: `p${++this.seq}` };
    this.snapshot = {
      ...this.snapshot,
      plans: this.snapshot.plans.map((p) => (p.id === planId ? next : p)),
    };
    return { ok: true, value: next };
  }
  me() {
    return this.answer('me', [], () => ({ ok: true as const, value: this.meValue }));
  }
  calendar(from: string, to: string) {
    return this.answer('calendar', [from, to], () => ({
      ok: true as const,
      value: this.calendarRounds,
    }));
  }
  openRound(request: OpenRoundRequest) {
    return this.answer('openRound', [request], () => {
      const { confirmPast: _confirmed, ...proposal } = request;
      const round: Versioned<FollowUpRound> = {
        ...proposal,
        id: `R-${request.kind}-${request.periodStart}`,
        planId: this.snapshot.plan.id,
        state: 'open',
        version: `r${++this.seq}`,
      };
      this.snapshot = withRound(this.snapshot, round);
      return { ok: true as const, value: { ...round, ...this.rewriteDerived() } };
    });
  }
  private rewriteDerived(): { activityVersions?: Record<string, string> } {
    if (!this.rewritesDerived) return {};
    const activityVersions: Record<string, string> = {};
    for (const a of this.snapshot.activities)
      activityVersions[a.id] = this.changeActivity(a.id, {}).version;
    return { activityVersions };
  }
  closeRound(roundId: string, expectedVersion: string) {
    return this.answer('closeRound', [roundId, expectedVersion], () => {
      const round = this.snapshot.rounds.find((r) => r.id === roundId)!;
      if (round.version !== expectedVersion) return conflict(round);
      const closed = { ...round, state: 'closed' as const, version: `r${++this.seq}` };
      this.snapshot = withRound(this.snapshot, closed);
      return { ok: true as const, value: { ...closed, ...this.rewriteDerived() } };
    });
  }
  submitAnswers(roundId: string, request: Parameters<TabBackend['submitAnswers']>[1]) {
    return this.answer('submitAnswers', [roundId, request], () => {
      const stored = request.answers.map((a) =>
        this.snapshot.followUps.find((f) => f.roundId === roundId && f.activityId === a.activityId),
      );
      const stale = stored.filter((f, i) => f && f.version !== request.answers[i]!.expectedVersion);
      if (stale.length > 0) return conflict({ conflicts: stale });
      const saved: Versioned<FollowUp>[] = request.answers.map((a) => ({
        roundId,
        activityId: a.activityId,
        departmentId: request.departmentId,
        status: a.status,
        comment: a.comment,
        nextSteps: a.nextSteps,
        answeredBy: { id: this.meValue.user.id, name: this.meValue.user.name },
        answeredAt: '2024-02-01T10:00:00+01:00',
        source: 'tab',
        version: `f${++this.seq}`,
      }));
      this.snapshot = withFollowUps(this.snapshot, saved);
      return { ok: true as const, value: saved };
    });
  }
  sendReminder(roundId: string, departmentId: string) {
    return this.answer('sendReminder', [roundId, departmentId], () => ({
      ok: true as const,
      value: { departmentId, outcome: 'posted' as const, postedAt: '2024-02-01T08:30:00+01:00' },
    }));
  }
  roundReminders(roundId: string) {
    return this.answer('roundReminders', [roundId], () => ({
      ok: true as const,
      value: this.reminders.filter((r) => r.roundId === roundId),
    }));
  }
  roundFollowUps(roundIds: readonly string[]) {
    return this.answer('roundFollowUps', [roundIds], () => ({
      ok: true as const,
      value: this.snapshot.followUps.filter((f) => roundIds.includes(f.roundId)),
    }));
  }

  planWork(planId?: string) {
    return this.answer('planWork', planId === undefined ? [] : [planId], () => ({
      ok: true as const,
      value: this.planWorkApi,
    }));
  }
  saveActivity(activity: Activity, expectedVersion: string) {
    return this.answer('saveActivity', [activity, expectedVersion], () => {
      const current = this.snapshot.activities.find((a) => a.id === activity.id)!;
      if (current.version !== expectedVersion) return conflict(current);
      return { ok: true as const, value: this.changeActivity(activity.id, activity) };
    });
  }
  activityHistory(activityId: string) {
    return this.answer('activityHistory', [activityId], () => ({
      ok: true as const,
      value: this.history.filter((f) => f.activityId === activityId),
    }));
  }
  signOff(roundId: string, departmentId: string, action: 'signOff' | 'reopen') {
    return this.answer('signOff', [roundId, departmentId, action], () => {
      const stored = this.snapshot.signOffs?.find(
        (s) => s.roundId === roundId && s.departmentId === departmentId,
      );
      const who = { id: this.meValue.user.id, name: this.meValue.user.name };
      const signOff: Versioned<SignOff> =
        action === 'signOff'
          ? {
              roundId,
              departmentId,
              state: 'signedOff',
              signedBy: who,
              signedAt: '2024-02-01T09:00:00Z',
              version: `s${++this.seq}`,
            }
          : {
              ...stored!,
              state: 'reopened',
              reopenedBy: who,
              reopenedAt: '2024-02-02T09:00:00Z',
              version: `s${++this.seq}`,
            };
      this.snapshot = withSignOff(this.snapshot, signOff);
      return { ok: true as const, value: signOff };
    });
  }
  linkChannel(request: Parameters<TabBackend['linkChannel']>[0]) {
    return this.answer('linkChannel', [request], () => ({
      ok: true as const,
      value: {
        target: request.target,
        teamId: request.teamId,
        channelId: request.channelId,
        channelName: request.channelName,
      },
    }));
  }
}

function conflict(current: unknown): { ok: false; error: TabFailure } {
  return {
    ok: false,
    error: { reason: 'conflict', message: 'Någon annan har ändrat detta under tiden.', current },
  };
}

export const workingGroupMe: MeResponse = {
  user: { id: 'u-wg', name: 'Sara Samverkan' },
  isWorkingGroup: true,
  departmentIds: ['social-omsorg'],
};

export const departmentMe: MeResponse = {
  user: { id: 'u-dep', name: 'Dan Kontakt' },
  isWorkingGroup: false,
  departmentIds: ['social-omsorg'],
};
