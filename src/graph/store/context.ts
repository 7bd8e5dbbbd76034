import type { Failure } from '../../app/result.js';
import type { Clock } from '../../domain/clock.js';
import type { Graph } from '../client/gateway.js';
import { planCodecs, type PlanCodecs } from '../codec/plan-codecs.js';
import { recordCodecs, type RecordCodecs } from '../codec/record-codecs.js';
import type { SiteSchema } from '../site-schema/schema.js';
import { BackgroundWork } from './background.js';
import { defaultPageSize } from './queries.js';
import type { PlanEntry, SiteRef } from './site-ref.js';

/** What the Graph stores share: the gateway, the opened site, the manifest and its codecs. */
export type StoreContext = {
  readonly graph: Graph;
  readonly site: SiteRef;
  readonly schema: SiteSchema;
  readonly codecs: PlanCodecs;
  readonly records: RecordCodecs;
  readonly clock: Clock;
  readonly pageSize: number;
  /** loadPlan reads follow-ups of rounds that opened within this many days in its first round trip. */
  readonly followUpWindowDays: number;
  readonly planId?: string;
  /** The plans' item ids known so far (site.plans, then every read of the Plans list). */
  readonly planEntries: Map<string, PlanEntry>;
  /** Writes that go on after the caller was answered (see BackgroundWork). */
  readonly background: BackgroundWork;
};

export type GraphStoreOptions = {
  readonly graph: Graph;
  readonly site: SiteRef;
  readonly schema: SiteSchema;
  readonly clock: Clock;
  readonly pageSize?: number;
  readonly followUpWindowDays?: number;
  /** The plan to serve; the activity plan no other plan complements by default. */
  readonly planId?: string;
  /** Told when a write that went on after its caller was answered fails (to log it). */
  readonly onBackgroundFailure?: (failure: Failure) => void;
};

export function storeContext(options: GraphStoreOptions): StoreContext {
  return {
    graph: options.graph,
    site: options.site,
    schema: options.schema,
    codecs: planCodecs(options.schema),
    records: recordCodecs(options.schema),
    clock: options.clock,
    pageSize: options.pageSize ?? defaultPageSize,
    followUpWindowDays: options.followUpWindowDays ?? 400,
    ...(options.planId ? { planId: options.planId } : {}),
    planEntries: new Map(Object.entries(options.site.plans ?? {})),
    background: new BackgroundWork(options.onBackgroundFailure),
  };
}
