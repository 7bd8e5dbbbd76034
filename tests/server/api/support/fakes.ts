import type { PlanStore, TeamMembership } from '../../../../src/app/ports.js';
import { ok, type Failure, type Result } from '../../../../src/app/result.js';
import type { ApiLogger, LogFields } from '../../../../src/server/api/api-logger.js';

/** Team membership as Teams would answer it, from a fixed roster; can be made to fail. */
export class MemoryTeamMembership implements TeamMembership {
  failure: Failure | undefined;
  readonly asked: string[] = [];

  constructor(private readonly teams: Readonly<Record<string, readonly string[]>>) {}

  isMember(teamId: string, userId: string): Promise<Result<boolean>> {
    this.asked.push(teamId);
    if (this.failure) return Promise.resolve({ ok: false, error: this.failure });
    return Promise.resolve(ok((this.teams[teamId] ?? []).includes(userId)));
  }
}

/** A PlanStore that passes through, unless told to fail or throw on its next calls. */
export class FaultyPlanStore implements PlanStore {
  failNext: Failure | undefined;
  throwNext: Error | undefined;

  constructor(private readonly inner: PlanStore) {}

  private fault<T>(call: () => Promise<Result<T>>): Promise<Result<T>> {
    const [failure, error] = [this.failNext, this.throwNext];
    this.failNext = undefined;
    this.throwNext = undefined;
    if (error) return Promise.reject(error);
    if (failure) return Promise.resolve({ ok: false, error: failure });
    return call();
  }

  loadPlan: PlanStore['loadPlan'] = (options) => this.fault(() => this.inner.loadPlan(options));
  saveActivity: PlanStore['saveActivity'] = (a, v) =>
    this.fault(() => this.inner.saveActivity(a, v));
  saveActivities: PlanStore['saveActivities'] = (items) =>
    this.fault(() => this.inner.saveActivities(items));
  saveRound: PlanStore['saveRound'] = (r, v) => this.fault(() => this.inner.saveRound(r, v));
  recordFollowUps: PlanStore['recordFollowUps'] = (input) =>
    this.fault(() => this.inner.recordFollowUps(input));
  followUpHistory: PlanStore['followUpHistory'] = (round, activity) =>
    this.fault(() => this.inner.followUpHistory(round, activity));
  saveSignOff: PlanStore['saveSignOff'] = (signOff, version) =>
    this.fault(() => this.inner.saveSignOff(signOff, version));
  saveArea: PlanStore['saveArea'] = (a, v) => this.fault(() => this.inner.saveArea(a, v));
  saveGoal: PlanStore['saveGoal'] = (g, v) => this.fault(() => this.inner.saveGoal(g, v));
  saveDepartment: PlanStore['saveDepartment'] = (d, v) =>
    this.fault(() => this.inner.saveDepartment(d, v));
  savePlan: PlanStore['savePlan'] = (p, v) => this.fault(() => this.inner.savePlan(p, v));
  touchFollowUps: PlanStore['touchFollowUps'] = (answers) =>
    this.fault(() => this.inner.touchFollowUps(answers));
  markAllocation: PlanStore['markAllocation'] = (id, v, stamp) =>
    this.fault(() => this.inner.markAllocation(id, v, stamp));
  createPlanItems: PlanStore['createPlanItems'] = (items) =>
    this.fault(() => this.inner.createPlanItems(items));
}

export type LogEntry = {
  readonly level: string;
  readonly event: string;
  readonly fields: LogFields;
};

/** Keeps what the API logs, to check what it says and what it never says. */
export class RecordingLogger implements ApiLogger {
  readonly entries: LogEntry[] = [];
  info = (event: string, fields: LogFields = {}) => this.add('info', event, fields);
  warn = (event: string, fields: LogFields = {}) => this.add('warn', event, fields);
  error = (event: string, fields: LogFields = {}) => this.add('error', event, fields);

  private add(level: string, event: string, fields: LogFields): void {
    this.entries.push({ level, event, fields });
  }

  text(): string {
    return JSON.stringify(this.entries);
  }
}
