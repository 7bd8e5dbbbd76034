import { describe, expect, it } from 'vitest';
import type { CellValue, ImportColumn, ImportRow } from '../../../src/app/import/columns.js';
import { previewImport } from '../../../src/app/import/preview.js';
import type { ImportBasis } from '../../../src/app/import/row-fields.js';
import { financingLabelsSv } from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';

/** The seeded plan as an import sees it; every activity at version `v1`. */
const basis: ImportBasis = {
  plans: [seedPlan.plan],
  areas: seedPlan.areas,
  departments: seedPlan.departments,
  goals: seedPlan.goals,
  activities: seedPlan.activities.map((a) => ({ ...a, version: 'v1' })),
};
const plan = seedPlan.plan.title;
const area = seedPlan.areas[1]!.title;
const a1 = seedPlan.activities[0]!;

type Cells = Partial<Record<ImportColumn, CellValue>>;

function newRow(cells: Cells = {}): Cells {
  return {
    plan,
    area,
    title: 'Utbildning för skolkuratorer',
    description: 'Två utbildningsdagar per år.',
    responsible: 'Utbildningsförvaltningen',
    coResponsible: 'Social- och omsorgsförvaltningen',
    start: '2027-03-01',
    end: '31/12/2027',
    expectedOutcome: 'Alla kuratorer har gått utbildningen.',
    financing: 'Befintlig budgetram',
    goals: `${seedPlan.goals[0]!.title}; ${seedPlan.goals[1]!.title}`,
    ...cells,
  };
}

/** An existing activity's row as the template writes it. */
function storedRow(cells: Cells = {}): Cells {
  const name = (id: string) => seedPlan.departments.find((d) => d.id === id)!.name;
  return {
    plan,
    area: seedPlan.areas.find((x) => x.id === a1.areaId)!.title,
    title: a1.title,
    description: a1.description,
    responsible: name(a1.responsibleDepartmentId),
    coResponsible: a1.coResponsibleDepartmentIds.map(name).join('; '),
    start: new Date(`${a1.start}T00:00:00Z`),
    end: new Date(`${a1.end}T00:00:00Z`),
    expectedOutcome: a1.expectedOutcome,
    financing: financingLabelsSv[a1.financing],
    ...cells,
  };
}

const rows = (...cells: Cells[]): ImportRow[] => cells.map((c, i) => ({ row: i + 2, cells: c }));
const run = (...cells: Cells[]) => previewImport(basis, { rows: rows(...cells), problems: [] });

