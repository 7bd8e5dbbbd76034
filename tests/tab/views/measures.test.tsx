// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanSnapshot } from '../../../src/app/ports.js';
import type { Activity, Indicator } from '../../../src/domain/model.js';
import { departmentMe, FakeBackend, workingGroupMe } from '../support/fake-backend.js';
import { annualRound, followUp, snapshot } from '../support/fixture.js';
import { renderTab } from '../support/render-tab.js';
import '../../../src/tab/views/Activity/Activity.js';
import '../../../src/tab/views/MyDepartment/MyDepartment.js';
import '../../../src/tab/measures/OverviewMeasures.js';

afterEach(cleanup);

/** Puts text in a field as pasted (typing key by key is slow under jsdom). */
async function typeIn(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

const andel: Indicator = {
  id: 'andel',
  name: 'Andel utbildad personal',
  unit: 'percent',
  baseline: 20,
  baselineYear: 2022,
  target: 80,
  targetYear: 2026,
  better: 'higher',
};
const earlier = {
  ...annualRound,
  id: 'R-2022',
  title: 'Årsuppföljning 2022',
  periodStart: '2022-01-01',
  periodEnd: '2022-12-31',
  opensOn: '2023-01-09',
  dueOn: '2023-02-28',
  closesOn: '2023-03-31',
  state: 'closed' as const,
};

/** The seed with A2.1 (social department) measured: one indicator and 100 tkr. */
function measured(extra: Partial<Activity> = {}): PlanSnapshot {
  const base = snapshot({ rounds: [earlier, annualRound] });
  return {
    ...base,
    activities: base.activities.map((a) =>
      a.id === 'A2.1' ? { ...a, indicators: [andel], allocatedTkr: 100, ...extra } : a,
    ),
  };
}

describe('the activity page with indicators', () => {
  it('shows each indicator against its target, and its trend as a chart with a table', async () => {
    const backend = new FakeBackend(measured(), workingGroupMe);
    backend.history = [
      followUp('A2.1', { roundId: 'R-2022', indicatorValues: { andel: 45 }, fundsUsedTkr: 30 }),
      followUp('A2.1', { indicatorValues: { andel: 62.5 }, fundsUsedTkr: 40 }),
    ];
    renderTab(backend, { hash: '#/aktivitet/A2.1' });
    const section = within(
      await screen.findByRole('region', { name: 'Indikatorer och utvecklingsmedel' }),
    );
    expect(
      await section.findByText(
        'Utgångsvärde 20 % (2022) · Målvärde 80 % (2026) · Senaste värde 62,5 %: Målet inte nått',
      ),
    ).toBeTruthy();
    const chart = await section.findByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Andel utbildad personal: Årsuppföljning 2022 45 %; Årsuppföljning 2023 62,5 %; Målvärde 80 % (2026).',
    );
    const table = section.getByRole('table', { name: 'Utveckling för Andel utbildad personal' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'UppföljningAndel utbildad personal',
      'Årsuppföljning 202245 %',
      'Årsuppföljning 202362,5 %',
    ]);
    expect(section.getByText(/Tilldelat 100 tkr · Förbrukat 70 tkr · Kvar 30 tkr/)).toBeTruthy();
  });
});

