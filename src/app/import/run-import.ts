import type { PlanSnapshot, PlanStore } from '../ports.js';
import { ok, type Result } from '../result.js';
import { headerOf, type ImportProblem, type WorkbookRows } from './columns.js';
import { previewImport, type PreviewRow } from './preview.js';
import type { ImportBasis } from './row-fields.js';

/**
 * An import against a store: read the plan once, preview the rows, and (unless a dry run) write
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

/** What an import can match against in a snapshot: its plan and that plan's data. */
export function basisOf(snapshot: PlanSnapshot): ImportBasis {
  return {
    plans: [snapshot.plan],
    areas: snapshot.areas.filter((a) => a.planId === snapshot.plan.id),
    departments: snapshot.departments,
    goals: snapshot.goals,
    activities: snapshot.activities,
  };
}

export async function runImport(
  store: Pick<PlanStore, 'loadPlan' | 'saveActivities'>,
  workbook: WorkbookRows,
  options: { readonly dryRun?: boolean } = {},
): Promise<Result<ImportOutcome>> {
  const snapshot = await store.loadPlan();
  if (!snapshot.ok) return snapshot;
  const { preview, writes } = previewImport(basisOf(snapshot.value), workbook);
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
