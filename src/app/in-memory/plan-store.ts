import {
  ActivitySchema,
  DepartmentSchema,
  DevelopmentAreaSchema,
  FollowUpRoundSchema,
  GoalSchema,
  PlanSchema,
  type Activity,
  type Department,
  type DevelopmentArea,
  type FollowUp,
  type FollowUpRound,
  type Goal,
  type Plan,
  type PlanData,
} from '../../domain/model.js';
import { SignOffSchema, signOffKey, type SignOff } from '../../domain/sign-off.js';
import type { FundsReport } from '../../domain/funds.js';
import type {
  ActivityWrite,
  ChannelDirectory,
  FollowUpConflict,
  LoadOptions,
  PlanItems,
  PlanSnapshot,
  PlanStore,
  RecordFollowUpsInput,
  Versioned,
} from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { InMemoryChannelDirectory } from './channel-directory.js';
import {
  choosePlan,
  followUpKey,
  followUpsOf,
  invalidFrom,
  planAnswer,
  relevantRoundIds,
  sameAnswer,
} from '../store-rules.js';
import { VersionedTable, versionCounter } from './versioned-table.js';
import { save } from './save-versioned.js';

export type InMemoryPlanStoreOptions = {
  readonly planId?: string;
  /** Where loadPlan takes the channel links from; a private directory by default. */
  readonly channels?: ChannelDirectory;
};

/**
 * A PlanStore in memory that keeps the real store's contract: versions change on every write,
 * a stale version is a `conflict` carrying the current record, follow-ups are unique per round
 * and activity with every version kept, and data failing the model's schemas is never stored.
 */
const touchConflictMessage = 'Ett svar har ändrats under tiden; inget ändrades av det.';

export class InMemoryPlanStore implements PlanStore {
  private readonly version = versionCounter('mem');
  private readonly plans = new VersionedTable<Plan>(this.version);
  private readonly goals = new VersionedTable<Goal>(this.version);
  private readonly areas = new VersionedTable<DevelopmentArea>(this.version);
  private readonly departments = new VersionedTable<Department>(this.version);
  private readonly activities = new VersionedTable<Activity>(this.version);
  private readonly rounds = new VersionedTable<FollowUpRound>(this.version);
  private readonly followUps = new VersionedTable<FollowUp>(this.version);
  private readonly signOffs = new VersionedTable<SignOff>(this.version);
  readonly channels: ChannelDirectory;

  constructor(
    data?: PlanData,
    private readonly options: InMemoryPlanStoreOptions = {},
  ) {
    this.channels = options.channels ?? new InMemoryChannelDirectory();
    if (data) this.seed(data);
  }

  /** Adds what is missing, as the seed command does against SharePoint; never overwrites. */
  seed(data: PlanData): void {
    for (const plan of [data.parentPlan, data.plan]) if (plan) this.plans.create(plan.id, plan);
    for (const goal of data.goals) this.goals.create(goal.id, goal);
    for (const area of data.areas) this.areas.create(area.id, area);
    for (const department of data.departments) this.departments.create(department.id, department);
    for (const activity of data.activities) this.activities.create(activity.id, activity);
    for (const round of data.rounds) this.rounds.create(round.id, round);
    for (const f of data.followUps) this.followUps.create(followUpKey(f.roundId, f.activityId), f);
  }

