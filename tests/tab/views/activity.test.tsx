// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { departmentMe, FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { followUp, snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/Activity/Activity.js';

afterEach(cleanup);

function backendWithHistory(me = workingGroupMe) {
  const backend = new FakeBackend(snapshot(), me);
  backend.history = [
    followUp('A1.1'),
    followUp('A1.1', {
      status: 'notStarted',
      answeredAt: '2023-01-20T09:00:00+01:00',
      source: 'tab',
    }),
  ];
  return backend;
}

async function openEditor() {
  await userEvent.click(await screen.findByRole('button', { name: 'Redigera' }));
  return screen.getByRole('textbox', { name: /Titel/ });
}

describe('Activity', () => {
  it('shows details, co-responsible departments and the follow-up history', async () => {
    renderTab(backendWithHistory(), { hash: '#/aktivitet/A1.1' });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toMatch(
      /Samtalsmaterial.*\(exempel\)/,
    );
    expect(screen.getByText('Social- och omsorgsförvaltningen')).toBeTruthy();
    const history = await screen.findByRole('table', { name: 'Uppföljningar' });
    const rows = within(history).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]!.textContent).toContain('Anna Andersson');
    expect(rows[1]!.textContent).toContain('Kort i Teams');
    expect(rows[2]!.textContent).toContain('Ej påbörjad');
  });

  it('shows the history loading, empty and failed states', async () => {
    const backend = new FakeBackend(snapshot(), workingGroupMe);
    backend.failNext('activityHistory', {
      reason: 'unavailable',
      message: 'Tjänsten svarar inte.',
    });
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    expect(await screen.findByText(/Uppföljningarna kunde inte läsas/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Försök igen' }));
    expect(await screen.findByText('Inga uppföljningar ännu.')).toBeTruthy();
  });

  it('says so when the activity does not exist', async () => {
    renderTab(new FakeBackend(snapshot(), workingGroupMe), { hash: '#/aktivitet/okand' });
    expect(await screen.findByText('Aktiviteten finns inte.')).toBeTruthy();
  });

  it('lets only the working group edit', async () => {
    renderTab(backendWithHistory(departmentMe), { hash: '#/aktivitet/A1.1' });
    await screen.findByRole('table', { name: 'Uppföljningar' });
    expect(screen.queryByRole('button', { name: 'Redigera' })).toBeNull();
  });

  it('saves an edit and shows it', async () => {
    const backend = backendWithHistory();
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    const title = await openEditor();
    await userEvent.clear(title);
    await userEvent.click(title);
    await userEvent.paste('Nytt samtalsmaterial');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Nytt samtalsmaterial');
    expect(backend.callsOf('saveActivity')[0]![1]).toBe('v1');
  });

  it('refuses personal data beside the field and sends nothing', async () => {
    const backend = backendWithHistory();
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    await openEditor();
    const description = screen.getByRole('textbox', { name: 'Beskrivning' });
    await userEvent.clear(description);
    await userEvent.click(description);
    await userEvent.paste('Kontakta 19121212-1212 vid frågor');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(description.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/personnummer/i)).toBeTruthy();
    expect(backend.callsOf('saveActivity')).toHaveLength(0);
  });

  it('shows both versions on a conflict and saves mine only when asked', async () => {
    const backend = backendWithHistory();
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    const title = await openEditor();
    backend.changeActivity('A1.1', { title: 'Deras titel' });
    await userEvent.clear(title);
    await userEvent.click(title);
    await userEvent.paste('Min titel');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    const table = await screen.findByRole('table', { name: 'Någon annan har ändrat aktiviteten' });
    const row = within(table).getByRole('row', { name: /Titel/ });
    expect(row.textContent).toContain('Min titel');
    expect(row.textContent).toContain('Deras titel');
    expect(backend.snapshot.activities.find((a) => a.id === 'A1.1')!.title).toBe('Deras titel');
    await userEvent.click(screen.getByRole('button', { name: 'Spara min version' }));
    expect(await screen.findByText('Ändringarna är sparade.')).toBeTruthy();
    expect(backend.snapshot.activities.find((a) => a.id === 'A1.1')!.title).toBe('Min titel');
  });

  it('takes the stored version when the user chooses it', async () => {
    const backend = backendWithHistory();
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    const title = await openEditor();
    backend.changeActivity('A1.1', { title: 'Deras titel' });
    await userEvent.click(title);
    await userEvent.paste(' ändrad');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Använd sparad version' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Deras titel');
    expect(backend.callsOf('saveActivity')).toHaveLength(1);
  });
});
