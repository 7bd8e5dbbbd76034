import { afterEach, describe, expect, it } from 'vitest';
import type {
  ChannelDirectory,
  FollowUpConflict,
  PlanStore,
  RecordFollowUpsInput,
  ReminderStore,
} from '../../../src/app/ports.js';
import type { PlanData } from '../../../src/domain/model.js';
import { activity, contractData } from '../fixtures/plan-data.js';

type StoresUnderTest = {
  readonly store: PlanStore;
  readonly reminders: ReminderStore;
  readonly channels: ChannelDirectory;
  /** Two stores over the same data whose reads both finish before either writes. */
  racing(): readonly [PlanStore, PlanStore];
  close(): Promise<void>;
};

export type StoreFactory = (data: PlanData) => Promise<StoresUnderTest>;

const at = new Date('2027-02-03T09:30:00+01:00');

function answers(overrides: Partial<RecordFollowUpsInput> = {}): RecordFollowUpsInput {
  return {
    roundId: 'annual-2026',
    departmentId: 'social-omsorg',
    answers: [
      {
        activityId: 'A1.2',
        status: 'delayed',
        comment: 'Försenat av personalbrist.',
        nextSteps: 'Nytt försök i höst.',
      },
    ],
    responder: { id: 'u-9', name: 'Cecilia Carlsson' },
    source: 'card',
    at,
    ...overrides,
  };
}

/** An answer on A2.2 given on `expectedVersion` (and, for a store that can use it, `basis`). */
function answerOnA22(
  status: 'done' | 'delayed',
  comment: string,
  expectedVersion: string,
  basis?: RecordFollowUpsInput['basis'],
): RecordFollowUpsInput {
  return answers({
    ...(basis ? { basis } : {}),
    answers: [{ activityId: 'A2.2', status, comment, nextSteps: '', expectedVersion }],
  });
}

const withoutVersion = <T extends { version: string }>({ version: _v, ...rest }: T) => rest;

/**
 * The PlanStore, ReminderStore and ChannelDirectory contract: run against the in-memory fakes
 * and against the Graph adapters on the emulator, so both keep the same promises.
 */
