import type { Activity } from '../../../domain/model.js';
import { FinancingSchema } from '../../../domain/model.js';
import { validateDate, validateText } from '../../../domain/validation.js';
import type { Language } from '../../i18n/i18n.js';
import { isIsoDate } from '../../model/iso-date.js';
import type { ActivityDraft, DraftField } from './Activity.types.js';

export function draftOf(a: Activity): ActivityDraft {
  return {
    title: a.title,
    description: a.description ?? '',
    areaId: a.areaId,
    responsibleDepartmentId: a.responsibleDepartmentId,
    coResponsibleDepartmentIds: a.coResponsibleDepartmentIds,
    start: a.start,
    end: a.end,
    expectedOutcome: a.expectedOutcome ?? '',
    financing: a.financing,
  };
}

export function activityOf(base: Activity, d: ActivityDraft): Activity {
  const optional = (text: string) => (text.trim() === '' ? undefined : text.trim());
  return {
    ...base,
    title: d.title.trim(),
    description: optional(d.description),
    areaId: d.areaId,
    responsibleDepartmentId: d.responsibleDepartmentId,
    coResponsibleDepartmentIds: d.coResponsibleDepartmentIds.filter(
      (id) => id !== d.responsibleDepartmentId,
    ),
    start: d.start,
    end: d.end,
    expectedOutcome: optional(d.expectedOutcome),
    financing: FinancingSchema.parse(d.financing),
  };
}

export type DraftMessages = {
  readonly endBeforeStart: string;
  readonly responsibleAlsoCo: string;
  readonly dateFormat: string;
};

/** The same rules as the API (domain validation, personal-data guard, date range), per field. */
export function validateDraft(
  d: ActivityDraft,
  language: Language,
  messages: DraftMessages,
): Partial<Record<DraftField, string>> {
  const errors: Partial<Record<DraftField, string>> = {};
  for (const field of ['title', 'description', 'expectedOutcome'] as const) {
    const error = validateText(field, d[field]);
    if (error) errors[field] = language === 'sv' ? error.message : error.messageEn;
  }
  for (const field of ['start', 'end'] as const) {
    const error = isIsoDate(d[field]) ? validateDate(field, d[field]) : undefined;
    if (!isIsoDate(d[field])) errors[field] = messages.dateFormat;
    else if (error) errors[field] = language === 'sv' ? error.message : error.messageEn;
  }
  if (!errors.start && !errors.end && d.end < d.start) errors.end = messages.endBeforeStart;
  if (d.coResponsibleDepartmentIds.includes(d.responsibleDepartmentId)) {
    errors.coResponsibleDepartmentIds = messages.responsibleAlsoCo;
  }
  return errors;
}

/** Fields whose value differs between two versions of an activity. */
export function differingFields(a: ActivityDraft, b: ActivityDraft): DraftField[] {
  return (Object.keys(a) as DraftField[]).filter(
    (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]),
  );
}
