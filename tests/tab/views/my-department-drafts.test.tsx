// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { departmentMe, FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { followUp, snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/MyDepartment/MyDepartment.js';

afterEach(cleanup);

const hash = '#/min-forvaltning?forvaltning=social-omsorg';

describe('MyDepartment, unchanged and unsent answers', () => {
  it('says that nothing changed when every shown status is already stored as it is', async () => {
    const answered = ['A1.2', 'A2.1', 'A2.2', 'A3.1', 'A4.1', 'A5.2'].map((id) => followUp(id));
    const backend = new FakeBackend(snapshot({ followUps: answered }), departmentMe);
    renderTab(backend, { hash });
    await userEvent.click(await screen.findByRole('button', { name: 'Skicka svar' }));
    expect((await screen.findByRole('status')).textContent).toContain(
      'Inget har ändrats sedan svaren sparades, så inget skickades.',
    );
    expect(screen.queryByText(/Välj en status/)).toBeNull();
    expect(backend.callsOf('submitAnswers')).toHaveLength(0);
  });

  it('still asks for a status when none is chosen', async () => {
    renderTab(new FakeBackend(snapshot({ followUps: [] }), departmentMe), { hash });
    await userEvent.click(await screen.findByRole('button', { name: 'Skicka svar' }));
    expect(await screen.findByText('Välj en status för minst en aktivitet.')).toBeTruthy();
  });

  it('keeps unsent answers when the department is switched, and says where they are', async () => {
    const twoDepartments = { ...departmentMe, departmentIds: ['social-omsorg', 'leanlink'] };
    renderTab(new FakeBackend(snapshot(), twoDepartments), { hash });
    const group = within(await screen.findByRole('group', { name: /Kommungemensam rutin/ }));
    await userEvent.type(group.getByRole('textbox', { name: /Kommentar/ }), ' Nytt möte i mars.');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Förvaltning' }),
      'leanlink',
    );
    expect(await screen.findByRole('group', { name: /Rutin för skyddat boende/ })).toBeTruthy();
    expect(
      screen.getByRole('option', { name: 'Social- och omsorgsförvaltningen (ej skickat)' }),
    ).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain(
      'Svar som inte är skickade finns kvar för: Social- och omsorgsförvaltningen.',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Förvaltning' }),
      'social-omsorg',
    );
    const back = within(await screen.findByRole('group', { name: /Kommungemensam rutin/ }));
    expect(back.getByRole<HTMLTextAreaElement>('textbox', { name: /Kommentar/ }).value).toBe(
      'Försenat av tjänstledighet. Nytt möte i mars.',
    );
  });

  it('is Svara för förvaltning for the working group, with only the teams it is in', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Svara för förvaltning' }),
    ).toBeTruthy();
    const departments = screen.getByRole('combobox', { name: 'Förvaltning' });
    expect(
      within(departments)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Social- och omsorgsförvaltningen']);
    const nav = screen.getByRole('navigation', { name: 'Huvudmeny' });
    expect(within(nav).getByRole('link', { name: 'Svara för förvaltning' })).toBeTruthy();
  });

  it('is not offered to a working group member in no department’s team', async () => {
    renderTab(new FakeBackend(snapshot(), { ...workingGroupMe, departmentIds: [] }));
    const nav = await screen.findByRole('navigation', { name: 'Huvudmeny' });
    expect(await within(nav).findByRole('link', { name: 'Uppföljning' })).toBeTruthy();
    expect(within(nav).queryByRole('link', { name: /förvaltning/ })).toBeNull();
  });

  it('is Min förvaltning for a department contact', async () => {
    renderTab(new FakeBackend(snapshot(), departmentMe), { hash });
    expect(await screen.findByRole('heading', { level: 1, name: 'Min förvaltning' })).toBeTruthy();
  });
});
