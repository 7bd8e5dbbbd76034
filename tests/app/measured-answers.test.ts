import { describe, expect, it } from 'vitest';
import type { Caller } from '../../src/app/authorization.js';
import type { AnswerEntryInput } from '../../src/app/use-cases/answer-rules.js';
import { annualRound, toFollowUpRound } from '../../src/domain/calendar/rounds.js';
import type { Activity, FollowUpRound } from '../../src/domain/model.js';
import { openRound, people, world, type World } from './support/world.js';

const department = 'social-omsorg';
const indicators: Activity['indicators'] = [
  {
    id: 'andel',
    name: 'Andel utbildad personal',
    unit: 'percent',
    better: 'higher',
    target: 80,
    targetYear: 2026,
  },
  { id: 'rutin', name: 'Rutin antagen', unit: 'yesNo', better: 'higher' },
];

/** The seeded plan with indicators and 100 tkr on A2.2. */
async function measuredWorld(rounds?: readonly FollowUpRound[]): Promise<World> {
  const w = world(rounds);
  const snapshot = await w.store.loadPlan();
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  const a = snapshot.value.activities.find((x) => x.id === 'A2.2')!;
  const { version, ...plain } = a;
  const saved = await w.store.saveActivity({ ...plain, indicators, allocatedTkr: 100 }, version);
  if (!saved.ok) throw new Error(saved.error.message);
  return w;
}

function answer(
  w: World,
  entries: AnswerEntryInput[],
  roundId = openRound.id,
  caller: Caller = people.cecilia,
) {
  return w.useCases.answerFollowUps({
    roundId,
    departmentId: department,
    entries,
    caller,
    source: 'tab',
    seen: { kind: 'versions' },
  });
}

async function history(w: World, activityId: string, roundId = openRound.id) {
  const found = await w.store.followUpHistory(roundId, activityId);
  if (!found.ok) throw new Error(found.error.message);
  return found.value;
}

const base = { activityId: 'A2.2', status: 'onTrack', comment: '', nextSteps: '' };

describe('answering with indicator values and funds used', () => {
  it('stores the values typed the Swedish way with the answer, in one read and one write', async () => {
    const w = await measuredWorld();
    const result = await answer(w, [
      { ...base, indicatorValues: { andel: '62,5', rutin: 'ja' }, fundsUsed: '1 250,5' },
    ]);
    expect(result.ok).toBe(true);
    expect((await history(w, 'A2.2')).at(-1)).toMatchObject({
      indicatorValues: { andel: 62.5, rutin: 1 },
      fundsUsedTkr: 1250.5,
    });
    expect([w.counted.loads, w.counted.records]).toEqual([1, 1]);
  });

  it('refuses values out of range, not numbers, and funds without an allocation; stores nothing', async () => {
    const w = await measuredWorld();
    const result = await answer(w, [
      { ...base, indicatorValues: { andel: '101', rutin: 'kanske' }, fundsUsed: '12 tkr' },
      { activityId: 'A4.1', status: 'done', comment: '', nextSteps: '', fundsUsed: '5' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.reason).toBe('invalid');
    expect(result.error.fields).toEqual({
      'A2.2.indicator.andel': 'Värdet ska vara mellan 0 och 100 procent.',
      'A2.2.indicator.rutin': 'Värdet: välj ja eller nej.',
      'A2.2.fundsUsed': 'Förbrukat belopp: skriv ett tal, t.ex. 12,5, utan enhet eller bokstäver.',
      'A4.1.fundsUsed': 'Aktiviteten har inga tilldelade utvecklingsmedel att redovisa.',
    });
    expect(await history(w, 'A2.2')).toEqual([]);
    expect(w.counted.records).toBe(0);
  });

  it('asks for a status when only values are given', async () => {
    const w = await measuredWorld();
    const result = await answer(w, [{ ...base, status: '', indicatorValues: { andel: '10' } }]);
    expect(!result.ok && result.error.fields).toEqual({ 'A2.2.status': 'Välj en status.' });
  });

  it('keeps values the entry does not name, and treats the same values again as no change', async () => {
    const w = await measuredWorld();
    await answer(w, [{ ...base, indicatorValues: { andel: '40', rutin: 'nej' } }]);
    const stored = (await history(w, 'A2.2')).at(-1)!;
    const snapshot = await w.store.loadPlan();
    const current = snapshot.ok
      ? snapshot.value.followUps.find((f) => f.activityId === 'A2.2')
      : undefined;
    const again = await answer(w, [
      { ...base, indicatorValues: { andel: '40,0' }, expectedVersion: current?.version },
    ]);
    expect(again.ok && again.value.written).toEqual([]);
    const changed = await answer(w, [
      { ...base, indicatorValues: { andel: '45' }, expectedVersion: current?.version },
    ]);
    expect(changed.ok).toBe(true);
    expect((await history(w, 'A2.2')).at(-1)?.indicatorValues).toEqual({ andel: 45, rutin: 0 });
    expect(stored.indicatorValues).toEqual({ andel: 40, rutin: 0 });
  });

  it('keeps each round its own values: a later round never overwrites an earlier one', async () => {
    const later = toFollowUpRound(annualRound(2024), openRound.planId, 'open');
    const w = await measuredWorld([openRound, later]);
    await answer(w, [{ ...base, indicatorValues: { andel: '40' }, fundsUsed: '30' }]);
    await answer(w, [{ ...base, indicatorValues: { andel: '70' } }], later.id);
    expect((await history(w, 'A2.2')).map((f) => f.indicatorValues)).toEqual([{ andel: 40 }]);
    expect((await history(w, 'A2.2', later.id)).at(-1)).toMatchObject({
      indicatorValues: { andel: 70 },
    });
    expect((await history(w, 'A2.2', later.id)).at(-1)?.fundsUsedTkr).toBeUndefined();
  });
});

describe('defining indicators and allocating funds', () => {
  async function edit(w: World, change: Partial<Activity>, caller: Caller = people.anna) {
    const snapshot = await w.store.loadPlan();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const { version, ...plain } = snapshot.value.activities.find((a) => a.id === 'A4.1')!;
    return w.useCases.editActivity({
      caller,
      activityId: 'A4.1',
      activity: { ...plain, ...change },
      expectedVersion: version,
    });
  }

  it('saves indicators and an allocation within the plan funds', async () => {
    const w = await measuredWorld();
    const saved = await edit(w, { indicators, allocatedTkr: 400 });
    expect(saved.ok && saved.value).toMatchObject({ allocatedTkr: 400, indicators });
  });

  it('refuses an allocation beyond the plan funds with what is left, and stores nothing', async () => {
    const w = await measuredWorld();
    const refused = await edit(w, { allocatedTkr: 400.5 });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        reason: 'invalid',
        fields: { allocatedTkr: 'Det finns 400 tkr kvar att fördela av planens 500 tkr.' },
      },
    });
    const snapshot = await w.store.loadPlan();
    expect(
      snapshot.ok && snapshot.value.activities.find((a) => a.id === 'A4.1')?.allocatedTkr,
    ).toBeUndefined();
  });

  it('refuses bad indicators field by field, personal data as such', async () => {
    const w = await measuredWorld();
    const refused = await edit(w, {
      indicators: [
        {
          id: 'x.y',
          name: 'Kontakt 19121212-1212',
          unit: 'percent',
          better: 'higher',
          target: 120,
        },
      ],
    });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.reason).toBe('personalData');
    expect(Object.keys(refused.error.fields ?? {}).sort()).toEqual([
      'indicators.0.id',
      'indicators.0.name',
      'indicators.0.target',
      'indicators.0.targetYear',
    ]);
  });

  it('refuses a department contact', async () => {
    const w = await measuredWorld();
    const refused = await edit(w, { allocatedTkr: 10 }, people.cecilia);
    expect(!refused.ok && refused.error.reason).toBe('forbidden');
  });
});

