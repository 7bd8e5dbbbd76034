// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBackend, workingGroupMe } from '../support/fake-backend.js';
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
