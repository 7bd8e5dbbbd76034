// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { annualRound, snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/Activity/Activity.js';

afterEach(cleanup);

async function startField() {
  await userEvent.click(await screen.findByRole('button', { name: 'Redigera' }));
  return screen.getByRole<HTMLInputElement>('textbox', { name: /Startdatum/ });
}

describe('Activity dates and status', () => {
  it('shows the dates in ISO order, whatever the browser’s locale', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash: '#/aktivitet/A1.1' });
    const start = await startField();
    expect(start.value).toBe('2022-09-01');
    expect(start.getAttribute('type')).toBe('text');
    expect(screen.getAllByText('ÅÅÅÅ-MM-DD').length).toBeGreaterThan(0);
  });

  it('refuses a date in another order beside the field and sends nothing', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    const start = await startField();
    await userEvent.clear(start);
    await userEvent.type(start, '06/01/2022');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(start.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/Skriv datumet som ÅÅÅÅ-MM-DD/)).toBeTruthy();
    expect(backend.callsOf('saveActivity')).toHaveLength(0);
  });

  it('saves a date written as YYYY-MM-DD', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    const start = await startField();
    await userEvent.clear(start);
    await userEvent.type(start, '2022-06-01');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeTruthy();
    expect(backend.callsOf('saveActivity')[0]![0]).toMatchObject({ start: '2022-06-01' });
  });

  it('calls an activity that ended before the open round Avslutad, not Inget svar', async () => {
    const round2026 = {
      ...annualRound,
      id: 'R-2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    };
    renderTab(new FakeBackend(snapshot({ rounds: [round2026], followUps: [] }), workingGroupMe), {
      hash: '#/aktivitet/A3.1',
    });
    expect(await screen.findByText('Avslutad')).toBeTruthy();
    expect(screen.queryByText('Inget svar')).toBeNull();
  });
});