describe('the activity editor’s indicators and funds', () => {
  it('refuses an allocation beyond the plan funds with what is left, and saves what fits', async () => {
    const backend = new FakeBackend(measured({ allocatedTkr: 380 }), workingGroupMe);
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Redigera' }));
    const allocated = screen.getByRole('textbox', { name: /Tilldelade utvecklingsmedel/ });
    await typeIn(allocated, '150');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await screen.findByText('Det finns 120 tkr kvar att fördela av planens 500 tkr.'),
    ).toBeTruthy();
    expect(backend.callsOf('saveActivity')).toHaveLength(0);
    await userEvent.clear(allocated);
    await typeIn(allocated, '100,5');
    await userEvent.click(screen.getByRole('button', { name: 'Lägg till indikator' }));
    const row = within(screen.getByRole('group', { name: 'Indikator 1' }));
    await userEvent.type(row.getByRole('textbox', { name: /Namn/ }), 'Antal utbildade');
    await userEvent.type(row.getByRole('textbox', { name: /^Målvärde/ }), '1 250');
    await userEvent.type(row.getByRole('textbox', { name: /År för målvärdet/ }), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Ändringarna är sparade.');
    const [saved] = backend.callsOf('saveActivity')[0]! as [Activity];
    expect(saved.allocatedTkr).toBe(100.5);
    expect(saved.indicators).toEqual([
      expect.objectContaining({
        name: 'Antal utbildade',
        unit: 'count',
        target: 1250,
        targetYear: 2026,
      }),
    ]);
  });

  it('shows an allocation refused for a race beside the field, and saves on the next try', async () => {
    const backend = new FakeBackend(measured(), workingGroupMe);
    const message =
      'Någon annan ändrade fördelningen av planens utvecklingsmedel samtidigt. Ingenting sparades, försök igen.';
    // The server wrote the activity back as it was: a new version, the same content.
    const restored = {
      ...backend.snapshot.activities.find((a) => a.id === 'A1.1')!,
      version: 'v-back',
    };
    backend.snapshot = {
      ...backend.snapshot,
      activities: backend.snapshot.activities.map((a) => (a.id === 'A1.1' ? restored : a)),
    };
    backend.failNext('saveActivity', {
      reason: 'conflict',
      message,
      fields: { allocatedTkr: message },
      current: restored,
    });
    renderTab(backend, { hash: '#/aktivitet/A1.1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Redigera' }));
    await typeIn(screen.getByRole('textbox', { name: /Tilldelade utvecklingsmedel/ }), '50');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText(message)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Ändringarna är sparade.');
    const calls = backend.callsOf('saveActivity') as [Activity, string][];
    expect(calls.map(([a, version]) => [a.allocatedTkr, version])).toEqual([
      [50, expect.any(String)],
      [50, 'v-back'],
    ]);
  });

  it('refuses a value that is not a number beside its field', async () => {
    const backend = new FakeBackend(measured(), workingGroupMe);
    renderTab(backend, { hash: '#/aktivitet/A2.1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Redigera' }));
    const row = within(screen.getByRole('group', { name: 'Indikator 1' }));
    const target = row.getByRole('textbox', { name: /^Målvärde/ });
    await userEvent.clear(target);
    await typeIn(target, '80 %');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(
      await row.findByText('Målvärdet: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.'),
    ).toBeTruthy();
    expect(backend.callsOf('saveActivity')).toHaveLength(0);
  });
});

describe('ending an indicator', () => {
  it('asks for the date before it saves, then saves the end with its reason', async () => {
    const backend = new FakeBackend(measured(), workingGroupMe);
    renderTab(backend, { hash: '#/aktivitet/A2.1' });
    await userEvent.click(await screen.findByRole('button', { name: 'Redigera' }));
    const row = within(screen.getByRole('group', { name: 'Indikator 1' }));
    expect(row.queryByRole('button', { name: /Ta bort/ })).toBeNull();
    await userEvent.click(row.getByRole('button', { name: 'Avsluta indikatorn' }));
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await row.findByText('Ange datumet då indikatorn avslutas.')).toBeTruthy();
    expect(backend.callsOf('saveActivity')).toHaveLength(0);
    await typeIn(row.getByRole('textbox', { name: /Avslutas den/ }), '2023-06-30');
    await typeIn(row.getByRole('textbox', { name: /Anledning/ }), 'Mäts inte längre.');
    await userEvent.click(screen.getByRole('button', { name: 'Spara' }));
    await screen.findByText('Ändringarna är sparade.');
    const [saved] = backend.callsOf('saveActivity')[0]! as [Activity];
    expect(saved.indicators).toEqual([
      { ...andel, endedOn: '2023-06-30', endReason: 'Mäts inte längre.' },
    ]);
  });

  it('leaves Min förvaltning of a later round; the activity page keeps its trend', async () => {
    const ended = { ...andel, endedOn: '2023-06-30' };
    const backend = new FakeBackend(measured({ indicators: [ended] }), departmentMe);
    backend.history = [followUp('A2.1', { roundId: 'R-2022', indicatorValues: { andel: 45 } })];
    renderTab(backend, { hash: '#/min-forvaltning?forvaltning=social-omsorg' });
    const group = within(await screen.findByRole('group', { name: /Kommungemensam rutin/ }));
    expect(group.queryByRole('textbox', { name: /Andel utbildad personal/ })).toBeNull();
    expect(group.getByRole('textbox', { name: /Förbrukade/ })).toBeTruthy();
    cleanup();
    // Ended after the round opened: the round still asks for it.
    const later = { ...andel, endedOn: annualRound.opensOn };
    renderTab(new FakeBackend(measured({ indicators: [later] }), departmentMe), {
      hash: '#/min-forvaltning?forvaltning=social-omsorg',
    });
    const still = within(await screen.findByRole('group', { name: /Kommungemensam rutin/ }));
    expect(still.getByRole('textbox', { name: /Andel utbildad personal/ })).toBeTruthy();
    cleanup();
    renderTab(backend, { hash: '#/aktivitet/A2.1' });
    expect(
      await screen.findByRole('heading', { name: 'Andel utbildad personal (avslutad 2023-06-30)' }),
    ).toBeTruthy();
    expect((await screen.findByRole('img')).getAttribute('aria-label')).toContain(
      'Årsuppföljning 2022 45 %',
    );
  });
});