  async loadPlan(options: LoadOptions = {}): Promise<Result<PlanSnapshot>> {
    await Promise.resolve();
    const plans = this.plans.all().map(({ version: _v, ...plan }) => plan);
    const plan = choosePlan(plans, options.planId ?? this.options.planId);
    if (!plan)
      return fail(
        'notFound',
        'Planen finns inte på webbplatsen. Kör seed eller kontrollera planens id.',
      );
    const parentPlan = plans.find((p) => p.id === plan.parentPlanId);
    const rounds = this.rounds.all().filter((r) => r.planId === plan.id);
    const covered = new Set([plan.id, ...rounds.flatMap((r) => r.alsoPlanIds ?? [])]);
    const relevant = relevantRoundIds(rounds);
    const channels = await this.channels.listChannelLinks();
    if (!channels.ok) return channels;
    return ok({
      plan,
      ...(parentPlan ? { parentPlan } : {}),
      plans: this.plans.all(),
      goals: this.goals.all(),
      areas: this.areas.all().filter((a) => covered.has(a.planId)),
      departments: this.departments.all(),
      activities: this.activities.all().filter((a) => covered.has(a.planId)),
      rounds,
      followUps: this.followUps.all().filter((f) => relevant.has(f.roundId)),
      channels: channels.value,
      signOffs: this.signOffs.all().filter((s) => relevant.has(s.roundId)),
      fundsUsed: this.fundsUsedIn(new Set(rounds.map((r) => r.id))),
    });
  }

  /** Every round's latest reported funds (as the Graph store reads them: funds only). */
  private fundsUsedIn(roundIds: ReadonlySet<string>): FundsReport[] {
    return this.followUps
      .all()
      .flatMap(({ roundId, activityId, fundsUsedTkr }) =>
        fundsUsedTkr === undefined || !roundIds.has(roundId)
          ? []
          : [{ roundId, activityId, fundsUsedTkr }],
      );
  }

