import { z } from 'zod';
import { textFieldRules, validateText, type TextField } from '../../domain/validation.js';
import type { ApiFailure } from './api-errors.js';

/**
 * Parses a request's body or query with a contract schema and turns zod's issues into Swedish
 * messages per field, keyed as the contract says (the body's field names). Text fields get the
 * domain's own messages (so a too-long comment reads the same here as in the card), and a finding
 * of the personal-data guard makes the whole refusal `personalData`.
 */

const labels: Readonly<Record<string, string>> = {
  title: 'Titel',
  description: 'Beskrivning',
  expectedOutcome: 'Förväntat resultat',
  start: 'Startdatum',
  end: 'Slutdatum',
  areaId: 'Utvecklingsområde',
  responsibleDepartmentId: 'Ansvarig förvaltning',
  coResponsibleDepartmentIds: 'Medansvariga förvaltningar',
  financing: 'Finansiering',
  kind: 'Sort av omgång',
  periodStart: 'Periodens start',
  periodEnd: 'Periodens slut',
  opensOn: 'Öppnar',
  dueOn: 'Sista svarsdag',
  closesOn: 'Stänger',
  expectedVersion: 'Version',
  departmentId: 'Förvaltning',
  target: 'Förvaltning',
  teamId: 'Team',
  channelId: 'Kanal',
  tenantId: 'Organisation',
  channelName: 'Kanalens namn',
  status: 'Status',
  comment: 'Kommentar',
  nextSteps: 'Nästa steg',
  answers: 'Svar',
  allocatedTkr: 'Tilldelade utvecklingsmedel',
  indicators: 'Indikatorer',
  'indicator.name': 'Indikatorns namn',
  unit: 'Enhet',
  better: 'Riktning',
  baseline: 'Utgångsvärdet',
  baselineYear: 'Utgångsvärdets år',
  'indicator.target': 'Målvärdet',
  targetYear: 'Målvärdets år',
  endedOn: 'Indikatorns slutdatum',
  endReason: 'Anledningen',
  indicatorValues: 'Indikatorvärden',
  fundsUsed: 'Förbrukat belopp',
  from: 'Från',
  to: 'Till',
  name: 'Namn',
  board: 'Nämnd',
  reason: 'Anledning',
  as: 'Hur aktiviteten avslutas',
  on: 'Datum',
  level: 'Nivå',
  intoId: 'Mottagande förvaltning',
  order: 'Ordning',
  goalIds: 'Mål',
  planId: 'Plan',
  alsoPlanIds: 'Även planen',
  parentPlanId: 'Kompletterar planen',
  coordinatingDepartmentId: 'Samordnande förvaltning',
  developmentFundsTkr: 'Utvecklingsmedel (tkr)',
  adoptedBy: 'Beslutande nämnd',
  adoptedOn: 'Beslutsdatum',
  decision: 'Beslut',
};

export type KeyOf = (path: readonly PropertyKey[], value: unknown) => string;

/** The last named segment of the path: `activity.coResponsibleDepartmentIds.0` → that field. */
const fieldName: KeyOf = (path) => {
  const named = path.filter((p): p is string => typeof p === 'string');
  return named.at(-1) ?? 'body';
};

/** An activity's fields by name, its indicators' as `indicators.<index>.<field>`. */
export const activityFieldKey: KeyOf = (path, value) => {
  const at = path.indexOf('indicators');
  return at < 0 ? fieldName(path, value) : path.slice(at).map(String).join('.');
};

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value;
  for (const key of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}

function messageOf(issue: z.core.$ZodIssue, field: string, input: unknown): string {
  const label = labels[field] ?? 'Fältet';
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'too_big':
      return issue.origin === 'string'
        ? `${label} får vara högst ${String(issue.maximum)} tecken.`
        : `${label}: högst ${String(issue.maximum)} får skickas.`;
    case 'too_small':
      return issue.origin === 'string' ? `${label} måste fyllas i.` : `${label} saknas.`;
    case 'invalid_format':
      return issue.format === 'date'
        ? `${label}: ange ett datum som ÅÅÅÅ-MM-DD.`
        : `${label} har fel format.`;
    case 'invalid_value':
      return `${label}: välj ett av de tillåtna värdena.`;
    case 'invalid_type':
      return input === undefined ? `${label} saknas.` : `${label} har fel typ.`;
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return `${label} är inte giltigt.`;
  }
}

function isTextField(field: string): field is TextField {
  return Object.hasOwn(textFieldRules, field);
}

/** `schema` may be a classic or a `zod/mini` schema (the contract's are mini, for the tab). */
export function parseRequest<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  keyOf: KeyOf = fieldName,
):
  | { readonly ok: true; readonly value: z.infer<S> }
  | { readonly ok: false; readonly failure: ApiFailure } {
  const parsed = z.safeParse(schema, value);
  if (parsed.success) return { ok: true, value: parsed.data };
  const fields: Record<string, string> = {};
  let personal = false;
  for (const issue of parsed.error.issues) {
    const key = keyOf(issue.path, value);
    if (fields[key] !== undefined) continue;
    const input = valueAt(value, issue.path);
    const field = fieldName(issue.path, value);
    const label = issue.path.includes('indicators') ? `indicator.${field}` : field;
    const domain =
      isTextField(field) && typeof input === 'string' ? validateText(field, input) : undefined;
    if (domain?.reason === 'personalData') personal = true;
    fields[key] = domain?.message ?? messageOf(issue, labels[label] ? label : field, input);
  }
  const message = personal
    ? 'Inget sparades: texten verkar innehålla personuppgifter. Skriv aldrig namn eller personnummer.'
    : 'Uppgifterna är inte giltiga. Rätta det som är markerat och försök igen.';
  return { ok: false, failure: { reason: personal ? 'personalData' : 'invalid', message, fields } };
}