describe('the import preview', () => {
  it('creates a new activity with its departments, dates, financing and goals resolved', () => {
    const { preview, writes } = run(newRow());
    expect(preview.problems).toEqual([]);
    expect(preview.rows).toEqual([
      expect.objectContaining({ row: 2, action: 'create', title: 'Utbildning för skolkuratorer' }),
    ]);
    expect(writes).toEqual([
      {
        row: 2,
        activity: {
          id: 'area-2-utbildning-for-skolkuratorer',
          planId: seedPlan.plan.id,
          areaId: 'area-2',
          example: false,
          title: 'Utbildning för skolkuratorer',
          description: 'Två utbildningsdagar per år.',
          responsibleDepartmentId: 'utbildning',
          coResponsibleDepartmentIds: ['social-omsorg'],
          start: '2027-03-01',
          end: '2027-12-31',
          expectedOutcome: 'Alla kuratorer har gått utbildningen.',
          financing: 'ownBudget',
          goalIds: [seedPlan.goals[0]!.id, seedPlan.goals[1]!.id],
        },
      },
    ]);
  });

  it('finds a stored activity by plan, area and title (case and spaces aside): unchanged or update', () => {
    const same = run(storedRow({ title: `  ${a1.title.toUpperCase()} ` }));
    expect(same.preview.rows[0]).toMatchObject({
      action: 'update',
      activityId: a1.id,
      changes: ['Aktivitet'],
    });
    const unchanged = run(storedRow());
    expect(unchanged.preview.rows[0]).toMatchObject({ action: 'unchanged', activityId: a1.id });
    expect(unchanged.writes).toEqual([]);
    const changed = run(
      storedRow({ end: '2028-06-30', description: '', financing: 'Utvecklingsmedel' }),
    );
    expect(changed.preview.rows[0]).toMatchObject({
      action: 'update',
      changes: ['Beskrivning', 'Slutdatum', 'Finansiering'],
    });
    const written = changed.writes[0]!;
    expect(written.expectedVersion).toBe('v1');
    expect(written.activity).toMatchObject({
      id: a1.id,
      end: '2028-06-30',
      financing: 'developmentFunds',
      example: true,
    });
    expect(written.activity.description).toBeUndefined();
  });

  it('names the closest existing plan, area, department and goal for an unknown one', () => {
    const { preview, writes } = run(
      newRow({
        responsible: 'Utbildningsförvaltningn',
        coResponsible: 'Socialförvaltningen; Leanlink',
        goals: 'Jämställdhetspolitiskt delmål 7',
      }),
      newRow({
        title: 'Annat',
        area: 'Samverkan och samordnin',
        plan: 'Aktivitetsplan hedersrelaterat våld',
      }),
    );
    expect(writes).toEqual([]);
    expect(preview.problems).toEqual([
      {
        row: 2,
        column: 'Ansvarig förvaltning',
        message:
          'Okänd förvaltning "Utbildningsförvaltningn". Menade du "Utbildningsförvaltningen"?',
      },
      {
        row: 2,
        column: 'Medansvariga förvaltningar',
        message: expect.stringMatching(/^Okänd förvaltning "Socialförvaltningen"\. /),
      },
      {
        row: 2,
        column: 'Mål',
        message:
          'Okänt mål "Jämställdhetspolitiskt delmål 7". Menade du "Jämställdhetspolitiskt delmål 6"?',
      },
      {
        row: 3,
        column: 'Plan',
        message: `Okänd plan "Aktivitetsplan hedersrelaterat våld". Menade du "${plan}"?`,
      },
      {
        row: 3,
        column: 'Utvecklingsområde',
        message:
          'Okänt utvecklingsområde "Samverkan och samordnin". Menade du "Samverkan och samordning"?',
      },
    ]);
    expect(preview.rows.map((r) => r.action)).toEqual(['refused', 'refused']);
  });

  it('refuses personal data, unsafe text, bad dates, and what the model refuses', () => {
    const { preview } = run(
      newRow({ description: 'Ring 070-123 45 67 för mer information.' }),
      newRow({ title: 'Utbildning \u202Eevil' }),
      newRow({ title: 'B', start: '2027-02-30', end: 'snart' }),
      newRow({ title: 'C', start: '2028-01-01', end: '2027-01-01' }),
      newRow({ title: 'D', coResponsible: 'Utbildningsförvaltningen' }),
      newRow({ title: 'E', start: '1/1/9999' }),
      newRow({ title: 'F', financing: 'Lotteri', responsible: '' }),
    );
    const by = (row: number) =>
      preview.problems.filter((p) => p.row === row).map((p) => [p.column, p.message]);
    expect(by(2)).toEqual([['Beskrivning', expect.stringContaining('telefonnummer')]]);
    expect(by(3)).toEqual([['Aktivitet', expect.stringContaining('skrivriktningen')]]);
    expect(by(4)).toEqual([
      ['Startdatum', 'Startdatum: ange ett datum, t.ex. 2027-03-01 eller 1/3/2027 (dag/månad/år).'],
      ['Slutdatum', 'Slutdatum: ange ett datum, t.ex. 2027-03-01 eller 1/3/2027 (dag/månad/år).'],
    ]);
    expect(by(5)).toEqual([['Slutdatum', 'Slutdatum får inte vara före startdatum.']]);
    expect(by(6)).toEqual([
      ['Medansvariga förvaltningar', 'Ansvarig förvaltning kan inte också vara medansvarig.'],
    ]);
    expect(by(7)).toEqual([
      ['Startdatum', 'Startdatum: Ange ett datum mellan 1900-01-01 och 8900-12-31.'],
    ]);
    expect(by(8)).toEqual([
      ['Ansvarig förvaltning', 'Ansvarig förvaltning måste fyllas i.'],
      ['Finansiering', 'Okänd finansiering "Lotteri". Välj ett värde från bladet Värden.'],
    ]);
    expect(preview.rows.every((r) => r.action === 'refused')).toBe(true);
  });

  it('refuses every row of a key the file has twice, and keeps the others', () => {
    const { preview, writes } = run(
      newRow(),
      newRow({ title: 'Annan' }),
      newRow({ title: 'utbildning för  skolkuratorer' }),
    );
    expect(preview.rows.map((r) => r.action)).toEqual(['refused', 'create', 'refused']);
    expect(preview.problems).toEqual([
      {
        row: 2,
        column: 'Aktivitet',
        message: expect.stringContaining('finns också på rad 4 i filen'),
      },
      {
        row: 4,
        column: 'Aktivitet',
        message: expect.stringContaining('finns också på rad 2 i filen'),
      },
    ]);
    expect(writes.map((w) => w.row)).toEqual([3]);
  });

  it('refuses the rows the reader found problems in (a formula, merged cells)', () => {
    const problem = {
      row: 2,
      column: 'Slutdatum',
      message: 'Cellen har en formel utan sparat värde.',
    };
    const { preview, writes } = previewImport(basis, { rows: rows(newRow()), problems: [problem] });
    expect(preview.rows[0]!.action).toBe('refused');
    expect(preview.problems).toEqual([problem]);
    expect(writes).toEqual([]);
  });

  it('refuses ended areas and departments, naming the department that took over or the new name', () => {
    const reorganised: ImportBasis = {
      ...basis,
      areas: basis.areas.map((x) => (x.id === 'area-2' ? { ...x, endedOn: '2026-01-01' } : x)),
      departments: basis.departments.map((d) =>
        d.id === 'leanlink'
          ? { ...d, endedOn: '2026-01-01', mergedIntoId: 'social-omsorg' }
          : d.id === 'utbildning'
            ? { ...d, formerNames: [{ name: 'Skolförvaltningen', until: '2025-01-01' }] }
            : d,
      ),
    };
    const { preview } = previewImport(reorganised, {
      rows: rows(newRow({ responsible: 'Skolförvaltningen', coResponsible: 'Leanlink' })),
      problems: [],
    });
    expect(preview.problems.map((p) => [p.column, p.message])).toEqual([
      ['Utvecklingsområde', `Utvecklingsområdet "${area}" är avslutat; välj ett som pågår.`],
      [
        'Ansvarig förvaltning',
        'Förvaltningen "Skolförvaltningen" heter numera "Utbildningsförvaltningen".',
      ],
      [
        'Medansvariga förvaltningar',
        'Förvaltningen "Leanlink" är sammanslagen med "Social- och omsorgsförvaltningen". Ange "Social- och omsorgsförvaltningen".',
      ],
    ]);
  });

  it('gives new activities unique ids, derived from area and title', () => {
    const taken = {
      ...basis,
      activities: [...basis.activities, { ...a1, id: 'area-2-ny', version: 'v1' }],
    };
    const { writes } = previewImport(taken, {
      rows: rows(newRow({ title: 'Ny' }), newRow({ title: 'NY!' })),
      problems: [],
    });
    expect(writes.map((w) => w.activity.id)).toEqual(['area-2-ny-2', 'area-2-ny-3']);
  });
});
