import type { Versioned } from '../ports.js';
import { newActivityId } from './activity-ids.js';
import { normalizedName } from './closest.js';
import { headerOf, type ImportColumn, type ImportProblem, type WorkbookRows } from './columns.js';
import type { Activity } from '../../domain/model.js';
import { readRow, type ImportBasis, type RowFields, type RowReading } from './row-fields.js';

/**
 * What an import would do, row by row, before anything is written: `create` a new activity,
 * `update` one found by its key (plan + area + title, case and spaces aside) with the columns
 * that change, `unchanged`, or `refused` with its problems. Rows naming the same key twice in the
 * file are all refused. Pure: the plan data and the rows in, the preview and the writes out.
 */

type ImportAction = 'create' | 'update' | 'unchanged' | 'refused';

export type PreviewRow = {
  readonly row: number;
  readonly action: ImportAction;
  readonly plan: string;
  readonly area: string;
  readonly title: string;
  /** The activity created or updated (its id), for create, update and unchanged. */
  readonly activityId?: string;
  /** For update: the headers of the columns whose values change. */
  readonly changes?: readonly string[];
};

export type ImportPreview = {
  readonly rows: readonly PreviewRow[];
  /** Every problem of the refused rows, in row order. */
  readonly problems: readonly ImportProblem[];
};

export type PlannedWrite = {
  readonly row: number;
  readonly activity: Activity;
  /** Absent: create. */
  readonly expectedVersion?: string;
};

export function previewImport(
  basis: ImportBasis,
  workbook: WorkbookRows,
): { readonly preview: ImportPreview; readonly writes: readonly PlannedWrite[] } {
  const readings = workbook.rows.map((row) => readRow(row, basis));
  const duplicates = duplicateProblems(readings);
  const taken = new Set(basis.activities.map((a) => a.id));
  const byKey = new Map(basis.activities.map((a) => [keyOf(a.planId, a.areaId, a.title), a]));
  const unreadByRow = new Map<number, ImportProblem[]>();
  for (const p of workbook.problems) unreadByRow.set(p.row, [...(unreadByRow.get(p.row) ?? []), p]);
  const rows: PreviewRow[] = [];
  const problems: ImportProblem[] = [];
  const writes: PlannedWrite[] = [];
  for (const reading of readings) {
    // What the reader refused (a formula, merged cells) makes the rest of the row unreliable.
    const unread = unreadByRow.get(reading.row) ?? [];
    const found =
      unread.length > 0 ? unread : [...reading.problems, ...(duplicates.get(reading.row) ?? [])];
    const named = {
      row: reading.row,
      plan: reading.planTitle,
      area: reading.areaTitle,
      title: reading.title,
    };
    const { plan, area, fields } = reading;
    if (found.length > 0 || !plan || !area || !fields) {
      problems.push(...found);
      rows.push({ ...named, action: 'refused' });
      continue;
    }
    const stored = byKey.get(keyOf(plan.id, area.id, fields.title));
    if (!stored) {
      const id = newActivityId(area.id, fields.title, taken);
      const activity = { id, planId: plan.id, areaId: area.id, example: false, ...copy(fields) };
      writes.push({ row: reading.row, activity });
      rows.push({ ...named, action: 'create', activityId: id });
      continue;
    }
    const changes = changedColumns(stored, fields);
    if (changes.length === 0) {
      rows.push({ ...named, action: 'unchanged', activityId: stored.id });
      continue;
    }
    writes.push({
      row: reading.row,
      activity: updated(stored, fields),
      expectedVersion: stored.version,
    });
    rows.push({
      ...named,
      action: 'update',
      activityId: stored.id,
      changes: changes.map(headerOf),
    });
  }
  return { preview: { rows, problems }, writes };
}

/** The row's fields as an activity has them: no goals is no `goalIds` (as the stores read it). */
function copy(fields: RowFields): Omit<Activity, 'id' | 'planId' | 'areaId' | 'example'> {
  const { goalIds, ...rest } = fields;
  return {
    ...rest,
    coResponsibleDepartmentIds: [...fields.coResponsibleDepartmentIds],
    ...(goalIds.length > 0 ? { goalIds: [...goalIds] } : {}),
  };
}

function updated(stored: Versioned<Activity>, fields: RowFields): Activity {
  const { version: _version, description: _d, expectedOutcome: _e, goalIds: _g, ...rest } = stored;
  return { ...rest, ...copy(fields) };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

function changedColumns(stored: Activity, fields: RowFields): ImportColumn[] {
  const changes: ImportColumn[] = [];
  if (stored.title !== fields.title) changes.push('title');
  if ((stored.description ?? '') !== (fields.description ?? '')) changes.push('description');
  if (stored.responsibleDepartmentId !== fields.responsibleDepartmentId)
    changes.push('responsible');
  if (!sameSet(stored.coResponsibleDepartmentIds, fields.coResponsibleDepartmentIds))
    changes.push('coResponsible');
  if (stored.start !== fields.start) changes.push('start');
  if (stored.end !== fields.end) changes.push('end');
  if ((stored.expectedOutcome ?? '') !== (fields.expectedOutcome ?? ''))
    changes.push('expectedOutcome');
  if (stored.financing !== fields.financing) changes.push('financing');
  if (!sameSet(stored.goalIds ?? [], fields.goalIds)) changes.push('goals');
  return changes;
}

/** A row's or an activity's key: plan, area and title, case and spaces aside. */
function keyOf(plan: string, area: string, title: string): string {
  return [plan, area, title].map(normalizedName).join('|');
}

/** Rows whose key (plan, area, title) another row of the file has too: each gets a problem. */
function duplicateProblems(readings: readonly RowReading[]): Map<number, ImportProblem[]> {
  const byKey = new Map<string, number[]>();
  for (const r of readings) {
    if (r.title === '') continue;
    const key = keyOf(r.plan?.id ?? r.planTitle, r.area?.id ?? r.areaTitle, r.title);
    byKey.set(key, [...(byKey.get(key) ?? []), r.row]);
  }
  const problems = new Map<number, ImportProblem[]>();
  for (const rows of byKey.values()) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      const others = rows.filter((r) => r !== row).join(', ');
      const message = `Samma aktivitet (plan, utvecklingsområde och aktivitet) finns också på rad ${others} i filen. Ta bort dubbletten.`;
      problems.set(row, [{ row, column: headerOf('title'), message }]);
    }
  }
  return problems;
}