export function storeContract(name: string, factory: StoreFactory): void {
  describe(`${name}: PlanStore contract`, () => {
    let current: StoresUnderTest | undefined;
    const open = async (data: PlanData = contractData()) => (current = await factory(data));
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    it('loads the plan, its context and the answers of the open and the latest closed round', async () => {
      const { store } = await open();
      const snapshot = await store.loadPlan();
      if (!snapshot.ok) throw new Error(snapshot.error.message);
      const data = contractData();
      expect(snapshot.value.plan).toEqual(data.plan);
      expect(snapshot.value.parentPlan).toEqual(data.parentPlan);
      const bare = <T extends { version?: string }>({ version: _v, ...rest }: T) => rest;
      expect(snapshot.value.goals.map(bare)).toEqual(expect.arrayContaining(data.goals));
      expect(snapshot.value.departments.map(bare)).toEqual(
        expect.arrayContaining(data.departments),
      );
      expect([...snapshot.value.areas].sort((a, b) => a.order - b.order).map(bare)).toEqual(
        data.areas,
      );
      expect(
        snapshot.value.activities.map(withoutVersion).sort((a, b) => a.id.localeCompare(b.id)),
      ).toEqual([...data.activities].sort((a, b) => a.id.localeCompare(b.id)));
      expect(snapshot.value.rounds.map(withoutVersion)).toEqual(
        expect.arrayContaining(data.rounds),
      );
      const keys = snapshot.value.followUps.map((f) => `${f.roundId}/${f.activityId}`).sort();
      expect(keys).toEqual(['annual-2025/A1.1', 'annual-2025/A2.2', 'annual-2026/A2.2']);
      expect(snapshot.value.followUps.map(withoutVersion)).toContainEqual(data.followUps[3]);
    });

    it('saves an activity with its current version and hands out a new one', async () => {
      const { store } = await open();
      const before = await store.loadPlan();
      if (!before.ok) throw new Error(before.error.message);
      const stored = before.value.activities.find((a) => a.id === 'A1.3')!;
      const edited = {
        ...withoutVersion(stored),
        title: 'Trygga offentliga miljöer (reviderad)',
        description: undefined,
      };
      const saved = await store.saveActivity(edited, stored.version);
      if (!saved.ok) throw new Error(saved.error.message);
      expect(saved.value.version).not.toBe(stored.version);
      const after = await store.loadPlan();
      const reread = after.ok ? after.value.activities.find((a) => a.id === 'A1.3') : undefined;
      expect(reread && withoutVersion(reread)).toEqual(withoutVersion(saved.value));
      expect(reread?.version).toBe(saved.value.version);
    });

    it('refuses a stale version with a conflict that carries what is stored, and overwrites nothing', async () => {
      const { store } = await open();
      const loaded = await store.loadPlan();
      if (!loaded.ok) throw new Error(loaded.error.message);
      const stored = loaded.value.activities.find((a) => a.id === 'A2.1')!;
      const first = await store.saveActivity(
        { ...withoutVersion(stored), title: 'Första ändringen' },
        stored.version,
      );
      expect(first.ok).toBe(true);
      const second = await store.saveActivity(
        { ...withoutVersion(stored), title: 'Andra ändringen' },
        stored.version,
      );
      expect(second).toMatchObject({ ok: false, error: { reason: 'conflict' } });
      const current = !second.ok
        ? (second.error.current as { title: string; version: string })
        : undefined;
      expect(current?.title).toBe('Första ändringen');
      expect(current?.version).toBe(first.ok ? first.value.version : '');
    });

    it('creates a new activity once; creating the same id again is a conflict', async () => {
      const { store } = await open();
      const fresh = { ...activity('A1.1'), id: 'A9.9', title: 'Ny aktivitet' };
      const created = await store.saveActivity(fresh, undefined);
      expect(created).toMatchObject({ ok: true, value: { id: 'A9.9' } });
      const again = await store.saveActivity({ ...fresh, title: 'Dubblett' }, undefined);
      expect(again).toMatchObject({
        ok: false,
        error: { reason: 'conflict', current: { title: 'Ny aktivitet' } },
      });
    });

    it('takes a retried save of the same content as success, not as a conflict', async () => {
      const { store } = await open();
      const fresh = { ...activity('A1.1'), id: 'A9.6', title: 'Samma två gånger' };
      const created = await store.saveActivity(fresh, undefined);
      if (!created.ok) throw new Error(created.error.message);
      expect(await store.saveActivity(fresh, undefined)).toEqual(created);
      const edited = { ...fresh, title: 'Ändrad' };
      const saved = await store.saveActivity(edited, created.value.version);
      expect(await store.saveActivity(edited, created.value.version)).toEqual(saved);
    });

    it('never writes an activity that fails the model or names a missing area', async () => {
      const { store } = await open();
      const broken = await store.saveActivity(
        { ...activity('A1.1'), id: 'A9.8', end: '2020-01-01' },
        undefined,
      );
      expect(broken).toMatchObject({ ok: false, error: { reason: 'invalid' } });
      const orphan = await store.saveActivity(
        { ...activity('A1.1'), id: 'A9.7', areaId: 'area-404' },
        undefined,
      );
      expect(orphan).toMatchObject({ ok: false, error: { reason: 'invalid' } });
      const loaded = await store.loadPlan();
      expect(loaded.ok && loaded.value.activities.map((a) => a.id)).not.toContain('A9.8');
      expect(loaded.ok && loaded.value.activities.map((a) => a.id)).not.toContain('A9.7');
    });

    it('saves many activities at once, each as saveActivity would, with one result per item', async () => {
      const { store } = await open();
      const loaded = await store.loadPlan();
      if (!loaded.ok) throw new Error(loaded.error.message);
      const find = (id: string) => loaded.value.activities.find((a) => a.id === id)!;
      const [a13, a21] = [find('A1.3'), find('A2.1')];
      const meanwhile = await store.saveActivity(
        { ...withoutVersion(a21), title: 'Först' },
        a21.version,
      );
      expect(meanwhile.ok).toBe(true);
      const saved = await store.saveActivities([
        {
          activity: { ...activity('A1.1'), id: 'A9.1', title: 'Importerad' },
          expectedVersion: undefined,
        },
        { activity: { ...withoutVersion(a13), title: 'Uppdaterad' }, expectedVersion: a13.version },
        { activity: { ...withoutVersion(a21), title: 'Sen' }, expectedVersion: a21.version },
        {
          activity: { ...activity('A1.1'), id: 'A9.2', end: '2020-01-01' },
          expectedVersion: undefined,
        },
        {
          activity: { ...activity('A1.1'), id: 'A9.3', areaId: 'area-404' },
          expectedVersion: undefined,
        },
        { activity: { ...activity('A1.1'), title: 'Dubblett' }, expectedVersion: undefined },
        // What is stored already (a write retried after its answer was lost): success.
        { activity: activity('A2.2'), expectedVersion: undefined },
      ]);
      if (!saved.ok) throw new Error(saved.error.message);
      expect(saved.value.map((r) => (r.ok ? 'ok' : r.error.reason))).toEqual([
        'ok',
        'ok',
        'conflict',
        'invalid',
        'invalid',
        'conflict',
        'ok',
      ]);
      const stale = saved.value[2]!;
      expect(!stale.ok && (stale.error.current as { title?: string } | undefined)?.title).toBe(
        'Först',
      );
      const after = await store.loadPlan();
      if (!after.ok) throw new Error(after.error.message);
      const titles = new Map(after.value.activities.map((a) => [a.id, a.title]));
      expect([titles.get('A9.1'), titles.get('A1.3'), titles.get('A2.1')]).toEqual([
        'Importerad',
        'Uppdaterad',
        'Först',
      ]);
      expect(titles.get('A1.1')).toBe(activity('A1.1').title);
      expect([titles.has('A9.2'), titles.has('A9.3')]).toEqual([false, false]);
      const first = saved.value[0]!;
      expect(first.ok && after.value.activities.find((a) => a.id === 'A9.1')?.version).toBe(
        first.ok ? first.value.version : '',
      );
    });

    it('saves rounds with versions like activities', async () => {
      const { store } = await open();
      const loaded = await store.loadPlan();
      if (!loaded.ok) throw new Error(loaded.error.message);
      const planned = loaded.value.rounds.find((r) => r.id === 'termOfOffice-2027')!;
      const opened = await store.saveRound(
        { ...withoutVersion(planned), state: 'open' },
        planned.version,
      );
      expect(opened).toMatchObject({ ok: true, value: { state: 'open' } });
      const stale = await store.saveRound(
        { ...withoutVersion(planned), title: 'Gammal' },
        planned.version,
      );
      expect(stale).toMatchObject({
        ok: false,
        error: { reason: 'conflict', current: { state: 'open' } },
      });
      const invalid = await store.saveRound(
        { ...withoutVersion(planned), id: 'bad', dueOn: '2020-01-01' },
        undefined,
      );
      expect(invalid).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    });

    it('records answers and shows them in the next load', async () => {
      const { store } = await open();
      const recorded = await store.recordFollowUps(answers());
      if (!recorded.ok) throw new Error(recorded.error.message);
      expect(recorded.value.map(withoutVersion)).toEqual([
        {
          roundId: 'annual-2026',
          activityId: 'A1.2',
          departmentId: 'social-omsorg',
          status: 'delayed',
          comment: 'Försenat av personalbrist.',
          nextSteps: 'Nytt försök i höst.',
          answeredBy: { id: 'u-9', name: 'Cecilia Carlsson' },
          answeredAt: '2027-02-03T08:30:00Z',
          source: 'card',
        },
      ]);
      const loaded = await store.loadPlan();
      expect(loaded.ok && loaded.value.followUps).toContainEqual(recorded.value[0]);
    });

    it('is idempotent: the same answers twice leave one answer and one version', async () => {
      const { store } = await open();
      const first = await store.recordFollowUps(answers());
      const second = await store.recordFollowUps(
        answers({ at: new Date('2027-02-03T09:31:00+01:00') }),
      );
      expect(second).toEqual(first);
      const history = await store.followUpHistory('annual-2026', 'A1.2');
      expect(history.ok && history.value.length).toBe(1);
    });

    it('records indicator values and funds used with the answer; other values are a new version', async () => {
      const { store } = await open();
      const measured = (indicatorValues: Record<string, number>, fundsUsedTkr: number) =>
        answers({
          answers: [
            {
              activityId: 'A1.2',
              status: 'onTrack',
              comment: '',
              nextSteps: '',
              indicatorValues,
              fundsUsedTkr,
            },
          ],
        });
      const first = await store.recordFollowUps(measured({ andel: 62.5, rutin: 1 }, 40.5));
      if (!first.ok) throw new Error(first.error.message);
      expect(first.value[0]).toMatchObject({
        indicatorValues: { andel: 62.5, rutin: 1 },
        fundsUsedTkr: 40.5,
      });
      const again = await store.recordFollowUps(measured({ rutin: 1, andel: 62.5 }, 40.5));
      expect(again).toEqual(first);
      const changed = await store.recordFollowUps({
        ...measured({ andel: 70, rutin: 1 }, 40.5),
        answers: [
          {
            activityId: 'A1.2',
            status: 'onTrack',
            comment: '',
            nextSteps: '',
            indicatorValues: { andel: 70, rutin: 1 },
            fundsUsedTkr: 40.5,
            expectedVersion: first.value[0]!.version,
          },
        ],
      });
      expect(changed.ok).toBe(true);
      const history = await store.followUpHistory('annual-2026', 'A1.2');
      expect(history.ok && history.value.map((f) => f.indicatorValues?.andel)).toEqual([62.5, 70]);
      const loaded = await store.loadPlan();
      const stored = loaded.ok
        ? loaded.value.followUps.find((f) => f.activityId === 'A1.2')
        : undefined;
      expect(stored).toMatchObject({
        indicatorValues: { andel: 70, rutin: 1 },
        fundsUsedTkr: 40.5,
      });
      // Every round's funds, the closed rounds' too (annual-2024's answers are not in followUps).
      const older = await store.recordFollowUps(
        answers({
          roundId: 'annual-2024',
          answers: [
            { activityId: 'A1.2', status: 'done', comment: '', nextSteps: '', fundsUsedTkr: 12 },
          ],
        }),
      );
      expect(older.ok).toBe(true);
      const reloaded = await store.loadPlan();
      const funds = reloaded.ok ? (reloaded.value.fundsUsed ?? []) : [];
      expect(funds.map((f) => `${f.roundId} ${f.activityId} ${f.fundsUsedTkr}`).sort()).toEqual([
        'annual-2024 A1.2 12',
        'annual-2026 A1.2 40.5',
      ]);
    });

    it('refuses an answer given on a stale version and keeps the stored one', async () => {
      const { store } = await open();
      const loaded = await store.loadPlan();
      if (!loaded.ok) throw new Error(loaded.error.message);
      const stored = loaded.value.followUps.find(
        (f) => f.activityId === 'A2.2' && f.roundId === 'annual-2026',
      )!;
      const newer = await store.recordFollowUps(answerOnA22('done', 'Klart.', stored.version));
      expect(newer.ok).toBe(true);
      const stale = await store.recordFollowUps(answerOnA22('delayed', 'Sent.', stored.version));
      expect(stale).toMatchObject({ ok: false, error: { reason: 'conflict' } });
      const conflict = !stale.ok ? (stale.error.current as FollowUpConflict) : undefined;
      expect(conflict?.conflicts.map((c) => c.comment)).toEqual(['Klart.']);
      const unseen = await store.recordFollowUps(
        answers({
          answers: [{ activityId: 'A2.2', status: 'delayed', comment: 'Sent.', nextSteps: '' }],
        }),
      );
      expect(unseen).toMatchObject({ ok: false, error: { reason: 'conflict' } });
      const history = await store.followUpHistory('annual-2026', 'A2.2');
      expect(history.ok && history.value.map((f) => f.comment)).toEqual([
        'Kommentar om A2.2 i annual-2026',
        'Klart.',
      ]);
    });

    it('records against the snapshot it loaded, and a snapshot gone stale still ends as a conflict', async () => {
      const { store } = await open();
      const basis = await store.loadPlan();
      if (!basis.ok) throw new Error(basis.error.message);
      const seen = basis.value.followUps.find(
        (f) => f.activityId === 'A2.2' && f.roundId === 'annual-2026',
      )!;
      const first = await store.recordFollowUps(answers({ basis: basis.value }));
      if (!first.ok) throw new Error(first.error.message);
      const newer = await store.recordFollowUps(answerOnA22('done', 'Klart.', seen.version));
      expect(newer.ok).toBe(true);
      // The same old snapshot: it still shows the answer before 'Klart.'.
      const stale = await store.recordFollowUps(
        answerOnA22('delayed', 'Sent.', seen.version, basis.value),
      );
      expect(stale).toMatchObject({ ok: false, error: { reason: 'conflict' } });
      const conflict = !stale.ok ? (stale.error.current as FollowUpConflict) : undefined;
      expect(conflict?.conflicts.map((c) => c.comment)).toEqual(['Klart.']);
      const a22 = await store.followUpHistory('annual-2026', 'A2.2');
      expect(a22.ok && a22.value.map((f) => f.comment)).toEqual([
        'Kommentar om A2.2 i annual-2026',
        'Klart.',
      ]);
    });

    it('keeps both answers when two first answers race, with no duplicate item', async () => {
      const stores = await open();
      const [one, two] = stores.racing();
      const [a, b] = await Promise.all([
        one.recordFollowUps(answers({ responder: { id: 'u-1', name: 'Anna Andersson' } })),
        two.recordFollowUps(
          answers({
            responder: { id: 'u-2', name: 'Bertil Berg' },
            answers: [
              { activityId: 'A1.2', status: 'onTrack', comment: 'Går enligt plan.', nextSteps: '' },
            ],
          }),
        ),
      ]);
      expect(a.ok && b.ok).toBe(true);
      const history = await stores.store.followUpHistory('annual-2026', 'A1.2');
      expect(history.ok && history.value.map((f) => f.answeredBy.name).sort()).toEqual([
        'Anna Andersson',
        'Bertil Berg',
      ]);
      const loaded = await stores.store.loadPlan();
      const stored = loaded.ok ? loaded.value.followUps.filter((f) => f.activityId === 'A1.2') : [];
      expect(stored).toHaveLength(1);
    });

    it('refuses the losing first answer when its answerer saw no answer, keeping the other', async () => {
      const stores = await open();
      const [one, two] = stores.racing();
      const first = (name: string, comment: string, id: string) =>
        answers({
          responder: { id, name },
          answers: [
            { activityId: 'A1.2', status: 'onTrack', comment, nextSteps: '', sawNoAnswer: true },
          ],
        });
      const [a, b] = await Promise.all([
        one.recordFollowUps(first('Anna Andersson', 'Annas svar.', 'u-1')),
        two.recordFollowUps(first('Bertil Berg', 'Bertils svar.', 'u-2')),
      ]);
      const won = [a, b].filter((r) => r.ok);
      const lost = [a, b].filter((r) => !r.ok);
      expect([won.length, lost.length]).toEqual([1, 1]);
      const stored = won[0]?.ok ? won[0].value[0] : undefined;
      expect(lost[0]).toMatchObject({ ok: false, error: { reason: 'conflict' } });
      const conflict = !lost[0]?.ok ? (lost[0]?.error.current as FollowUpConflict) : undefined;
      expect(conflict?.conflicts.map((c) => c.comment)).toEqual([stored?.comment]);
      const history = await stores.store.followUpHistory('annual-2026', 'A1.2');
      expect(history.ok && history.value.map((f) => f.comment)).toEqual([stored?.comment]);
    });

    it('writes a doubly delivered answer once even when both deliveries race', async () => {
      const stores = await open();
      const [one, two] = stores.racing();
      const [a, b] = await Promise.all([
        one.recordFollowUps(answers()),
        two.recordFollowUps(answers()),
      ]);
      expect(a.ok && b.ok && a.value[0]?.version === b.value[0]?.version).toBe(true);
      const history = await stores.store.followUpHistory('annual-2026', 'A1.2');
      expect(history.ok && history.value).toHaveLength(1);
    });

    it('never writes answers that fail the model, and names unknown activities', async () => {
      const { store } = await open();
      const long = await store.recordFollowUps(
        answers({
          answers: [
            { activityId: 'A1.2', status: 'done', comment: 'x'.repeat(1001), nextSteps: '' },
          ],
        }),
      );
      expect(long).toMatchObject({ ok: false, error: { reason: 'invalid' } });
      const unknown = await store.recordFollowUps(
        answers({ answers: [{ activityId: 'A0.0', status: 'done', comment: '', nextSteps: '' }] }),
      );
      expect(unknown).toMatchObject({ ok: false, error: { reason: 'notFound' } });
      const history = await store.followUpHistory('annual-2026', 'A1.2');
      expect(history).toEqual({ ok: true, value: [] });
    });
  });

  describe(`${name}: sign-offs`, () => {
    let current: StoresUnderTest | undefined;
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });

    it('creates a sign-off once, shows it in the next load and replaces it only on the version seen', async () => {
      const { store } = (current = await factory(contractData()));
      const signOff = {
        roundId: 'annual-2026',
        departmentId: 'social-omsorg',
        state: 'signedOff' as const,
        signedBy: { id: 'u-9', name: 'Cecilia Carlsson' },
        signedAt: '2027-02-03T08:30:00Z',
      };
      const created = await store.saveSignOff(signOff, undefined);
      if (!created.ok) throw new Error(created.error.message);
      expect(withoutVersion(created.value)).toEqual(signOff);
      const again = await store.saveSignOff(
        { ...signOff, signedAt: '2027-02-03T08:31:00Z' },
        undefined,
      );
      expect(again).toMatchObject({ ok: false, error: { reason: 'conflict', current: signOff } });
      const loaded = await store.loadPlan();
      expect(loaded.ok && loaded.value.signOffs).toEqual([created.value]);
      const reopened = {
        ...signOff,
        state: 'reopened' as const,
        reopenedBy: { id: 'u-1', name: 'Anna Andersson' },
        reopenedAt: '2027-02-04T08:30:00Z',
      };
      const replaced = await store.saveSignOff(reopened, created.value.version);
      if (!replaced.ok) throw new Error(replaced.error.message);
      expect(replaced.value.version).not.toBe(created.value.version);
      const stale = await store.saveSignOff(signOff, created.value.version);
      expect(stale).toMatchObject({ ok: false, error: { reason: 'conflict', current: reopened } });
      const after = await store.loadPlan();
      expect(after.ok && after.value.signOffs?.map(withoutVersion)).toEqual([reopened]);
      const invalid = await store.saveSignOff({ ...signOff, signedAt: 'igår' }, undefined);
      expect(invalid).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    });
  });

  describe(`${name}: ReminderStore contract`, () => {
    let current: StoresUnderTest | undefined;
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });
    const key = {
      roundId: 'annual-2026',
      departmentId: 'leanlink',
      stage: 'threeWorkingDays' as const,
    };
    const dueAt = new Date('2027-02-23T08:30:00+01:00');

    it('reserves a key once; the second reservation finds the first', async () => {
      const { reminders } = (current = await factory(contractData()));
      const first = await reminders.reserve(key, 'run-1', dueAt, at);
      expect(first).toMatchObject({
        ok: true,
        value: {
          created: true,
          reminder: {
            ...key,
            state: 'reserved',
            attemptId: 'run-1',
            dueAt: '2027-02-23T07:30:00Z',
          },
        },
      });
      const retried = await reminders.reserve(key, 'run-1', dueAt, at);
      expect(retried).toMatchObject({
        ok: true,
        value: { created: true, reminder: { attemptId: 'run-1' } },
      });
      const second = await reminders.reserve(key, 'run-2', dueAt, at);
      expect(second).toMatchObject({
        ok: true,
        value: { created: false, reminder: { attemptId: 'run-1' } },
      });
    });

    it('lets exactly one of two simultaneous runs create the reservation', async () => {
      const { reminders } = (current = await factory(contractData()));
      const results = await Promise.all(
        ['a', 'b', 'c'].map((run) => reminders.reserve(key, run, dueAt, at)),
      );
      const created = results.filter((r) => r.ok && r.value.created);
      expect(created).toHaveLength(1);
      const listed = await reminders.listForRound('annual-2026');
      expect(listed.ok && listed.value).toHaveLength(1);
    });

    it('records the message reference with the current version and refuses a stale one', async () => {
      const { reminders } = (current = await factory(contractData()));
      const reserved = await reminders.reserve(key, 'run-1', dueAt, at);
      if (!reserved.ok) throw new Error(reserved.error.message);
      const sent = {
        ...reserved.value.reminder,
        state: 'sent' as const,
        attempts: 1,
        messageId: 'm-1',
        conversationId: 'c-1',
        sentAt: '2027-02-23T08:31:00+01:00',
      };
      const updated = await reminders.update(sent);
      expect(updated).toMatchObject({
        ok: true,
        value: { messageId: 'm-1', sentAt: '2027-02-23T07:31:00Z' },
      });
      const stale = await reminders.update({ ...sent, lastError: 'sent twice?' });
      expect(stale).toMatchObject({
        ok: false,
        error: { reason: 'conflict', current: { messageId: 'm-1' } },
      });
      const listed = await reminders.listForRound('annual-2026');
      expect(listed.ok && listed.value.map(withoutVersion)).toEqual([
        withoutVersion(updated.ok ? updated.value : sent),
      ]);
      expect(await reminders.listForRound('annual-2025')).toEqual({ ok: true, value: [] });
    });
  });

  describe(`${name}: ChannelDirectory contract`, () => {
    let current: StoresUnderTest | undefined;
    afterEach(async () => {
      await current?.close();
      current = undefined;
    });
    const link = {
      target: 'leanlink',
      teamId: 'team-1',
      channelId: '19:abc@thread.tacv2',
      tenantId: 'tenant-1',
      serviceUrl: 'https://smba.trafficmanager.net/teams/',
      channelName: 'Leanlink',
    };

    it('links, relinks, lists and unlinks channels, and shows links in the plan', async () => {
      const { channels, store } = (current = await factory(contractData()));
      expect(await channels.linkChannel(link)).toEqual({ ok: true, value: link });
      const moved = {
        ...link,
        channelId: '19:def@thread.tacv2',
        conversationId: '19:def@thread.tacv2',
      };
      await channels.linkChannel(moved);
      expect(await channels.listChannelLinks()).toEqual({ ok: true, value: [moved] });
      const loaded = await store.loadPlan();
      expect(loaded.ok && loaded.value.channels).toEqual([moved]);
      expect(await channels.unlinkChannel('leanlink')).toEqual({ ok: true, value: undefined });
      expect(await channels.listChannelLinks()).toEqual({ ok: true, value: [] });
      expect(await channels.unlinkChannel('leanlink')).toMatchObject({
        ok: false,
        error: { reason: 'notFound' },
      });
    });

    it('refuses a link without the ids the bot needs', async () => {
      const { channels } = (current = await factory(contractData()));
      const result = await channels.linkChannel({ ...link, serviceUrl: '' });
      expect(result).toMatchObject({ ok: false, error: { reason: 'invalid' } });
    });
  });
}
