// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { annualRound, snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/FollowUp/FollowUp.js';

afterEach(cleanup);

const hash = '#/uppfoljning';

/** Uppföljning as the working group chases answers (the clock says 1 February 2024). */
describe('FollowUp chasing answers', () => {
  it('puts the departments missing the most answers first, with who answered', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash });
    const table = await screen.findByRole('table', { name: 'Förvaltningar i Årsuppföljning 2023' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual([
      'Förvaltning',
      'Besvarade',
      'Besvarat av',
      'Senast påmind',
      'Kanal',
      'Åtgärder',
    ]);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toMatch(/^Social- och omsorgsförvaltningen1 av 6Anna Andersson/);
    expect(rows.at(-1)!.textContent).toMatch(/Utbildningsförvaltningen1 av 2/);
  });

  it('shows the round’s progress, due date and what is missing', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash });
    const section = await screen.findByRole('region', {
      name: 'Förvaltningar i Årsuppföljning 2023',
    });
    expect(section.textContent).toContain('2 av 14 aktiviteter besvarade (14 %).');
    expect(section.textContent).toContain('12 aktiviteter saknar svar från 8 förvaltningar.');
    expect(section.textContent).toContain('Sista svarsdag 29 februari 2024 (om 28 dagar)');
  });

  it('shows when and at which stage each department was last reminded', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    const sent = (stage: 'opening' | 'twoWeeks', sentAt: string) => ({
      roundId: annualRound.id,
      departmentId: 'social-omsorg',
      stage,
      dueAt: sentAt,
      state: 'sent' as const,
      attempts: 1,
      sentAt,
    });
    backend.reminders = [
      sent('opening', '2024-01-08T07:30:00Z'),
      sent('twoWeeks', '2024-01-31T07:30:00Z'),
      { ...sent('opening', '2024-01-08T07:30:00Z'), departmentId: 'leanlink', state: 'failed' },
    ];
    renderTab(backend, { hash });
    const table = await screen.findByRole('table', { name: 'Förvaltningar i Årsuppföljning 2023' });
    const social = within(table).getByRole('row', { name: /Social- och omsorgsförvaltningen/ });
    expect(
      await within(social).findByText(/31 januari 2024 kl\. 08\.30 · Två veckor kvar/),
    ).toBeTruthy();
    const leanlink = within(table).getByRole('row', { name: /Leanlink/ });
    expect(leanlink.textContent).toContain('Inte påmind ännu');
    expect(backend.callsOf('roundReminders')).toEqual([[annualRound.id]]);
  });

  it('turns reminding off until the first reminder goes out, and says when that is', async () => {
    const early = { ...annualRound, opensOn: '2024-02-08' };
    const backend = new FakeBackend(snapshot({ rounds: [early] }), workingGroupMe);
    renderTab(backend, { hash });
    const button = await screen.findByRole('button', {
      name: 'Skicka påminnelse nu till Utbildningsförvaltningen',
    });
    expect(button.hasAttribute('disabled') || button.getAttribute('aria-disabled') === 'true').toBe(
      true,
    );
    expect(screen.getByText('Första påminnelsen går ut 8 februari 2024.')).toBeTruthy();
  });

  it('lets reminding through once the first reminder has gone out', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash });
    const button = await screen.findByRole('button', {
      name: 'Skicka påminnelse nu till Utbildningsförvaltningen',
    });
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(screen.queryByText(/Första påminnelsen går ut/)).toBeNull();
  });

  it('shows the server’s "not yet" as information, never as someone else’s change', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.failNext('sendReminder', {
      reason: 'conflict',
      message: 'Det finns ingen påminnelse att skicka ännu. Den första går ut 8 februari 2024.',
    });
    renderTab(backend, { hash });
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Skicka påminnelse nu till Utbildningsförvaltningen',
      }),
    );
    expect((await screen.findByRole('status')).textContent).toContain(
      'Det finns ingen påminnelse att skicka ännu.',
    );
    expect(screen.queryByText(/Ändrat av någon annan/)).toBeNull();
  });

  it('says in the close dialog how many answers are missing', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Stäng omgången: Årsuppföljning 2023' }),
    );
    const dialog = await screen.findByRole('alertdialog', { hidden: true });
    expect(dialog.textContent).toContain('12 aktiviteter saknar svar från 8 förvaltningar.');
  });

  it('asks for the open dialog’s dates in ISO order and refuses another order', async () => {
    const backend = new FakeBackend(
      snapshot({ rounds: [{ ...annualRound, state: 'closed' }] }),
      workingGroupMe,
    );
    backend.calendarRounds = [
      {
        kind: 'annual',
        title: 'Årsuppföljning 2024',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        opensOn: '2025-01-08',
        dueOn: '2025-02-28',
        closesOn: '2025-03-31',
      },
    ];
    renderTab(backend, { hash });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Öppna omgången: Årsuppföljning 2024' }),
    );
    const dialog = await screen.findByRole('dialog', { hidden: true });
    const due = within(dialog).getByLabelText<HTMLInputElement>('Sista svarsdag');
    expect(due.value).toBe('2025-02-28');
    await userEvent.clear(due);
    await userEvent.type(due, '02/28/2025');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Öppna', hidden: true }));
    expect(within(dialog).getByRole('alert', { hidden: true }).textContent).toBe(
      'Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2027-02-26.',
    );
    expect(backend.callsOf('openRound')).toHaveLength(0);
  });
});
