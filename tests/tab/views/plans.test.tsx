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
    // The proposal keeps the title: the picker says which one it is, to work on it in Planera.
    expect(
      await screen.findByRole('option', { name: 'Drogplan (förslag till ny version)' }),
    ).toBeTruthy();
    // The page's one h1 (axe's page-has-heading-one).
    expect(screen.getByRole('heading', { level: 1, name: 'Planer' })).toBeTruthy();
  });

  it("edits a plan's fields with the version seen, shows field messages, and corrects the decision", async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    const planId = backend.snapshot.plan.id;
    const seen = backend.snapshot.plans.find((p) => p.id === planId)!;
    backend.snapshot = {
      ...backend.snapshot,
      plans: backend.snapshot.plans.map((p) =>
        p.id === planId
          ? { ...p, status: 'adopted', adoptedBy: 'KS', adoptedOn: '2022-06-15', decision: '§ 1' }
          : p,
      ),
    };
    renderTab(backend, { hash: '#/planer' });
    const item = (await screen.findByRole('heading', { name: seen.title })).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'Ändra' }));
    const form = within(item).getByRole('form', { name: `Ändra planen: ${seen.title}` });
    const title = within(form).getByRole('textbox', { name: /Titel/ });
    expect((title as HTMLInputElement).value).toBe(seen.title);
    expect(within(form).queryByRole('combobox', { name: 'Sort' })).toBeNull();
    const funds = within(form).getByRole('textbox', { name: /Utvecklingsmedel/ });
    await userEvent.clear(funds);
    await userEvent.type(funds, '50');
    backend.failNext('updatePlan', {
      reason: 'invalid',
      message: 'Planen sparades inte. Rätta det som är markerat och försök igen.',
      fields: { developmentFundsTkr: 'Planens aktiviteter har redan fått 120 tkr.' },
    });
    await userEvent.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));
    expect(
      await within(form).findByText('Planens aktiviteter har redan fått 120 tkr.'),
    ).toBeTruthy();
    // The message stands beside the edited plan's field, not in the form for a new plan.
    expect(screen.getAllByText('Planens aktiviteter har redan fått 120 tkr.')).toHaveLength(1);
    await userEvent.clear(title);
    await userEvent.type(title, 'Aktivitetsplan 2024');
    await userEvent.click(within(form).getByRole('button', { name: 'Spara ändringarna' }));
    expect(await screen.findByRole('heading', { name: 'Aktivitetsplan 2024' })).toBeTruthy();
    const [id, request] = backend.callsOf('updatePlan').at(-1)! as [
      string,
      Record<string, unknown>,
    ];
    expect(id).toBe(planId);
    expect(request).toMatchObject({
      title: 'Aktivitetsplan 2024',
      developmentFundsTkr: 50,
      expectedVersion: expect.any(String),
    });

    const again = (await screen.findByRole('heading', { name: 'Aktivitetsplan 2024' })).closest(
      'li',
    )!;
    await userEvent.click(within(again).getByRole('button', { name: 'Ändra' }));
    const correct = within(again).getByRole('form', {
      name: 'Rätta beslutet: Aktivitetsplan 2024',
    });
    const paragraph = within(correct).getByRole('textbox', { name: 'Paragraf eller diarienummer' });
    expect((paragraph as HTMLInputElement).value).toBe('§ 1');
    await userEvent.clear(paragraph);
    await userEvent.type(paragraph, 'KS 2022/123 § 4');
    await userEvent.click(within(correct).getByRole('button', { name: 'Rätta beslutet' }));
    expect(await screen.findByText(/KS 2022\/123 § 4/)).toBeTruthy();
    expect(backend.callsOf('correctDecision').at(-1)?.[0]).toBe(planId);
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
