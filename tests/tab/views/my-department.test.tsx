// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { departmentMe, FakeBackend } from '../support/fake-backend.js';
import { annualRound, snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/MyDepartment/MyDepartment.js';
import '../../../src/tab/components/ReauthDialog/ReauthDialog.js';

afterEach(cleanup);

const hash = '#/min-forvaltning?forvaltning=social-omsorg';

async function activityGroup(name: RegExp) {
  return within(await screen.findByRole('group', { name }));
}

describe('MyDepartment', () => {
  it('says so when no round is open', async () => {
    renderTab(
      new FakeBackend(snapshot({ rounds: [{ ...annualRound, state: 'closed' }] }), departmentMe),
      { hash },
    );
    expect(await screen.findByText('Ingen uppföljning pågår just nu.')).toBeTruthy();
  });

  it('says so when the user is no department contact', async () => {
    renderTab(new FakeBackend(snapshot(), { ...departmentMe, departmentIds: [] }), { hash });
    expect(await screen.findByText('Du är inte kontaktperson för någon förvaltning.')).toBeTruthy();
  });

  it('opens, of two open rounds, the one with the department’s activities', async () => {
    const empty = {
      ...annualRound,
      id: 'R-extra',
      kind: 'extra' as const,
      title: 'Extra uppföljning 1990',
      periodStart: '1990-01-01',
      periodEnd: '1990-12-31',
      opensOn: '2024-01-20',
      version: 'r9',
    };
    renderTab(new FakeBackend(snapshot({ rounds: [annualRound, empty] }), departmentMe), { hash });
    expect(await activityGroup(/Kommungemensam rutin/)).toBeTruthy();
    const choice = screen.getByRole<HTMLSelectElement>('combobox', { name: 'Omgång' });
    expect(choice.selectedOptions[0]?.textContent).toBe(annualRound.title);
    expect([...choice.options].map((o) => o.textContent)).toEqual([
      'Extra uppföljning 1990',
      annualRound.title,
    ]);
  });

  it('shows the department’s activities with the stored answers', async () => {
    renderTab(new FakeBackend(snapshot(), departmentMe), { hash });
    const answered = await activityGroup(/Kommungemensam rutin/);
    expect(answered.getByRole<HTMLSelectElement>('combobox', { name: 'Status' }).value).toBe(
      'delayed',
    );
    expect(
      answered.getByText(/Besvarad av Anna Andersson, 20 januari 2024 kl\. 09\.15/),
    ).toBeTruthy();
    expect(screen.getByText(/Sista svarsdag 29 februari 2024/)).toBeTruthy();
  });

  it('refuses a personal identity number beside the field and sends nothing', async () => {
    const backend = new FakeBackend(snapshot(), departmentMe);
    renderTab(backend, { hash });
    const group = await activityGroup(/Kommungemensam rutin/);
    await userEvent.click(group.getByRole('textbox', { name: /Kommentar/ }));
    await userEvent.paste(' Eleven 19121212-1212 fick stöd.');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect(group.getByRole('textbox', { name: /Kommentar/ }).getAttribute('aria-invalid')).toBe(
      'true',
    );
    expect(group.getByText(/personnummer/i)).toBeTruthy();
    expect(backend.callsOf('submitAnswers')).toHaveLength(0);
  });

  it('sends changed answers with the version seen and confirms', async () => {
    const backend = new FakeBackend(snapshot(), departmentMe);
    renderTab(backend, { hash });
    const group = await activityGroup(/Kommungemensam rutin/);
    await userEvent.selectOptions(group.getByRole('combobox', { name: 'Status' }), 'done');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect((await screen.findByRole('status')).textContent).toContain('Tack! Svaret är sparat.');
    const [roundId, request] = backend.callsOf('submitAnswers')[0]! as [
      string,
      { answers: { expectedVersion?: string; status: string }[] },
    ];
    expect(roundId).toBe(annualRound.id);
    expect(request.answers).toEqual([
      expect.objectContaining({ status: 'done', expectedVersion: 'f1' }),
    ]);
  });

  it('shows who answered meanwhile and keeps my answer only when asked', async () => {
    const backend = new FakeBackend(snapshot(), departmentMe);
    renderTab(backend, { hash });
    const group = await activityGroup(/Kommungemensam rutin/);
    backend.snapshot = {
      ...backend.snapshot,
      followUps: backend.snapshot.followUps.map((f) =>
        f.activityId === 'A2.1'
          ? {
              ...f,
              version: 'f9',
              status: 'onTrack' as const,
              answeredBy: { id: 'u2', name: 'Bo Berg' },
            }
          : f,
      ),
    };
    await userEvent.selectOptions(group.getByRole('combobox', { name: 'Status' }), 'done');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect((await screen.findByText(/Bo Berg svarade på/)).textContent).toContain(
      'Pågår enligt plan',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Behåll mitt svar' }));
    expect((await screen.findByRole('status')).textContent).toContain('Tack! Svaret är sparat.');
    expect(backend.snapshot.followUps.find((f) => f.activityId === 'A2.1')!.status).toBe('done');
  });

  it('asks to sign in again when the token has expired, keeps the text and sends it', async () => {
    const backend = new FakeBackend(snapshot(), departmentMe);
    backend.failNext('submitAnswers', {
      reason: 'unauthenticated',
      message: 'Din inloggning har gått ut.',
    });
    const { auth } = renderTab(backend, { hash });
    const group = await activityGroup(/Kommungemensam rutin/);
    await userEvent.click(group.getByRole('textbox', { name: /Kommentar/ }));
    await userEvent.paste(' Nytt läge.');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    // The modal dialog hides the page from the accessibility tree while it animates in.
    const dialog = await screen.findByRole('alertdialog', { name: 'Logga in igen', hidden: true });
    const comment = group.getByRole<HTMLTextAreaElement>('textbox', {
      name: /Kommentar/,
      hidden: true,
    });
    expect(comment.value).toContain('Nytt läge.');
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Logga in igen', hidden: true }),
    );
    // Text query: the dialog's exit may still hide the page from the accessibility tree.
    expect(await screen.findByText(/Tack! Svaret är sparat\./)).toBeTruthy();
    expect(auth.reauthenticate).toHaveBeenCalledTimes(1);
    expect(backend.snapshot.followUps.find((f) => f.activityId === 'A2.1')!.comment).toContain(
      'Nytt läge.',
    );
  });

  it('shows a throttled submit as a Swedish error with a retry', async () => {
    const backend = new FakeBackend(snapshot(), departmentMe);
    backend.failNext('submitAnswers', {
      reason: 'throttled',
      message: 'Tjänsten är hårt belastad just nu.',
      retryAfterSeconds: 20,
    });
    renderTab(backend, { hash });
    const group = await activityGroup(/Kommungemensam rutin/);
    await userEvent.selectOptions(group.getByRole('combobox', { name: 'Status' }), 'done');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect(await screen.findByText(/Försök igen om 20 sekunder/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect((await screen.findByRole('status')).textContent).toContain('Tack! Svaret är sparat.');
  });
});
