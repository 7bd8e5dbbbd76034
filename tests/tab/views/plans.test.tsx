// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/Plans/Plans.js';

afterEach(cleanup);

describe('the plan picker and Planer', () => {
  it('shows the chosen plan, puts another into the address and loads only that one', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    renderTab(backend, { hash: '#/oversikt' });
    const picker = await screen.findByRole('combobox', { name: 'Plan' });
    expect((picker as HTMLSelectElement).value).toBe('aktivitetsplan-hedersrelaterat-vald');
    await userEvent.selectOptions(picker, 'handlingsplan-vald-nara-relationer');
    await screen.findByRole('combobox', { name: 'Plan' });
    expect(window.location.hash).toContain('plan=handlingsplan-vald-nara-relationer');
    await expect
      .poll(() => backend.callsOf('loadPlan').at(-1))
      .toEqual(['handlingsplan-vald-nara-relationer']);
    window.location.hash = '#/rapport';
    await expect.poll(() => window.location.hash).toContain('plan=handlingsplan');
  });

  it('lets the working group create, adopt and revise a plan', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    renderTab(backend, { hash: '#/planer' });
    const create = await screen.findByRole('form', { name: 'Ny plan' });
    await userEvent.type(within(create).getByRole('textbox', { name: /Titel/ }), 'Drogplan');
    await userEvent.click(within(create).getByRole('button', { name: 'Skapa planen' }));
    expect(await screen.findByRole('heading', { name: 'Drogplan' })).toBeTruthy();
    const adopt = screen.getByRole('form', { name: 'Anta planen: Drogplan' });
    await userEvent.type(within(adopt).getByRole('textbox', { name: 'Nämnd' }), 'KF');
    const date = adopt.querySelector('input[type="date"]')!;
    await userEvent.type(date, '2027-03-20');
    await userEvent.click(within(adopt).getByRole('button', { name: 'Anta planen' }));
    expect(await screen.findByText(/Antagen 2027-03-20 av KF/)).toBeTruthy();
    expect(backend.callsOf('adoptPlan')[0]?.[0]).toMatch(/^plan-/);
    const revise = screen.getAllByRole('button', { name: 'Ny version' });
    await userEvent.click(revise.at(-1)!);
    expect(await screen.findByText(/Ny version av Drogplan/)).toBeTruthy();
    // The page's one h1 (axe's page-has-heading-one).
    expect(screen.getByRole('heading', { level: 1, name: 'Planer' })).toBeTruthy();
  });

  it('shows a refused adoption beside its adopt action, not as someone else’s change', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    renderTab(backend, { hash: '#/planer' });
    const create = await screen.findByRole('form', { name: 'Ny plan' });
    await userEvent.type(within(create).getByRole('textbox', { name: /Titel/ }), 'Drogplan');
    await userEvent.click(within(create).getByRole('button', { name: 'Skapa planen' }));
    const adopt = await screen.findByRole('form', { name: 'Anta planen: Drogplan' });
    await userEvent.type(within(adopt).getByRole('textbox', { name: 'Nämnd' }), 'KF');
    await userEvent.type(adopt.querySelector('input[type="date"]')!, '2027-03-20');
    const message =
      'Årsuppföljning 2026 pågår för planen som ersätts. Stäng omgången innan den nya versionen antas.';
    backend.failNext('adoptPlan', { reason: 'conflict', message, fields: { rounds: message } });
    await userEvent.click(within(adopt).getByRole('button', { name: 'Anta planen' }));
    expect((await within(adopt).findByRole('alert')).textContent).toBe(message);
    expect(screen.queryByText(/Ändrat av någon annan/)).toBeNull();
    // Sent again once allowed: adopted, the refusal gone.
    await userEvent.click(within(adopt).getByRole('button', { name: 'Anta planen' }));
    expect(await screen.findByText(/Antagen 2027-03-20 av KF/)).toBeTruthy();
    expect(screen.queryByText(message)).toBeNull();
  });
});
