import type { ColumnDefinition } from '../../fields/column-types.js';
import type { ViewRecord } from '../../store/views.js';
import type { SpContext } from '../context.js';
import { SpFailure, argumentException } from '../format.js';

export function findView(context: SpContext, params: Record<string, string>): ViewRecord {
  const key =
    params.viewId !== undefined ? { id: params.viewId } : { title: params.viewTitle ?? '' };
  const view = context.store.views.find(context.list.pk, key);
  if (!view) {
    throw new SpFailure(404, argumentException, `The specified view is invalid.`);
  }
  return view;
}

export function findField(context: SpContext, params: Record<string, string>): ColumnDefinition {
  const columns = context.store.lists.columns(context.list.pk);
  const name = params.fieldName;
  const column =
    params.fieldId !== undefined
      ? columns.find((c) => c.id.toLowerCase() === params.fieldId!.toLowerCase())
      : (columns.find((c) => c.name === name) ?? columns.find((c) => c.displayName === name));
  if (!column) {
    throw new SpFailure(
      400,
      argumentException,
      `Column '${name ?? params.fieldId ?? ''}' does not exist. It may have been deleted by another user.`,
    );
  }
  return column;
}

/** SharePoint refuses properties its type does not define. */
export function onlyProperties(
  body: Record<string, unknown>,
  allowed: readonly string[],
  type: string,
): void {
  for (const key of Object.keys(body)) {
    if (!allowed.includes(key)) {
      throw new SpFailure(
        400,
        '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
        `The property '${key}' does not exist on type '${type}'. Make sure to only use property names that are defined by the type.`,
      );
    }
  }
}

export function checkViewFields(context: SpContext, names: readonly string[]): void {
  const known = new Set(context.store.lists.columns(context.list.pk).map((c) => c.name));
  for (const name of names) {
    if (!known.has(name)) {
      throw new SpFailure(
        400,
        argumentException,
        `Column '${name}' does not exist. It may have been deleted by another user.`,
      );
    }
  }
}
