// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { departmentMe, FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';

afterEach(cleanup);

describe('Overview', () => {
  it('shows a loading status while the plan loads', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.hold('loadPlan');
    renderTab(backend);
    expect((await screen.findByRole('status')).textContent).toContain('Laddar planen…');
  });

  it('shows a Swedish error with a retry button, and retrying loads the plan', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.failNext('loadPlan', {
      reason: 'throttled',
      message: 'Tjänsten är hårt belastad.',
      retryAfterSeconds: 30,
    });
    renderTab(backend);
    expect(await screen.findByText(/Planen kunde inte läsas/)).toBeTruthy();
    expect(screen.getByText(/Försök igen om 30 sekunder/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy();
  });

  it('lists areas with activities, responsible departments and labelled status badges', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe));
    const area = await screen.findByRole('table', { name: /Aktiviteter i Hälsofrämjande/i });
    const row = within(area).getByRole('row', { name: /Samtalsmaterial/ });
    expect(
      within(row)
        .getByRole('link', { name: /\(exempel\)/ })
        .getAttribute('href'),
    ).toBe('#/aktivitet/A1.1');
    expect(row.textContent).toContain('Utbildningsförvaltningen');
    expect(row.textContent).toContain('Pågår enligt plan');
    expect(screen.getByRole('heading', { name: 'Mål' })).toBeTruthy();
    expect(screen.getByText(/Kompletterar/)).toBeTruthy();
  });

  it('filters by status and search, and says so when nothing matches', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe));
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Status' }),
      'delayed',
    );
    expect(screen.getAllByRole('link', { name: /exempel/ })).toHaveLength(1);
    await userEvent.type(screen.getByRole('searchbox', { name: 'Sök' }), 'finns inte någonstans');
    expect(screen.getByText('Inga aktiviteter matchar filtret.')).toBeTruthy();
    await userEvent.click(screen.getAllByRole('button', { name: 'Rensa filter' })[0]!);
    expect(screen.getAllByRole('link', { name: /exempel/ }).length).toBeGreaterThan(10);
  });

  it('says the plan is empty when it has no activities', async () => {
    renderTab(new FakeBackend(snapshot({ activities: [], followUps: [] }), workingGroupMe));
    expect(await screen.findByText('Planen har inga aktiviteter ännu.')).toBeTruthy();
  });

  it('shows progress per area and per department in words beside the chart', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe));
    const byArea = await screen.findByRole('list', { name: 'Per utvecklingsområde' });
    expect(within(byArea).getAllByRole('listitem').length).toBe(5);
    expect(byArea.textContent).toMatch(/1 pågår enligt plan/);
    expect((await screen.findByRole('list', { name: 'Per förvaltning' })).textContent).toMatch(
      /Social- och omsorgsförvaltningen/,
    );
  });
});

const managerMe = {
  user: { id: 'u-chef', name: 'Maja Chef' },
  isWorkingGroup: false,
  departmentIds: [],
};

describe('Overview summary', () => {
  it('opens with the open round: answered of total, due date and who is missing', async () => {
    renderTab(new FakeBackend(snapshot(), { ...workingGroupMe, departmentIds: [] }));
    const summary = await screen.findByRole('region', { name: 'Just nu' });
    const round = within(summary).getByRole('listitem', { name: 'Årsuppföljning 2023' });
    expect(round.textContent).toContain('2 av 14 aktiviteter besvarade');
    expect(round.textContent).toContain('Sista svarsdag 29 februari 2024 (om 28 dagar)');
    expect(round.textContent).toMatch(/Saknar svar: Social- och omsorgsförvaltningen \(5\)/);
    expect(within(round).getByRole('link', { name: 'Till uppföljningen' })).toBeTruthy();
    expect(within(summary).queryByRole('link', { name: /Svara/ })).toBeNull();
  });

  it('tells a department contact how many activities to answer, with the way there', async () => {
    renderTab(new FakeBackend(snapshot(), departmentMe));
    const summary = await screen.findByRole('region', { name: 'Just nu' });
    expect(summary.textContent).toContain('Du har 5 aktiviteter att besvara');
    expect(
      within(summary)
        .getByRole('link', { name: 'Svara i Årsuppföljning 2023' })
        .getAttribute('href'),
    ).toBe('#/min-forvaltning?forvaltning=social-omsorg&omgang=R-2023');
  });

  it('tells a manager the tab is for reading, and offers no answering', async () => {
    renderTab(new FakeBackend(snapshot(), managerMe));
    const summary = await screen.findByRole('region', { name: 'Just nu' });
    expect(summary.textContent).toContain('Du kan läsa planen och följa uppföljningen här.');
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).queryByRole('link', { name: /förvaltning/ })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Rapport' })).toBeTruthy();
  });

  it('says so when no round is open', async () => {
    renderTab(new FakeBackend(snapshot({ rounds: [], followUps: [] }), workingGroupMe));
    expect(await screen.findByText('Ingen uppföljning pågår just nu.')).toBeTruthy();
  });
});

describe('Overview filters', () => {
  it('keeps the filters in the address and starts from them', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe));
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Status' }),
      'delayed',
    );
    expect(window.location.hash).toBe('#/oversikt?status=delayed');
    cleanup();
    renderTab(new FakeBackend(snapshot(), workingGroupMe), {
      hash: '#/oversikt?status=delayed&forvaltning=social-omsorg',
    });
    const status = await screen.findByRole<HTMLSelectElement>('combobox', { name: 'Status' });
    expect(status.value).toBe('delayed');
    expect(screen.getAllByRole('link', { name: /exempel/ })).toHaveLength(1);
  });

  it('applies the department filter to the charts as to the list', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe));
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Förvaltning' }),
      'leanlink',
    );
    const byDepartment = await screen.findByRole('list', { name: 'Per förvaltning' });
    expect(within(byDepartment).getAllByRole('listitem')).toHaveLength(1);
    expect(byDepartment.textContent).toMatch(/^Leanlink3 aktiviteter/);
    expect(screen.getAllByRole('link', { name: /exempel/ })).toHaveLength(3);
  });

  it('lists only the chosen round’s activities, never calling others unanswered', async () => {
    const round2026 = {
      ...snapshot().rounds[0]!,
      id: 'R-2026',
      title: 'Årsuppföljning 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    };
    renderTab(new FakeBackend(snapshot({ rounds: [round2026], followUps: [] }), workingGroupMe));
    await userEvent.selectOptions(
      await screen.findByRole('combobox', { name: 'Uppföljningsomgång' }),
      'R-2026',
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'unanswered');
    expect(screen.getAllByRole('link', { name: /exempel/ })).toHaveLength(3);
    expect((await screen.findByText(/^3 aktiviteter$/)).tagName).toBe('P');
    const byArea = screen.getByRole('list', { name: 'Per utvecklingsområde' });
    expect(byArea.textContent).not.toMatch(/avslutad|ingår inte/);
  });
});
