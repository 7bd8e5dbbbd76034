import type { z } from 'zod/mini';
import { invalidFrom } from '../../app/store-rules.js';
import type { Versioned } from '../../app/ports.js';
import { ok, type Result } from '../../app/result.js';
import {
  DepartmentSchema,
  DevelopmentAreaSchema,
  GoalSchema,
  PlanSchema,
  type Department,
  type DevelopmentArea,
  type Goal,
  type Plan,
} from '../../domain/model.js';
import { parseVersion, type Fields } from '../codec/fields.js';
import type { KeyMaps, LookupList } from '../codec/key-maps.js';
import type { StoreContext } from './context.js';
import type { KeyCache } from './key-lookup.js';
import { readRecord } from './read-record.js';
import { saveItem } from './save-record.js';

/**
 * The plan work's writes over Graph: areas, goals, departments and plans one item each (one write
 * round trip, If-Match on update; several activities at once are save-activities.ts). A created
 * record's item id goes into the key cache, so what refers to it next is encoded without another
 * read.
 */

type RecordSpec<T> = {
  readonly list: 'DevelopmentAreas' | 'Goals' | 'Departments' | 'Plans';
  readonly what: string;
  readonly schema: z.ZodMiniType<T>;
  readonly lookups: readonly LookupList[];
  readonly encode: (value: T, maps: KeyMaps) => Record<string, unknown>;
  readonly decode: (fields: Fields, maps: KeyMaps) => unknown;
};

function specs(ctx: StoreContext) {
  const { codecs } = ctx;
  return {
    area: {
      list: 'DevelopmentAreas',
      what: 'Utvecklingsområdet',
      schema: DevelopmentAreaSchema,
      lookups: ['Plans'],
      encode: (a, maps) => codecs.areas.encode(a, maps),
      decode: (f, maps) => codecs.areas.decode(f, maps),
    } satisfies RecordSpec<DevelopmentArea>,
    goal: {
      list: 'Goals',
      what: 'Målet',
      schema: GoalSchema,
      lookups: [],
      encode: (g) => codecs.goals.encode(g),
      decode: (f) => codecs.goals.decode(f),
    } satisfies RecordSpec<Goal>,
    department: {
      list: 'Departments',
      what: 'Förvaltningen',
      schema: DepartmentSchema,
      lookups: ['Departments'],
      encode: (d, maps) => codecs.departments.encode(d, maps),
      decode: (f, maps) => codecs.departments.decode(f, maps),
    } satisfies RecordSpec<Department>,
    plan: {
      list: 'Plans',
      what: 'Planen',
      schema: PlanSchema,
      lookups: ['Plans', 'Departments', 'Goals'],
      encode: (p, maps) => codecs.plans.encode(p, maps),
      decode: (f, maps) => codecs.plans.decode(f, maps),
    } satisfies RecordSpec<Plan>,
  };
}

export type PlanWorkRecord = keyof ReturnType<typeof specs>;
type RecordOf = { area: DevelopmentArea; goal: Goal; department: Department; plan: Plan };

export async function saveRecordIn<K extends PlanWorkRecord>(
  ctx: StoreContext,
  keys: KeyCache,
  kind: K,
  value: RecordOf[K],
  expectedVersion: string | undefined,
): Promise<Result<Versioned<RecordOf[K]>>> {
  const spec = specs(ctx)[kind] as unknown as RecordSpec<RecordOf[K]>;
  const parsed = spec.schema.safeParse(value);
  if (!parsed.success) return invalidFrom(parsed.error, spec.what);
  const record = parsed.data;
  const fields = await keys.encode(spec.lookups, spec.what, (maps) => spec.encode(record, maps));
  if (!fields.ok) return fields;
  const version = await saveItem({
    graph: ctx.graph,
    site: ctx.site,
    list: spec.list,
    what: spec.what,
    fields: fields.value,
    value: record,
    expectedVersion,
    readCurrent: () => readRecord(ctx, spec.list, record.id, spec.decode, spec.schema),
  });
  if (!version.ok) return version;
  const itemId = parseVersion(version.value)?.itemId;
  if (itemId) keys.current[spec.list].add(record.id, itemId);
  return ok({ ...record, version: version.value });
}
