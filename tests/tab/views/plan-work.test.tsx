// @vitest-environment jsdom
import { cleanup, configure, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { departmentMe, FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/PlanWork/PlanWork.js';

afterEach(cleanup);
// The view and its API load lazily; on a busy machine that takes more than the default second.
configure({ asyncUtilTimeout: 5000 });

/** The seeded plan with the activities of its first two areas (a lighter page to render). */
function smallPlan() {
  const plan = snapshot();
  return snapshot({
    activities: plan.activities.filter((a) => ['area-1', 'area-2'].includes(a.areaId)),
  });
}

async function openPlanWork(backend = new FakeBackend(smallPlan(), workingGroupMe)) {
  const view = renderTab(backend, { hash: '#/planera' });
  await screen.findByRole('heading', { level: 1, name: 'Planera' });
  return { backend, api: backend.planWorkApi, ...view };
}

const status = () => screen.getAllByRole('status')[0]!;

describe('Planera', () => {
  it('is in the navigation for the working group only, and refuses others', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe));
    const nav = await screen.findByRole('navigation');
    expect(await within(nav).findByRole('link', { name: 'Planera' })).toBeTruthy();
    cleanup();
    renderTab(new FakeBackend(snapshot(), departmentMe), { hash: '#/planera' });
    expect(await screen.findByText(/Du har inte behörighet att göra detta\./)).toBeTruthy();
    expect(
      within(screen.getByRole('navigation')).queryByRole('link', { name: 'Planera' }),
    ).toBeNull();
  });

  it('works on the plan chosen in the picker: the API is asked for that plan', async () => {
    const backend = new FakeBackend(smallPlan(), workingGroupMe);
    const chosen = backend.snapshot.plans.find((p) => p.id !== backend.snapshot.plan.id)!;
    renderTab(backend, { hash: `#/planera?plan=${chosen.id}` });
    expect(
      await screen.findByText(`Du arbetar i planen "${chosen.title}" (välj en annan plan överst).`),
    ).toBeTruthy();
    expect(backend.callsOf('planWork').at(-1)).toEqual([chosen.id]);
  });

  it('shows a replaced plan read-only: every control disabled; the plan in force is workable', async () => {
    const backend = new FakeBackend(smallPlan(), workingGroupMe);
    const current = backend.snapshot.plan;
    backend.snapshot = {
      ...backend.snapshot,
      plan: { ...current, status: 'replaced' },
      plans: backend.snapshot.plans.map((p) =>
        p.id === current.id ? { ...p, status: 'replaced' } : p,
      ),
    };
    renderTab(backend, { hash: '#/planera' });
    await screen.findByRole('heading', { level: 1, name: 'Planera' });
    const add = await screen.findByRole('button', { name: 'Lägg till område' });
    expect(add.matches(':disabled')).toBe(true);
    const area = screen.getByRole('textbox', { name: 'Nytt utvecklingsområde' });
    expect(area.matches(':disabled')).toBe(true);
    cleanup();
    await openPlanWork();
    const workable = await screen.findByRole('button', { name: 'Lägg till område' });
    expect(workable.matches(':disabled')).toBe(false);
  });

  it('adds an area and announces it', async () => {
    const { api } = await openPlanWork();
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Nytt utvecklingsområde' }),
      'Digital trygghet',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till område' }));
    expect(api.callsOf('createArea')).toEqual([[{ title: 'Digital trygghet' }]]);
    expect(await screen.findByRole('heading', { level: 3, name: 'Digital trygghet' })).toBeTruthy();
    expect(status().textContent).toBe('Utvecklingsområdet Digital trygghet har lagts till.');
  });

  it('creates an activity with goals, and shows a refusal beside the title', async () => {
    const { api } = await openPlanWork();
    const area = screen.getByRole('listitem', { name: 'Hälsofrämjande och förebyggande arbete' });
    await userEvent.click(within(area).getByRole('button', { name: /Ny aktivitet i/ }));
    const form = screen.getByRole('form', { name: /Ny aktivitet i Hälsofrämjande/ });
    await userEvent.type(within(form).getByRole('textbox', { name: /Titel/ }), 'Föräldrastöd');
    await userEvent.click(
      within(form).getByRole('checkbox', { name: 'Jämställdhetspolitiskt delmål 6' }),
    );
    api.failNext('createActivity', {
      reason: 'invalid',
      message: 'Inget sparades.',
      fields: { title: 'Det finns redan en aktivitet med den titeln i utvecklingsområdet.' },
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Skapa aktivitet' }));
    expect(
      await within(form).findByText(
        'Det finns redan en aktivitet med den titeln i utvecklingsområdet.',
      ),
    ).toBeTruthy();
    await userEvent.click(within(form).getByRole('button', { name: 'Skapa aktivitet' }));
    expect(api.callsOf('createActivity')[1]![0]).toMatchObject({
      areaId: 'area-1',
      title: 'Föräldrastöd',
      goalIds: ['delmal-6'],
    });
    expect(await screen.findByText('Föräldrastöd')).toBeTruthy();
    expect(status().textContent).toBe('Aktiviteten Föräldrastöd har skapats.');
  });

  it('links an existing activity to a goal and moves another area’s activity', async () => {
    const { backend } = await openPlanWork();
    await userEvent.click(screen.getAllByRole('button', { name: /^Mål för Samtalsmaterial/ })[0]!);
    const group = screen.getByRole('group', { name: /^Mål för Samtalsmaterial/ });
    await userEvent.click(
      within(group).getByRole('checkbox', { name: 'Jämställdhetspolitiskt delmål 6' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(backend.callsOf('saveActivity')[0]![0]).toMatchObject({
      id: 'A1.1',
      goalIds: ['delmal-6'],
    });
    expect(await screen.findByText(/Målen för Samtalsmaterial.* är sparade\./)).toBeTruthy();
    const move = screen.getAllByRole('combobox', { name: /^Flytta Samtalsmaterial/ })[0]!;
    await userEvent.selectOptions(move, 'area-2');
    await userEvent.click(screen.getAllByRole('button', { name: 'Flytta' })[0]!);
    expect(backend.callsOf('saveActivity')[1]![0]).toMatchObject({ id: 'A1.1', areaId: 'area-2' });
  });

  it('ends an activity with a reason', async () => {
    const { api } = await openPlanWork();
    await userEvent.click(screen.getAllByRole('button', { name: /^Avsluta Samtalsmaterial/ })[0]!);
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Utgår', hidden: true }));
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Anledning/, hidden: true }),
      'Ersatt av regionens material.',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Avsluta', hidden: true }));
    expect(api.callsOf('endActivity')[0]).toEqual([
      'A1.1',
      {
        as: 'dropped',
        on: '2024-02-01',
        reason: 'Ersatt av regionens material.',
        expectedVersion: 'v1',
      },
    ]);
    expect(await screen.findByText(/Aktiviteten Samtalsmaterial.* är avslutad\./)).toBeTruthy();
  });

  it('merges a department after a confirmation that says what moves', async () => {
    const { api } = await openPlanWork();
    const departments = screen.getByRole('region', { name: 'Förvaltningar' });
    expect(within(departments).getAllByText(/nämnd ej angiven/)).toHaveLength(4);
    const leanlink = within(departments).getByText('Leanlink').closest('li')!;
    await userEvent.click(
      within(leanlink as HTMLElement).getByRole('button', { name: 'Slå ihop med…' }),
    );
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await userEvent.selectOptions(
      within(dialog).getByRole('combobox', {
        name: 'Mottagande förvaltning',
        hidden: true,
      }),
      'social-omsorg',
    );
    expect(
      within(dialog).getByText(/aktiva aktiviteter flyttas till Social- och omsorgsförvaltningen/),
    ).toBeTruthy();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Slå ihop', hidden: true }));
    expect(api.callsOf('mergeDepartment')[0]).toEqual(['leanlink', 'social-omsorg', '']);
    expect(
      await screen.findByText(/Leanlink är sammanslagen med Social- och omsorgsförvaltningen/),
    ).toBeTruthy();
  });

  it('downloads the template, previews a file row by row and imports after the preview', async () => {
    const { api, downloads } = await openPlanWork();
    await userEvent.click(screen.getByRole('button', { name: 'Ladda ned mall' }));
    expect(downloads[0]).toMatchObject({ name: 'aktivitetsplan-mall.xlsx' });
    const run = screen.getByRole('button', { name: 'Importera' });
    expect(run.hasAttribute('disabled') || run.getAttribute('aria-disabled') === 'true').toBe(true);
    api.importOutcome = {
      created: 1,
      updated: 0,
      unchanged: 0,
      refused: [
        {
          row: 3,
          column: 'Ansvarig förvaltning',
          message: 'Okänd förvaltning; menar du Leanlink?',
        },
      ],
      rows: [
        { row: 2, action: 'create', title: 'Ny aktivitet' },
        { row: 3, action: 'refused', title: 'Trasig rad' },
      ],
    };
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], 'plan.xlsx');
    await userEvent.upload(screen.getByLabelText('Excel-fil (.xlsx)'), file);
    await userEvent.click(screen.getByRole('button', { name: 'Förhandsgranska' }));
    const table = await screen.findByRole('table', { name: 'Rader i filen' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]!.textContent).toContain('Skapas');
    expect(rows[2]!.textContent).toContain(
      'Ansvarig förvaltning: Okänd förvaltning; menar du Leanlink?',
    );
    const region = screen.getByRole('region', { name: 'Importera från Excel' });
    expect(within(region).getByText(/Förhandsgranskning: 1 skapas/)).toBeTruthy();
    expect(status().textContent).toMatch(/Förhandsgranskning: 1 skapas/);
    await userEvent.click(screen.getByRole('button', { name: 'Importera' }));
    expect(api.callsOf('runImport')).toHaveLength(1);
    expect(await within(region).findByText(/Importen är klar: 1 skapades/)).toBeTruthy();
  });
});
