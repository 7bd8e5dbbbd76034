// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { departmentMe, FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { annualRound, snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/FollowUp/FollowUp.js';
import '../../../src/tab/views/Activity/Activity.js';

afterEach(cleanup);

const hash = '#/uppfoljning';
const proposal = {
  kind: 'annual' as const,
  title: 'Årsuppföljning 2024',
  periodStart: '2024-01-01',
  periodEnd: '2024-12-31',
  opensOn: '2025-01-08',
  dueOn: '2025-02-28',
  closesOn: '2025-03-31',
};

describe('FollowUp', () => {
  it('is for the working group only', async () => {
    renderTab(new FakeBackend(snapshot(), departmentMe), { hash });
    expect(await screen.findByText(/Uppföljningen sköts av arbetsgruppen/)).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Uppföljning' })).toBeNull();
  });

  it('shows per department how many answered, who, and which have no channel', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash });
    const table = await screen.findByRole('table', { name: 'Förvaltningar i Årsuppföljning 2023' });
    const social = within(table).getByRole('row', { name: /Social- och omsorgsförvaltningen/ });
    expect(social.textContent).toMatch(/1 av \d+/);
    expect(social.textContent).toContain('Anna Andersson');
    expect(social.textContent).toContain('Ingen kanal kopplad');
    expect(screen.getByText(/Förvaltningar utan kopplad kanal:/).textContent).toContain(
      'Social- och omsorgsförvaltningen',
    );
    const school = within(table).getByRole('row', { name: /Utbildningsförvaltningen/ });
    expect(school.textContent).toContain('Kopplad');
  });

  it('sends a reminder now to one department', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    renderTab(backend, { hash });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Skicka påminnelse nu till Utbildningsförvaltningen',
      }),
    );
    expect((await screen.findByRole('status')).textContent).toContain(
      'Påminnelsen till Utbildningsförvaltningen är skickad.',
    );
    expect(backend.callsOf('sendReminder')).toEqual([[annualRound.id, 'utbildning']]);
  });

  it('shows the calendar loading, then its failure with a retry', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.failNext('calendar', {
      reason: 'unavailable',
      message: 'Tjänsten svarar inte just nu.',
    });
    renderTab(backend, { hash });
    expect(await screen.findByText(/Kalendern kunde inte läsas/)).toBeTruthy();
    backend.calendarRounds = [proposal];
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByRole('row', { name: /Årsuppföljning 2024/ })).toBeTruthy();
  });

  it('opens a round from the calendar with the confirmed dates', async () => {
    const backend = new FakeBackend(
      snapshot({ rounds: [{ ...annualRound, state: 'closed' }] }),
      workingGroupMe,
    );
    backend.calendarRounds = [proposal];
    renderTab(backend, { hash });
    expect(
      await screen.findByText('Ingen omgång pågår. Öppna en omgång från kalendern.'),
    ).toBeTruthy();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Öppna omgången: Årsuppföljning 2024' }),
    );
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).getByRole('heading', { hidden: true }).textContent).toBe(
      'Öppna Årsuppföljning 2024',
    );
    const due = within(dialog).getByLabelText('Sista svarsdag');
    await userEvent.clear(due);
    await userEvent.type(due, '2025-02-27');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna', hidden: true }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'Årsuppföljning 2024 är öppnad.',
    );
    expect(backend.callsOf('openRound')[0]![0]).toEqual({
      ...proposal,
      dueOn: '2025-02-27',
      planId: 'aktivitetsplan-hedersrelaterat-vald',
    });
    expect(
      await screen.findByRole('table', { name: 'Förvaltningar i Årsuppföljning 2024' }),
    ).toBeTruthy();
  });

  it('closes the open round after confirmation', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    renderTab(backend, { hash });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Stäng omgången: Årsuppföljning 2023' }),
    );
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Stäng Årsuppföljning 2023?',
      hidden: true,
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng', hidden: true }));
    // Under load a loading status may still be shown beside the outcome: look for the outcome.
    await waitFor(() =>
      expect(screen.getAllByRole('status').map((s) => s.textContent)).toContainEqual(
        expect.stringContaining('Årsuppföljning 2023 är stängd.'),
      ),
    );
    expect(backend.snapshot.rounds[0]!.state).toBe('closed');
  });

  it('shows a refused close as an error and changes nothing', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.failNext('closeRound', {
      reason: 'forbidden',
      message: 'Du har inte behörighet att göra detta.',
    });
    renderTab(backend, { hash });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Stäng omgången: Årsuppföljning 2023' }),
    );
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Stäng', hidden: true }));
    expect(await screen.findByText(/Behörighet saknas: Du har inte behörighet/)).toBeTruthy();
    expect(backend.snapshot.rounds[0]!.state).toBe('open');
  });

  it('opens a second round while one is open; one opened early says when it opens', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.calendarRounds = [proposal];
    renderTab(backend, { hash });
    const openButton = await screen.findByRole('button', {
      name: 'Öppna omgången: Årsuppföljning 2024',
    });
    expect(openButton.hasAttribute('disabled')).toBe(false);
    await userEvent.click(openButton);
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(within(dialog).queryByRole('checkbox', { hidden: true })).toBeNull();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna', hidden: true }));
    expect(
      await screen.findByRole('table', { name: 'Förvaltningar i Årsuppföljning 2024' }),
    ).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Förvaltningar i Årsuppföljning 2023' })).toBeTruthy();
    const rounds = screen.getByRole('table', { name: 'Omgångar' });
    expect(within(rounds).getByRole('row', { name: /Årsuppföljning 2024/ }).textContent).toContain(
      'Öppnas 8 jan',
    );
    expect(within(rounds).getByRole('row', { name: /Årsuppföljning 2023/ }).textContent).toContain(
      'Pågår',
    );
    // The round opened early has sent no reminder yet, so it cannot be sent now; the running one can.
    const [early, running] = screen.getAllByRole('button', {
      name: 'Skicka påminnelse nu till Utbildningsförvaltningen',
    });
    expect(early!.hasAttribute('disabled')).toBe(true);
    await userEvent.click(running!);
    expect(backend.callsOf('sendReminder')).toEqual([[annualRound.id, 'utbildning']]);
  });

  it('asks for confirmation before opening a round whose closing date has passed', async () => {
    const past = {
      ...proposal,
      title: 'Årsuppföljning 2022',
      periodStart: '2022-01-01',
      periodEnd: '2022-12-31',
      opensOn: '2023-01-09',
      dueOn: '2023-02-28',
      closesOn: '2023-03-31',
    };
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.calendarRounds = [past];
    renderTab(backend, { hash });
    const row = await screen.findByRole('row', { name: /Årsuppföljning 2022/ });
    expect(row.textContent).toContain('Stängningsdagen har passerat');
    await userEvent.click(
      await screen.findByRole('button', { name: 'Öppna omgången: Årsuppföljning 2022' }),
    );
    const dialog = await screen.findByRole('dialog', { hidden: true });
    expect(dialog.textContent).toContain('Omgången stängde 31 mars 2023.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna', hidden: true }));
    expect(within(dialog).getByRole('alert', { hidden: true }).textContent).toContain(
      'Bekräfta att omgången ska öppnas',
    );
    expect(backend.callsOf('openRound')).toEqual([]);
    await userEvent.click(
      within(dialog).getByRole('checkbox', { name: 'Öppna omgången ändå', hidden: true }),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna', hidden: true }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'Årsuppföljning 2022 är öppnad.',
    );
    expect(backend.callsOf('openRound')[0]![0]).toEqual({
      ...past,
      confirmPast: true,
      planId: 'aktivitetsplan-hedersrelaterat-vald',
    });
  });

  it('keeps the activities’ versions the opening rewrote, so an edit right after is saved', async () => {
    const backend = new FakeBackend(
      snapshot({ rounds: [{ ...annualRound, state: 'closed' }] }),
      workingGroupMe,
    );
    backend.calendarRounds = [proposal];
    backend.rewritesDerived = true;
    renderTab(backend, { hash });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Öppna omgången: Årsuppföljning 2024' }),
    );
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna', hidden: true }));
    await screen.findByRole('table', { name: 'Förvaltningar i Årsuppföljning 2024' });
    const rewritten = backend.snapshot.activities.find((a) => a.id === 'A1.1')!.version;
    window.location.hash = '#/aktivitet/A1.1';
    await userEvent.click(await screen.findByRole('button', { name: 'Redigera' }));
    const title = screen.getByRole('textbox', { name: /Titel/ });
    await userEvent.clear(title);
    await userEvent.click(title);
    await userEvent.paste('Nytt samtalsmaterial');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeTruthy();
    expect(backend.callsOf('saveActivity')[0]![1]).toBe(rewritten);
  });

  it('shows a refused opening (the period followed up already) as a notice, not a conflict', async () => {
    const backend = new FakeBackend(snapshot({ rounds: [] }), workingGroupMe);
    backend.calendarRounds = [proposal];
    const message =
      'Årsuppföljning 2024 följs redan upp för en tidigare version av planen; en period följs upp en gång.';
    backend.failNext('openRound', { reason: 'conflict', message });
    renderTab(backend, { hash });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Öppna omgången: Årsuppföljning 2024' }),
    );
    const dialog = await screen.findByRole('dialog', { hidden: true });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna', hidden: true }));
    expect(await screen.findByText(message)).toBeTruthy();
    expect(screen.queryByText(/Ändrat av någon annan/)).toBeNull();
  });
});
