import {
  ActivitySchema,
  financingLabelsSv,
  type Activity,
  type Department,
  type DevelopmentArea,
  type Goal,
  type Plan,
} from '../../domain/model.js';
import { validateText, type TextField } from '../../domain/validation.js';
import type { Versioned } from '../ports.js';
import {
  byName,
  dateIn,
  endedDepartment,
  financingOf,
  namesIn,
  renamed,
  textOf,
  unknownMessage,
} from './cells.js';
import { headerOf, type ImportColumn, type ImportProblem, type ImportRow } from './columns.js';

/**
 * One workbook row read against the plan data: the plan and area it names, the activity's fields
 * as the model has them, and every problem found, each with its column and a Swedish message.
 */

export type ImportBasis = {
  readonly plans: readonly Plan[];
  readonly areas: readonly DevelopmentArea[];
  readonly departments: readonly Department[];
  readonly goals: readonly Goal[];
  readonly activities: readonly Versioned<Activity>[];
};

/** The fields a row sets; the rest of an activity (id, plan, area, example) comes from elsewhere. */
export type RowFields = Pick<
  Activity,
  | 'title'
  | 'description'
  | 'responsibleDepartmentId'
  | 'coResponsibleDepartmentIds'
  | 'start'
  | 'end'
  | 'expectedOutcome'
  | 'financing'
> & { readonly goalIds: readonly string[] };

export type RowReading = {
  readonly row: number;
  readonly planTitle: string;
  readonly areaTitle: string;
  readonly title: string;
  readonly plan?: Plan;
  readonly area?: DevelopmentArea;
  readonly fields?: RowFields;
  readonly problems: readonly ImportProblem[];
};

const fieldColumns: Readonly<Record<string, ImportColumn>> = {
  title: 'title',
  description: 'description',
  expectedOutcome: 'expectedOutcome',
  responsibleDepartmentId: 'responsible',
  coResponsibleDepartmentIds: 'coResponsible',
  start: 'start',
  end: 'end',
  financing: 'financing',
};

export function readRow(input: ImportRow, basis: ImportBasis): RowReading {
  const problems: ImportProblem[] = [];
  const problem = (column: ImportColumn, message: string) =>
    problems.push({ row: input.row, column: headerOf(column), message });
  const cell = (column: ImportColumn) => input.cells[column];
  const required = (column: ImportColumn): string => {
    const text = textOf(cell(column));
    if (text === '') problem(column, `${headerOf(column)} måste fyllas i.`);
    return text;
  };

  const planTitle = required('plan');
  const plan = planTitle ? byName(basis.plans, (p) => p.title, planTitle) : undefined;
  if (planTitle && !plan)
    problem(
      'plan',
      unknownMessage(
        'plan',
        planTitle,
        basis.plans.map((p) => p.title),
      ),
    );
  const areaTitle = required('area');
  const areas = basis.areas.filter((a) => !plan || a.planId === plan.id);
  const area = areaTitle ? byName(areas, (a) => a.title, areaTitle) : undefined;
  // A replaced plan's areas are not read: the row is refused for its plan alone.
  if (areaTitle && !area && plan?.status !== 'replaced')
    problem(
      'area',
      unknownMessage(
        'area',
        areaTitle,
        areas.filter((a) => !a.endedOn).map((a) => a.title),
      ),
    );
  if (area?.endedOn)
    problem('area', `Utvecklingsområdet "${area.title}" är avslutat; välj ett som pågår.`);
  if (plan?.status === 'replaced')
    problem(
      'plan',
      `${headerOf('plan')}: planen "${plan.title}" är ersatt av en nyare version och kan inte ändras. Ange den gällande planens titel.`,
    );

  const texts: Partial<Record<TextField, string>> = {};
  for (const [field, column] of [
    ['title', 'title'],
    ['description', 'description'],
    ['expectedOutcome', 'expectedOutcome'],
  ] as const) {
    const text = textOf(cell(column));
    const error = validateText(field, text);
    if (error) problem(column, error.message);
    texts[field] = text;
  }

  const departmentNames = basis.departments.filter((d) => !d.endedOn).map((d) => d.name);
  const department = (column: ImportColumn, name: string): string | undefined => {
    const found =
      byName(basis.departments, (d) => d.name, name) ??
      basis.departments.find((d) => d.id === name);
    const refusal = found
      ? endedDepartment(found, basis.departments)
      : renamed(name, basis.departments);
    if (refusal) problem(column, refusal);
    else if (!found) problem(column, unknownMessage('department', name, departmentNames));
    return refusal ? undefined : found?.id;
  };
  const responsibleName = required('responsible');
  const responsible = responsibleName ? department('responsible', responsibleName) : undefined;
  const coResponsible = namesIn(cell('coResponsible')).map((n) => department('coResponsible', n));

  const start = dateIn('start', cell('start'), problem);
  const end = dateIn('end', cell('end'), problem);

  const financingText = required('financing');
  const financing = financingText ? financingOf(financingText) : undefined;
  if (financingText && !financing) {
    const labels = Object.values(financingLabelsSv);
    problem('financing', unknownMessage('financing', financingText, labels));
  }

  const goalTitles = basis.goals.map((g) => g.title);
  const goalIds = namesIn(cell('goals')).map((name) => {
    const goal = byName(basis.goals, (g) => g.title, name);
    if (!goal) problem('goals', unknownMessage('goal', name, goalTitles));
    return goal?.id;
  });

  const reading = { row: input.row, planTitle, areaTitle, title: texts.title ?? '' };
  const complete =
    problems.length === 0 && plan && area && responsible && start && end && financing;
  if (!complete)
    return { ...reading, ...(plan ? { plan } : {}), ...(area ? { area } : {}), problems };
  const fields: RowFields = {
    title: texts.title ?? '',
    ...(texts.description ? { description: texts.description } : {}),
    responsibleDepartmentId: responsible,
    coResponsibleDepartmentIds: coResponsible.filter((id): id is string => id !== undefined),
    start,
    end,
    ...(texts.expectedOutcome ? { expectedOutcome: texts.expectedOutcome } : {}),
    financing,
    goalIds: goalIds.filter((id): id is string => id !== undefined),
  };
  // The model's own rules (start ≤ end, responsible not co-responsible, lengths), as a save has them.
  const parsed = ActivitySchema.safeParse({ ...fields, id: 'x', planId: plan.id, areaId: area.id });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = fieldColumns[String(issue.path[0])] ?? 'title';
      problem(column, issue.message);
    }
    return { ...reading, plan, area, problems };
  }
  return { ...reading, plan, area, fields, problems };
}
