import type { Plan } from '../../domain/model.js';
import { isReadOnly, plansInForce } from '../../domain/plans.js';
import type { PlanSnapshot, PlanStore } from '../ports.js';
import { byName, textOf } from './cells.js';
import { ok, type Result } from '../result.js';
import { headerOf, type ImportProblem, type WorkbookRows } from './columns.js';
import { previewImport, type PreviewRow } from './preview.js';
import type { ImportBasis } from './row-fields.js';

/**
 * An import against a store: read the chosen plan once (and each other plan the rows name),
 * preview the rows, and (unless a dry run) write
 * the rows without problems with one `saveActivities` (Graph: `$batch`es of 20). A row whose
 * write is refused (someone changed the activity meanwhile) is reported refused with the
 * store's message. The summary is what the command line prints with --json and the API returns.
 */

export type ImportSummary = {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly refused: readonly ImportProblem[];
};

/** The summary with the rows (the tab's preview and the API's answers). */
export type ImportOutcome = ImportSummary & { readonly rows: readonly PreviewRow[] };

/** What an import can match against in a snapshot: its plan and that plan's data (the template). */
export function basisOf(snapshot: PlanSnapshot): ImportBasis {
  return {
    plans: [snapshot.plan],
    areas: snapshot.areas.filter((a) => a.planId === snapshot.plan.id),
    departments: snapshot.departments,
    goals: snapshot.goals,
    activities: snapshot.activities,
  };
}

/**
 * The plans a row may name, in the order a title is matched (a new version keeps its plan's
 * title): the chosen plan, the plans in force, the other proposals, the replaced plans last (a
 * row naming one is refused).
 */
function plansByPreference(snapshot: PlanSnapshot): Plan[] {
  const inForce = new Set(plansInForce(snapshot.plans).map((p) => p.id));
  const rank = (plan: Plan) =>
    plan.id === snapshot.plan.id ? 0 : isReadOnly(plan) ? 3 : inForce.has(plan.id) ? 1 : 2;
  return [...snapshot.plans].sort((a, b) => rank(a) - rank(b));
}

/**
 * What the rows can match against: every plan of the site by title, with the areas and
 * activities of the chosen plan and of each other plan (not replaced) a row names, read once each.
 */
async function importBasis(
  store: Pick<PlanStore, 'loadPlan'>,
  snapshot: PlanSnapshot,
  workbook: WorkbookRows,
): Promise<Result<ImportBasis>> {
  const plans = plansByPreference(snapshot);
  const named = new Map<string, Plan>();
  for (const row of workbook.rows) {
    const plan = byName(plans, (p) => p.title, textOf(row.cells.plan));
    if (plan && plan.id !== snapshot.plan.id && !isReadOnly(plan)) named.set(plan.id, plan);
  }
  const others = await Promise.all([...named.keys()].map((planId) => store.loadPlan({ planId })));
  const snapshots = [snapshot];
  for (const other of others) {
    if (!other.ok) return other;
    snapshots.push(other.value);
  }
  const own = <T extends { readonly id: string; readonly planId: string }>(
    pick: (s: PlanSnapshot) => readonly T[],
  ) => {
    const byId = new Map<string, T>();
    for (const s of snapshots) for (const item of pick(s)) byId.set(item.id, item);
    return [...byId.values()];
  };
  return ok({
    ...basisOf(snapshot),
    plans,
    areas: own((s) => s.areas.filter((a) => a.planId === s.plan.id)),
    activities: own((s) => s.activities),
  });
}

export async function runImport(
  store: Pick<PlanStore, 'loadPlan' | 'saveActivities'>,
  workbook: WorkbookRows,
  options: { readonly dryRun?: boolean; readonly planId?: string } = {},
): Promise<Result<ImportOutcome>> {
  const { planId } = options;
  const snapshot = await store.loadPlan({ planId });
  if (!snapshot.ok) return snapshot;
  const basis = await importBasis(store, snapshot.value, workbook);
  if (!basis.ok) return basis;
  const { preview, writes } = previewImport(basis.value, workbook);
  if (options.dryRun || writes.length === 0) return ok(outcomeOf(preview.rows, preview.problems));
  const saved = await store.saveActivities(
    writes.map((w) => ({ activity: w.activity, expectedVersion: w.expectedVersion })),
  );
  if (!saved.ok) return saved;
  const failed = new Map<number, ImportProblem>();
  saved.value.forEach((result, i) => {
    const row = writes[i]!.row;
    if (!result.ok)
      failed.set(row, { row, column: headerOf('title'), message: result.error.message });
  });
  const rows = preview.rows.map((r) =>
    failed.has(r.row) ? { ...r, action: 'refused' as const } : r,
  );
  const problems = [...preview.problems, ...failed.values()].sort((a, b) => a.row - b.row);
  return ok(outcomeOf(rows, problems));
}

function outcomeOf(rows: readonly PreviewRow[], refused: readonly ImportProblem[]): ImportOutcome {
  const count = (action: PreviewRow['action']) => rows.filter((r) => r.action === action).length;
  return {
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
    refused,
    rows,
  };
}

/** Exactly the four fields of the command line's --json. */
export function summaryOf(outcome: ImportOutcome): ImportSummary {
  const { created, updated, unchanged, refused } = outcome;
  return { created, updated, unchanged, refused };
}
