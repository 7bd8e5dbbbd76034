import { ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import type { SiteManifest, ViewSpec } from '../site-schema/schema.js';
import type { SharePointRest } from './sharepoint-rest.js';

export type PresentationReport = { readonly views: string[]; readonly formatted: string[] };

const listPath = (listId: string) => `/_api/web/lists(guid'${listId}')`;

/**
 * What managers see in SharePoint: the manifest's list views and the status column's JSON
 * formatting, through SharePoint REST (Graph v1.0 has no API for either). A view that exists
 * by title is left as it is; formatting that differs from the manifest is set to the manifest's.
 */
export async function applyPresentation(
  rest: SharePointRest,
  manifest: SiteManifest,
  listIds: Readonly<Record<string, string>>,
): Promise<Result<PresentationReport>> {
  const report: PresentationReport = { views: [], formatted: [] };
  for (const list of manifest.schema.lists) {
    const listId = listIds[list.name];
    if (!listId) continue;
    if (list.views.length > 0) {
      const views = await ensureViews(rest, listId, list.views);
      if (!views.ok) return views;
      report.views.push(...views.value.map((title) => `${list.displayName}: ${title}`));
    }
    for (const format of list.formatting) {
      const formatter = manifest.formatters[format.formatter];
      const changed = await ensureFormatting(rest, listId, format.column, formatter);
      if (!changed.ok) return changed;
      if (changed.value) report.formatted.push(`${list.displayName}.${format.column}`);
    }
  }
  return ok(report);
}

async function ensureViews(
  rest: SharePointRest,
  listId: string,
  views: readonly ViewSpec[],
): Promise<Result<string[]>> {
  const existing = await rest.get(`${listPath(listId)}/views?$select=Id,Title`);
  if (!existing.ok) return failWith(existing, 'Listans vyer');
  const titles = new Set(
    ((existing.body as { value?: { Title?: unknown }[] } | undefined)?.value ?? []).map(
      (v) => v.Title,
    ),
  );
  const created: string[] = [];
  for (const view of views.filter((v) => !titles.has(v.title))) {
    const answer = await rest.post(`${listPath(listId)}/views/add`, {
      parameters: {
        __metadata: { type: 'SP.ViewCreationInformation' },
        Title: view.title,
        PersonalView: false,
        RowLimit: view.rowLimit,
        ViewTypeKind: 1,
        ViewFields: { __metadata: { type: 'Collection(Edm.String)' }, results: view.fields },
        Query: view.query,
      },
    });
    if (!answer.ok) return failWith(answer, `Vyn ${view.title}`);
    created.push(view.title);
  }
  return ok(created);
}

async function ensureFormatting(
  rest: SharePointRest,
  listId: string,
  column: string,
  formatter: unknown,
): Promise<Result<boolean>> {
  const fieldPath = `${listPath(listId)}/fields/getbyinternalnameortitle('${column}')`;
  const current = await rest.get(`${fieldPath}?$select=InternalName,CustomFormatter`);
  if (!current.ok) return failWith(current, `Kolumnen ${column}`);
  const stored = (current.body as { CustomFormatter?: unknown } | undefined)?.CustomFormatter;
  if (typeof stored === 'string' && sameJson(stored, formatter)) return ok(false);
  const answer = await rest.post(
    fieldPath,
    { __metadata: { type: 'SP.Field' }, CustomFormatter: JSON.stringify(formatter) },
    { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
  );
  if (!answer.ok) return failWith(answer, `Formateringen av kolumnen ${column}`);
  return ok(true);
}

function sameJson(stored: string, wanted: unknown): boolean {
  try {
    return JSON.stringify(JSON.parse(stored)) === JSON.stringify(wanted);
  } catch {
    return false;
  }
}
