// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanSnapshot, Versioned } from '../../../src/app/ports.js';
import type { SignOff } from '../../../src/domain/sign-off.js';
import { activitiesInRound } from '../../../src/domain/status.js';
import { departmentMe, FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { annualRound, followUp, snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/MyDepartment/MyDepartment.js';
import '../../../src/tab/views/FollowUp/FollowUp.js';
import '../../../src/tab/components/ReauthDialog/ReauthDialog.js';

afterEach(cleanup);

const social = 'social-omsorg';

/** The seeded plan with every activity of the social department answered in the open round. */
function allAnswered(extra: Partial<PlanSnapshot> = {}): PlanSnapshot {
  const base = snapshot();
  const ids = activitiesInRound(base, annualRound)
    .filter((a) => a.responsibleDepartmentId === social)
    .map((a) => a.id);
  return { ...base, followUps: ids.map((id) => followUp(id)), ...extra };
}

const signedOff: Versioned<SignOff> = {
  roundId: annualRound.id,
  departmentId: social,
  state: 'signedOff',
  signedBy: { id: 'u-dep', name: 'Dan Kontakt' },
  signedAt: '2024-02-01T09:00:00Z',
  version: 's1',
};

describe('sign-off in Min förvaltning', () => {
  const hash = '#/min-forvaltning?forvaltning=social-omsorg';

  it('offers no Klarmarkera while answers are missing', async () => {
    renderTab(new FakeBackend(snapshot(), departmentMe), { hash });
    await screen.findByRole('button', { name: 'Skicka svar' });
    expect(screen.queryByRole('button', { name: 'Klarmarkera' })).toBeNull();
  });

  it('signs off once every activity is answered; the answers then turn read-only', async () => {
    const backend = new FakeBackend(allAnswered(), departmentMe);
    renderTab(backend, { hash });
    await userEvent.click(await screen.findByRole('button', { name: 'Klarmarkera' }));
    const status = await screen.findByText(/^Klarmarkerad av Dan Kontakt den 1 februari 2024/);
    expect(status).toBeTruthy();
    expect(screen.getByText('Svaren är låsta. Arbetsgruppen kan öppna dem igen.')).toBeTruthy();
    expect(backend.callsOf('signOff')).toEqual([[annualRound.id, social, 'signOff']]);
    expect(screen.queryByRole('button', { name: 'Skicka svar' })).toBeNull();
    for (const select of screen.getAllByRole<HTMLSelectElement>('combobox', { name: 'Status' }))
      expect(select.disabled).toBe(true);
  });

  it('shows the API’s refusal, naming what is missing', async () => {
    const backend = new FakeBackend(allAnswered(), departmentMe);
    backend.failNext('signOff', {
      reason: 'conflict',
      message: 'Alla aktiviteter behöver ett svar innan förvaltningen kan klarmarkera.',
    });
    renderTab(backend, { hash });
    await userEvent.click(await screen.findByRole('button', { name: 'Klarmarkera' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Alla aktiviteter behöver');
  });
});

describe('sign-off in Uppföljning', () => {
  const hash = '#/uppfoljning';

  it('shows Ej påbörjad, Pågår and Klar per department, and reopens a signed-off one', async () => {
    const backend = new FakeBackend(allAnswered({ signOffs: [signedOff] }), workingGroupMe);
    renderTab(backend, { hash });
    const table = await screen.findByRole('table', { name: 'Förvaltningar i Årsuppföljning 2023' });
    const rowOf = (name: RegExp) =>
      within(table)
        .getAllByRole('row')
        .find((r) => name.test(r.textContent ?? ''))!;
    expect(within(rowOf(/Social- och omsorg/)).getByText('Klar')).toBeTruthy();
    expect(within(rowOf(/Utbildningsförvaltningen/)).getByText('Ej påbörjad')).toBeTruthy();
    await userEvent.click(
      within(table).getByRole('button', {
        name: 'Öppna Social- och omsorgsförvaltningen igen',
      }),
    );
    expect((await screen.findByRole('status')).textContent).toContain(
      'Social- och omsorgsförvaltningen är öppnad igen',
    );
    expect(within(rowOf(/Social- och omsorg/)).getByText('Pågår')).toBeTruthy();
    expect(backend.callsOf('signOff')).toEqual([[annualRound.id, social, 'reopen']]);
  });
});
