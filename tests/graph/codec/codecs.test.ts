import { describe, expect, it } from 'vitest';
import {
  ActivitySchema,
  DepartmentSchema,
  DevelopmentAreaSchema,
  FollowUpRoundSchema,
  FollowUpSchema,
  GoalSchema,
  PlanSchema,
  ReminderSchema,
} from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import type { Fields } from '../../../src/graph/codec/fields.js';
import { emptyKeyMaps } from '../../../src/graph/codec/key-maps.js';
import { planCodecs } from '../../../src/graph/codec/plan-codecs.js';
import { recordCodecs } from '../../../src/graph/codec/record-codecs.js';
import { loadBundledManifest } from '../../../src/graph/site-schema/manifest.js';
import { contractData } from '../fixtures/plan-data.js';

const schema = loadBundledManifest().schema;
const codecs = planCodecs(schema);
const records = recordCodecs(schema);

/** Item ids for every key of the contract data, and fields as Graph would read them back. */
function maps() {
  const m = emptyKeyMaps();
  const data = contractData();
  let id = 1;
  for (const p of [data.plan, data.parentPlan!]) m.Plans.add(p.id, String(id++));
  for (const g of data.goals) m.Goals.add(g.id, String(id++));
  for (const a of data.areas) m.DevelopmentAreas.add(a.id, String(id++));
  for (const d of data.departments) m.Departments.add(d.id, String(id++));
  for (const r of data.rounds) m.FollowUpRounds.add(r.id, String(id++));
  for (const a of data.activities) m.Activities.add(a.id, String(id++));
  return m;
}

/** What Graph returns for what was written: nulls left out, multi-lookups expanded. */
function readBack(written: Record<string, unknown>): Fields {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(written)) {
    if (value === null || key.endsWith('@odata.type')) continue;
    if (Array.isArray(value))
      fields[key.replace(/LookupId$/, '')] = value.map((v) => ({ LookupId: v }));
    else fields[key] = value;
  }
  return fields;
}

function columnsOf(list: string): Set<string> {
  const spec = schema.lists.find((l) => l.name === list)!;
  return new Set([
    'Title',
    ...spec.columns.flatMap((c) =>
      c.type === 'lookup' ? [`${c.name}LookupId`, `${c.name}LookupId@odata.type`] : [c.name],
    ),
  ]);
}

describe('the codecs', () => {
  it('round-trip every plan record through SharePoint fields, field by field', () => {
    const m = maps();
    const data = contractData();
    const cases = [
      ...[data.plan, data.parentPlan!].map(
        (p) =>
          [
            PlanSchema,
            codecs.plans.encode(p, m),
            (f: Fields) => codecs.plans.decode(f, m),
            p,
          ] as const,
      ),
      ...data.goals.map(
        (g) => [GoalSchema, codecs.goals.encode(g), codecs.goals.decode, g] as const,
      ),
      ...data.departments.map(
        (d) =>
          [
            DepartmentSchema,
            codecs.departments.encode(d, m),
            (f: Fields) => codecs.departments.decode(f, m),
            d,
          ] as const,
      ),
      ...data.areas.map(
        (a) =>
          [
            DevelopmentAreaSchema,
            codecs.areas.encode(a, m),
            (f: Fields) => codecs.areas.decode(f, m),
            a,
          ] as const,
      ),
      ...data.rounds.map(
        (r) =>
          [
            FollowUpRoundSchema,
            codecs.rounds.encode(r, m),
            (f: Fields) => codecs.rounds.decode(f, m),
            r,
          ] as const,
      ),
      ...data.activities.map(
        (a) =>
          [
            ActivitySchema,
            codecs.activities.encode(a, m),
            (f: Fields) => codecs.activities.decode(f, m),
            a,
          ] as const,
      ),
    ];
    for (const [zod, written, decode, original] of cases) {
      expect(zod.parse(decode(readBack(written)))).toEqual(original);
    }
    const round = data.rounds[2]!;
    for (const f of data.followUps) {
      const written = records.followUps.encode(f, round, 't', m);
      expect(FollowUpSchema.parse(records.followUps.decode(readBack(written), m))).toEqual(f);
    }
  });

  it('write only columns the manifest has, and cover every field of the model', () => {
    const m = maps();
    const data = contractData();
    const written: [string, Record<string, unknown>][] = [
      ['Plans', codecs.plans.encode(data.plan, m)],
      ['Goals', codecs.goals.encode(data.goals[0]!)],
      ['Departments', codecs.departments.encode(data.departments[0]!, m)],
      ['DevelopmentAreas', codecs.areas.encode(data.areas[0]!, m)],
      ['FollowUpRounds', codecs.rounds.encode(data.rounds[0]!, m)],
      [
        'Activities',
        {
          ...codecs.activities.encode(data.activities[0]!, m),
          ...records.derived.encode({ roundResponse: 'none' }, m),
        },
      ],
      ['FollowUps', records.followUps.encode(data.followUps[0]!, data.rounds[0]!, 't', m)],
    ];
    for (const [list, fields] of written) {
      const known = columnsOf(list);
      expect(
        Object.keys(fields).filter((k) => !known.has(k)),
        list,
      ).toEqual([]);
    }
    const decodedKeys = (value: unknown) => Object.keys(value as object).sort();
    expect(decodedKeys(codecs.plans.decode({}, m))).toEqual(Object.keys(PlanSchema.shape).sort());
    expect(decodedKeys(codecs.activities.decode({}, m))).toEqual(
      Object.keys(ActivitySchema.shape).sort(),
    );
    expect(decodedKeys(codecs.rounds.decode({}, m))).toEqual(
      Object.keys(FollowUpRoundSchema.shape).sort(),
    );
    expect(decodedKeys(codecs.areas.decode({}, m))).toEqual(
      Object.keys(DevelopmentAreaSchema.shape).sort(),
    );
    expect(decodedKeys(codecs.departments.decode({}, m))).toEqual(
      Object.keys(DepartmentSchema.shape).sort(),
    );
    expect(decodedKeys(codecs.goals.decode({}))).toEqual(Object.keys(GoalSchema.shape).sort());
    expect(decodedKeys(records.followUps.decode({}, m))).toEqual(
      Object.keys(FollowUpSchema.shape).sort(),
    );
    expect(decodedKeys(records.reminders.decode({}))).toEqual(
      Object.keys(ReminderSchema.shape).sort(),
    );
  });

  it('refuses to encode a reference to a record that has no item', () => {
    const orphan = { ...seedPlan.activities[0]!, areaId: 'area-404' };
    expect(() => codecs.activities.encode(orphan, maps())).toThrow(/DevelopmentAreas: area-404/);
  });
});