describe('ending an indicator', () => {
  const later = toFollowUpRound(annualRound(2024), openRound.planId, 'open');

  /** The working group's edit of A2.2's indicators. */
  async function editIndicators(w: World, change: Activity['indicators']) {
    const snapshot = await w.store.loadPlan();
    if (!snapshot.ok) throw new Error(snapshot.error.message);
    const { version, ...plain } = snapshot.value.activities.find((a) => a.id === 'A2.2')!;
    return w.useCases.editActivity({
      caller: people.anna,
      activityId: 'A2.2',
      activity: { ...plain, indicators: change },
      expectedVersion: version,
    });
  }

  const shownIndicators = async (w: World, roundId: string) => {
    const view = await w.useCases.showDepartmentRound(roundId, department);
    if (!view.ok) throw new Error(view.error.message);
    return view.value.items.find((i) => i.activity.id === 'A2.2')?.activity.indicators;
  };

  it('ends a saved indicator with a date and a reason: later rounds no longer ask for it', async () => {
    const w = await measuredWorld([openRound, later]);
    await answer(w, [{ ...base, indicatorValues: { andel: '40', rutin: 'ja' } }]);
    const rutin = { ...indicators[1]!, endedOn: '2024-06-30', endReason: '  Rutinen finns. ' };
    const ended = await editIndicators(w, [indicators[0]!, rutin]);
    expect(ended.ok && ended.value.indicators?.[1]).toEqual({
      ...rutin,
      endReason: 'Rutinen finns.',
    });
    // The round that opened before the end keeps it with its value; the later one asks only andel.
    expect((await shownIndicators(w, openRound.id))?.map((i) => i.id)).toEqual(['andel', 'rutin']);
    expect((await shownIndicators(w, later.id))?.map((i) => i.id)).toEqual(['andel']);
    expect((await history(w, 'A2.2')).at(-1)?.indicatorValues).toEqual({ andel: 40, rutin: 1 });
  });

  it('refuses a value for the ended indicator in a later round, and takes one in a round it is in', async () => {
    const w = await measuredWorld([openRound, later]);
    await editIndicators(w, [indicators[0]!, { ...indicators[1]!, endedOn: '2024-06-30' }]);
    const refused = await answer(w, [{ ...base, indicatorValues: { rutin: 'ja' } }], later.id);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        reason: 'invalid',
        fields: {
          'A2.2.indicator.rutin':
            'Indikatorn följs inte upp i den här omgången (den kan ha avslutats). Inget sparades.',
        },
      },
    });
    expect(await history(w, 'A2.2', later.id)).toEqual([]);
    const taken = await answer(w, [{ ...base, indicatorValues: { andel: '50', rutin: 'nej' } }]);
    expect(taken.ok).toBe(true);
    expect((await history(w, 'A2.2')).at(-1)?.indicatorValues).toEqual({ andel: 50, rutin: 0 });
  });

  it('refuses removing a saved indicator and stores nothing', async () => {
    const w = await measuredWorld();
    const removed = await editIndicators(w, [indicators[0]!]);
    expect(removed).toMatchObject({
      ok: false,
      error: {
        reason: 'invalid',
        fields: {
          indicators:
            'En sparad indikator tas inte bort (dess värden finns i svaren): avsluta ”Rutin antagen” med ett datum i stället.',
        },
      },
    });
    const snapshot = await w.store.loadPlan();
    const stored = snapshot.ok && snapshot.value.activities.find((a) => a.id === 'A2.2');
    expect(stored && stored.indicators).toEqual(indicators);
  });
});