  async saveActivity(
    activity: Activity,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<Activity>>> {
    await Promise.resolve();
    const parsed = ActivitySchema.safeParse(activity);
    if (!parsed.success) return invalidFrom(parsed.error, 'Aktiviteten');
    const missing = this.missingReference(parsed.data);
    if (missing)
      return fail('invalid', `Aktiviteten kunde inte sparas: ${missing}`, {
        fields: { activity: missing },
      });
    return save(this.activities, parsed.data.id, parsed.data, expectedVersion, 'Aktiviteten');
  }

  async saveActivities(
    items: readonly ActivityWrite[],
  ): Promise<Result<readonly Result<Versioned<Activity>>[]>> {
    const saved: Result<Versioned<Activity>>[] = [];
    for (const item of items)
      saved.push(await this.saveActivity(item.activity, item.expectedVersion));
    return ok(saved);
  }

  async saveRound(
    round: FollowUpRound,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<FollowUpRound>>> {
    await Promise.resolve();
    const parsed = FollowUpRoundSchema.safeParse(round);
    if (!parsed.success) return invalidFrom(parsed.error, 'Uppföljningsomgången');
    if (!this.plans.get(parsed.data.planId)) {
      return fail(
        'invalid',
        `Uppföljningsomgången kunde inte sparas: planen ${parsed.data.planId} finns inte.`,
      );
    }
    return save(this.rounds, parsed.data.id, parsed.data, expectedVersion, 'Uppföljningsomgången');
  }

  async recordFollowUps(
    input: RecordFollowUpsInput,
  ): Promise<Result<readonly Versioned<FollowUp>[]>> {
    const wanted = followUpsOf(input);
    if (!wanted.ok) return wanted;
    if (!this.rounds.get(input.roundId))
      return fail('notFound', `Uppföljningsomgången ${input.roundId} finns inte.`);
    if (!this.departments.get(input.departmentId))
      return fail('notFound', `Förvaltningen ${input.departmentId} finns inte.`);
    const unknown = input.answers.find((a) => !this.activities.get(a.activityId));
    if (unknown) return fail('notFound', `Aktiviteten ${unknown.activityId} finns inte.`);
    // Read, then write after a pause, like a store that reads and writes in two round trips.
    const plans = wanted.value.map((f, i) => {
      const stored = this.followUps.get(followUpKey(f.roundId, f.activityId));
      return {
        followUp: f,
        plan: planAnswer(stored, f, input.answers[i]?.expectedVersion),
        stored,
      };
    });
    const conflicts = plans.filter((p) => p.plan === 'conflict').map((p) => p.stored);
    if (conflicts.length > 0) return conflictOf(conflicts.filter((c) => c !== undefined));
    await Promise.resolve();
    const written: Versioned<FollowUp>[] = [];
    const raced: Versioned<FollowUp>[] = [];
    for (const [i, { followUp, plan, stored }] of plans.entries()) {
      const firstOnly = input.answers[i]?.sawNoAnswer === true;
      const result = this.write(followUp, plan, stored, firstOnly);
      if ('raced' in result) raced.push(result.raced);
      else written.push(result);
    }
    if (raced.length > 0) return conflictOf(raced, written);
    return ok(written);
  }

  private write(
    followUp: FollowUp,
    plan: string,
    stored: Versioned<FollowUp> | undefined,
    firstOnly: boolean,
  ): Versioned<FollowUp> | { readonly raced: Versioned<FollowUp> } {
    const key = followUpKey(followUp.roundId, followUp.activityId);
    if (plan === 'skip' && stored) return stored;
    if (plan === 'create') {
      const created = this.followUps.create(key, followUp);
      if (created !== 'exists') return created;
      // Someone answered in between: keep both, this answer on top (unless it is the same),
      // or, for an answerer who saw no answer, leave the other answer as it is (a conflict).
      const now = this.followUps.get(key)!;
      if (sameAnswer(now, followUp)) return now;
      if (firstOnly) return { raced: now };
    }
    const replaced = this.followUps.replace(key, followUp, '*');
    if (typeof replaced === 'string') throw new Error(`follow-up ${key} vanished`);
    return replaced;
  }

  async followUpHistory(roundId: string, activityId: string): Promise<Result<readonly FollowUp[]>> {
    await Promise.resolve();
    return ok(this.followUps.history(followUpKey(roundId, activityId)));
  }

  async touchFollowUps(answers: readonly Versioned<FollowUp>[]): Promise<Result<void>> {
    await Promise.resolve();
    let stale = false;
    for (const { version, ...answer } of answers) {
      const key = followUpKey(answer.roundId, answer.activityId);
      const stored = this.followUps.get(key);
      if (!stored || stored.version !== version) {
        stale = true;
        continue;
      }
      const { version: _v, ...content } = stored;
      this.followUps.touch(key, content);
    }
    return stale ? fail('conflict', touchConflictMessage) : ok(undefined);
  }

  async saveSignOff(
    signOff: SignOff,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<SignOff>>> {
    await Promise.resolve();
    const parsed = SignOffSchema.safeParse(signOff);
    if (!parsed.success) return invalidFrom(parsed.error, 'Klarmarkeringen');
    const { roundId, departmentId } = parsed.data;
    if (!this.rounds.get(roundId))
      return fail('notFound', `Uppföljningsomgången ${roundId} finns inte.`);
    if (!this.departments.get(departmentId))
      return fail('notFound', `Förvaltningen ${departmentId} finns inte.`);
    const key = signOffKey(roundId, departmentId);
    return save(this.signOffs, key, parsed.data, expectedVersion, 'Klarmarkeringen');
  }

  /** Every stored version of a sign-off, oldest first. */
  signOffHistory(roundId: string, departmentId: string): SignOff[] {
    return this.signOffs.history(signOffKey(roundId, departmentId));
  }

  async saveArea(
    area: DevelopmentArea,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<DevelopmentArea>>> {
    await Promise.resolve();
    const parsed = DevelopmentAreaSchema.safeParse(area);
    if (!parsed.success) return invalidFrom(parsed.error, 'Utvecklingsområdet');
    if (!this.plans.get(parsed.data.planId))
      return fail('invalid', `Utvecklingsområdet kunde inte sparas: planen finns inte.`, {
        fields: { planId: 'Planen finns inte.' },
      });
    return save(this.areas, parsed.data.id, parsed.data, expectedVersion, 'Utvecklingsområdet');
  }

  async saveGoal(
    goal: Goal,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<Goal>>> {
    await Promise.resolve();
    const parsed = GoalSchema.safeParse(goal);
    if (!parsed.success) return invalidFrom(parsed.error, 'Målet');
    return save(this.goals, parsed.data.id, parsed.data, expectedVersion, 'Målet');
  }

  async saveDepartment(
    department: Department,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<Department>>> {
    await Promise.resolve();
    const parsed = DepartmentSchema.safeParse(department);
    if (!parsed.success) return invalidFrom(parsed.error, 'Förvaltningen');
    const into = parsed.data.mergedIntoId;
    if (into !== undefined && !this.departments.get(into))
      return fail('invalid', `Förvaltningen kunde inte sparas: förvaltningen ${into} finns inte.`, {
        fields: { mergedIntoId: 'Förvaltningen finns inte.' },
      });
    return save(this.departments, parsed.data.id, parsed.data, expectedVersion, 'Förvaltningen');
  }

  async savePlan(
    plan: Plan,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<Plan>>> {
    await Promise.resolve();
    const parsed = PlanSchema.safeParse(plan);
    if (!parsed.success) return invalidFrom(parsed.error, 'Planen');
    for (const id of [parsed.data.parentPlanId, parsed.data.previousVersionId]) {
      if (id !== undefined && id !== parsed.data.id && !this.plans.get(id))
        return fail('invalid', `Planen kunde inte sparas: planen ${id} finns inte.`);
    }
    return save(this.plans, parsed.data.id, parsed.data, expectedVersion, 'Planen');
  }

  async markAllocation(
    planId: string,
    expectedVersion: string,
    _stamp: string,
  ): Promise<Result<string>> {
    await Promise.resolve();
    const plan = this.plans.get(planId);
    if (!plan) return fail('notFound', 'Planen finns inte.');
    const { version: _v, ...content } = plan;
    // The same content as a new version: the stamp is SharePoint's column, not the model's.
    const marked = this.plans.replace(planId, content, expectedVersion);
    if (marked === 'missing') return fail('notFound', 'Planen finns inte.');
    if (marked === 'stale')
      return fail('conflict', 'Planen har ändrats av någon annan under tiden; inget skrevs över.');
    return ok(marked.version);
  }

  async createPlanItems(items: PlanItems): Promise<Result<{ readonly created: number }>> {
    await Promise.resolve();
    let created = 0;
    for (const area of items.areas) {
      const parsed = DevelopmentAreaSchema.safeParse(area);
      if (!parsed.success) return invalidFrom(parsed.error, 'Utvecklingsområdet');
      if (!this.plans.get(area.planId))
        return fail(
          'invalid',
          `Utvecklingsområdet kunde inte sparas: planen ${area.planId} finns inte.`,
        );
      if (this.areas.create(area.id, parsed.data) !== 'exists') created += 1;
    }
    for (const activity of items.activities) {
      const parsed = ActivitySchema.safeParse(activity);
      if (!parsed.success) return invalidFrom(parsed.error, 'Aktiviteten');
      const missing = this.missingReference(parsed.data);
      if (missing) return fail('invalid', `Aktiviteten kunde inte sparas: ${missing}`);
      if (this.activities.create(activity.id, parsed.data) !== 'exists') created += 1;
    }
    return ok({ created });
  }

  private missingReference(activity: Activity): string | undefined {
    if (!this.plans.get(activity.planId)) return `planen ${activity.planId} finns inte.`;
    if (!this.areas.get(activity.areaId))
      return `utvecklingsområdet ${activity.areaId} finns inte.`;
    for (const id of [activity.responsibleDepartmentId, ...activity.coResponsibleDepartmentIds]) {
      if (!this.departments.get(id)) return `förvaltningen ${id} finns inte.`;
    }
    return undefined;
  }
}

function conflictOf(
  conflicts: Versioned<FollowUp>[],
  written: readonly Versioned<FollowUp>[] = [],
): Result<never> {
  const current: FollowUpConflict = { conflicts, ...(written.length > 0 ? { written } : {}) };
  return fail(
    'conflict',
    'Någon annan har svarat under tiden; inget skrevs över. Se det senaste svaret och svara igen.',
    {
      current,
    },
  );
}
