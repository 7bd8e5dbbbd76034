import { markAllocationIn } from './allocation-mark.js';
import { touchFollowUpsIn } from './touch-answers.js';
import { invalidFrom } from '../../app/store-rules.js';
import type {
  ActivityWrite,
  LoadOptions,
  PlanItems,
  PlanSnapshot,
  PlanStore,
  RecordFollowUpsInput,
  SavedRound,
  Versioned,
} from '../../app/ports.js';
import { ok, type Result } from '../../app/result.js';
import {
  ActivitySchema,
  FollowUpRoundSchema,
  type Plan,
  type Activity,
  type Department,
  type DevelopmentArea,
  type FollowUp,
  type Goal,
  type FollowUpRound,
} from '../../domain/model.js';
import { storeContext, type GraphStoreOptions, type StoreContext } from './context.js';
import { recordFollowUpsIn } from './follow-up-writer.js';
import { followUpHistoryIn } from './history.js';
import { KeyCache } from './key-lookup.js';
import { loadPlanFrom, type LoadedPlan } from './load-plan.js';
import { readRecord } from './read-record.js';
import { saveRecordIn } from './plan-work-writer.js';
import { refreshRoundResponses } from './refresh-derived.js';
import { saveActivitiesIn } from './save-activities.js';
import { saveItem } from './save-record.js';
import type { SignOff } from '../../domain/sign-off.js';
import { saveSignOffIn } from './sign-offs.js';
import { createPlanItemsIn } from './plan-items.js';
import type { PlanEntry } from './site-ref.js';

/**
 * The PlanStore over SharePoint lists through Graph. loadPlan is one `$batch` round trip for a
 * plan whose lists fit a page; writes carry If-Match and come back as `conflict` with the
 * current record when someone else wrote first; nothing failing the model's schemas is written.
 */
export class GraphPlanStore implements PlanStore {
  private readonly ctx: StoreContext;
  private readonly keys: KeyCache;
  /** What each snapshot handed out was decoded from (item ids, eTags, derived columns). */
  private readonly loaded = new WeakMap<PlanSnapshot, LoadedPlan>();

  constructor(options: GraphStoreOptions) {
    this.ctx = storeContext(options);
    this.keys = new KeyCache(this.ctx);
  }

  async loadPlan(options: LoadOptions = {}): Promise<Result<PlanSnapshot>> {
    const loaded = await loadPlanFrom(this.ctx, options);
    if (!loaded.ok) return loaded;
    this.keys.replace(loaded.value.maps);
    this.loaded.set(loaded.value.snapshot, loaded.value);
    return ok(loaded.value.snapshot);
  }