describe('Min förvaltning with values', () => {
  const hash = '#/min-forvaltning?forvaltning=social-omsorg';

  it('sends the values as typed, and refuses what is not a number, sending nothing', async () => {
    const backend = new FakeBackend(measured(), departmentMe);
    renderTab(backend, { hash });
    const group = within(await screen.findByRole('group', { name: /Kommungemensam rutin/ }));
    const value = group.getByRole('textbox', { name: /Andel utbildad personal/ });
    await typeIn(value, 'många');
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    expect(
      await group.findByText('Värdet: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.'),
    ).toBeTruthy();
    expect(backend.callsOf('submitAnswers')).toHaveLength(0);
    await userEvent.clear(value);
    await typeIn(value, '12,5');
    await userEvent.type(group.getByRole('textbox', { name: /Förbrukade/ }), '150');
    expect(group.getByText(/Mer än tilldelat/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Skicka svar' }));
    await screen.findByText(/Tack!/);
    const [, request] = backend.callsOf('submitAnswers')[0]! as [
      string,
      { answers: { indicatorValues?: Record<string, string>; fundsUsed?: string }[] },
    ];
    expect(request.answers).toEqual([
      expect.objectContaining({ indicatorValues: { andel: '12,5' }, fundsUsed: '150' }),
    ]);
  });
});

describe('the overview’s funds and indicators', () => {
  it('shows allocated, used and remaining per plan and department, and latest values', async () => {
    const data = measured();
    const backend = new FakeBackend(
      {
        ...data,
        followUps: [followUp('A2.1', { indicatorValues: { andel: 85 }, fundsUsedTkr: 40 })],
      },
      workingGroupMe,
    );
    renderTab(backend);
    const funds = await screen.findByRole('table', { name: 'Utvecklingsmedel' });
    expect(
      within(funds)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'FörvaltningTilldelatFörbrukatKvar',
      'Planens medel100 tkr40 tkr60 tkr',
      'Social- och omsorgsförvaltningen100 tkr40 tkr60 tkr',
    ]);
    const indicators = screen.getByRole('table', { name: 'Indikatorer mot mål' });
    expect(within(indicators).getByText('85 % (Årsuppföljning 2023): Målet nått')).toBeTruthy();
  });

  it('counts every round of the plan in “used”, also rounds whose answers it did not read', async () => {
    const data = measured();
    const older = { ...earlier, id: 'R-2021', opensOn: '2022-01-10', periodEnd: '2021-12-31' };
    const backend = new FakeBackend(
      {
        ...data,
        rounds: [older, ...data.rounds],
        followUps: [followUp('A2.1', { fundsUsedTkr: 40 })],
        // The plan's read: every round's funds; the open round's answer (40) read in full wins.
        fundsUsed: [
          { roundId: 'R-2021', activityId: 'A2.1', fundsUsedTkr: 25 },
          { roundId: 'R-2022', activityId: 'A2.1', fundsUsedTkr: 30 },
          { roundId: annualRound.id, activityId: 'A2.1', fundsUsedTkr: 10 },
        ],
      },
      workingGroupMe,
    );
    renderTab(backend);
    const funds = await screen.findByRole('table', { name: 'Utvecklingsmedel' });
    expect(within(funds).getAllByRole('row')[1]!.textContent).toBe(
      'Planens medel100 tkr95 tkr5 tkr',
    );
  });
});