  async saveActivity(
    activity: Activity,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<Activity>>> {
    const parsed = ActivitySchema.safeParse(activity);
    if (!parsed.success) return invalidFrom(parsed.error, 'Aktiviteten');
    const what = `Aktiviteten ${parsed.data.id}`;
    const fields = await this.keys.encode(
      ['Plans', 'DevelopmentAreas', 'Departments', 'Goals'],
      'Aktiviteten',
      (maps) => this.ctx.codecs.activities.encode(parsed.data, maps),
    );
    if (!fields.ok) return fields;
    const version = await saveItem({
      graph: this.ctx.graph,
      site: this.ctx.site,
      list: 'Activities',
      what,
      fields: fields.value,
      value: parsed.data,
      expectedVersion,
      readCurrent: () =>
        readRecord(
          this.ctx,
          'Activities',
          parsed.data.id,
          (f, maps) => this.ctx.codecs.activities.decode(f, maps),
          ActivitySchema,
        ),
    });
    if (!version.ok) return version;
    return ok({ ...parsed.data, version: version.value });
  }

  saveActivities(
    items: readonly ActivityWrite[],
  ): Promise<Result<readonly Result<Versioned<Activity>>[]>> {
    return saveActivitiesIn(this.ctx, this.keys, items);
  }

  async saveRound(
    round: FollowUpRound,
    expectedVersion: string | undefined,
  ): Promise<Result<SavedRound>> {
    const parsed = FollowUpRoundSchema.safeParse(round);
    if (!parsed.success) return invalidFrom(parsed.error, 'Uppföljningsomgången');
    const fields = await this.keys.encode(['Plans'], 'Uppföljningsomgången', (maps) =>
      this.ctx.codecs.rounds.encode(parsed.data, maps),
    );
    if (!fields.ok) return fields;
    const version = await saveItem({
      graph: this.ctx.graph,
      site: this.ctx.site,
      list: 'FollowUpRounds',
      what: `Uppföljningsomgången ${parsed.data.title}`,
      fields: fields.value,
      value: parsed.data,
      expectedVersion,
      readCurrent: () =>
        readRecord(
          this.ctx,
          'FollowUpRounds',
          parsed.data.id,
          (f, maps) => this.ctx.codecs.rounds.decode(f, maps),
          FollowUpRoundSchema,
        ),
    });
    if (!version.ok) return version;
    if (parsed.data.state !== 'planned') {
      // Opening or closing a round changes which activities miss an answer in SharePoint's views.
      const refreshed = await refreshRoundResponses(this.ctx, parsed.data.planId);
      if (!refreshed.ok) return refreshed;
      if (Object.keys(refreshed.value).length > 0)
        return ok({
          ...parsed.data,
          version: version.value,
          activityVersions: refreshed.value,
        });
    }
    return ok({ ...parsed.data, version: version.value });
  }

  savePlan(plan: Plan, expectedVersion: string | undefined) {
    return saveRecordIn(this.ctx, this.keys, 'plan', plan, expectedVersion);
  }

  touchFollowUps(answers: readonly Versioned<FollowUp>[]) {
    return touchFollowUpsIn(this.ctx, answers);
  }

  markAllocation(_planId: string, expectedVersion: string, stamp: string) {
    return markAllocationIn(this.ctx, expectedVersion, stamp);
  }

  createPlanItems(items: PlanItems): Promise<Result<{ readonly created: number }>> {
    return createPlanItemsIn(this.ctx, items);
  }

  recordFollowUps(input: RecordFollowUpsInput): Promise<Result<readonly Versioned<FollowUp>[]>> {
    const basis = input.basis ? this.loaded.get(input.basis) : undefined;
    return recordFollowUpsIn(this.ctx, input, basis);
  }

  saveArea(area: DevelopmentArea, expectedVersion: string | undefined) {
    return saveRecordIn(this.ctx, this.keys, 'area', area, expectedVersion);
  }

  saveGoal(goal: Goal, expectedVersion: string | undefined) {
    return saveRecordIn(this.ctx, this.keys, 'goal', goal, expectedVersion);
  }

  saveDepartment(department: Department, expectedVersion: string | undefined) {
    return saveRecordIn(this.ctx, this.keys, 'department', department, expectedVersion);
  }

  /**
   * Resolves once the work an answer left running has finished: derived columns written after
   * the answer's reply, when its time budget ran out first (see recordFollowUps).
   */
  settled(): Promise<void> {
    return this.ctx.background.idle();
  }

  /**
   * The plans' item ids this store knows (from its reads): what /config.json hands the tab, so
   * its loadPlan reads only the chosen plan's items.
   */
  knownPlans(): Record<string, PlanEntry> {
    return Object.fromEntries(this.ctx.planEntries);
  }

  followUpHistory(roundId: string, activityId: string): Promise<Result<readonly FollowUp[]>> {
    return followUpHistoryIn(this.ctx, roundId, activityId);
  }

  saveSignOff(
    signOff: SignOff,
    expectedVersion: string | undefined,
  ): Promise<Result<Versioned<SignOff>>> {
    return saveSignOffIn(this.ctx, this.keys, signOff, expectedVersion);
  }
}
