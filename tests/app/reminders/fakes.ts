import {
  annualRound,
  toFollowUpRound,
  type CalendarRound,
} from '../../../src/domain/calendar/rounds.js';
import type { FollowUpRound, PlanData } from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { InMemoryChannelDirectory } from '../../../src/app/in-memory/channel-directory.js';
import { InMemoryPlanStore } from '../../../src/app/in-memory/plan-store.js';
import { InMemoryReminderStore } from '../../../src/app/in-memory/reminder-store.js';
import type { ChannelLink, ChannelPoster, MessageRef, PostFinder } from '../../../src/app/ports.js';
import { fail, ok, type Result } from '../../../src/app/result.js';
import type { ReminderCards } from '../../../src/app/reminders/reminder-cards.js';
import type { RunTimer } from '../../../src/app/reminders/run-settings.js';
import type { RunRemindersDeps } from '../../../src/app/use-cases/run-reminders.js';

/** Fakes for the reminder run: a recording poster, virtual time, cards that name their key. */

export type Post = {
  readonly channel: ChannelLink;
  readonly key: string;
  readonly card: { readonly kind: string; readonly stage: string; readonly departmentId?: string };
  readonly at: number;
  readonly ref: MessageRef;
};

type PostError = 'throttled' | 'notFound' | 'unavailable';
export type PostBehaviour = (
  key: string,
  channel: ChannelLink,
  attempt: number,
) => { readonly fail: PostError; readonly retryAfterSeconds?: number } | undefined;

/** Records every post that "went out"; behaviour can refuse some, like the Bot Connector. */
export class RecordingPoster implements ChannelPoster, PostFinder {
  readonly posts: Post[] = [];
  readonly refused: { key: string; reason: PostError; at: number }[] = [];
  private readonly attempts = new Map<string, number>();
  behaviour: PostBehaviour = () => undefined;
  /** Each channel's roster, as the Bot Connector would give it (by channel id). */
  rosters: Readonly<Record<string, readonly string[]>> = {};

  constructor(private readonly timer: RunTimer) {}

  memberIds(channel: Pick<ChannelLink, 'channelId'>): Promise<readonly string[]> {
    return Promise.resolve(this.rosters[channel.channelId] ?? []);
  }

  post(channel: ChannelLink, card: object, key: string): Promise<Result<MessageRef, PostError>> {
    const attempt = (this.attempts.get(key) ?? 0) + 1;
    this.attempts.set(key, attempt);
    const at = this.timer.now().getTime();
    const refusal = this.behaviour(key, channel, attempt);
    if (refusal) {
      this.refused.push({ key, reason: refusal.fail, at });
      const extra =
        refusal.retryAfterSeconds === undefined
          ? {}
          : { retryAfterSeconds: refusal.retryAfterSeconds };
      return Promise.resolve(fail(refusal.fail, `Connector: ${refusal.fail}`, extra));
    }
    const ref = {
      conversationId: `${channel.channelId};messageid=${this.posts.length + 1}`,
      messageId: String(this.posts.length + 1),
    };
    this.posts.push({ channel, key, card: card as Post['card'], at, ref });
    return Promise.resolve(ok(ref));
  }

  update(): Promise<Result<void, PostError>> {
    return Promise.resolve(ok(undefined));
  }

  findPost(
    channel: ChannelLink,
    key: string,
    since: Date,
  ): Promise<Result<MessageRef | null, PostError>> {
    const found = this.posts.find(
      (p) =>
        p.key === key &&
        p.channel.channelId === channel.channelId &&
        p.at >= since.getTime() - 60_000,
    );
    return Promise.resolve(ok(found?.ref ?? null));
  }

  countByKey(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const p of this.posts) counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
    return counts;
  }
}

/**
 * Virtual wall-clock time: sleepers wake in order of their wake time, and time only moves when
 * every task is waiting. `drive` runs a promise to completion under it.
 */
export class VirtualTimer implements RunTimer {
  private ms: number;
  private sleepers: { wakeAt: number; wake: () => void }[] = [];

  constructor(start: Date) {
    this.ms = start.getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => this.sleepers.push({ wakeAt: this.ms + Math.max(0, ms), wake }));
  }

  async drive<T>(work: Promise<T>): Promise<T> {
    let settled = false;
    const done = work.finally(() => {
      settled = true;
    });
    while (!settled) {
      await new Promise((resolve) => setImmediate(resolve));
      if (settled || this.sleepers.length === 0) continue;
      this.sleepers.sort((a, b) => a.wakeAt - b.wakeAt);
      const next = this.sleepers.shift()!;
      this.ms = Math.max(this.ms, next.wakeAt);
      next.wake();
    }
    return done;
  }
}

export const fakeCards: ReminderCards = {
  reminder: (r) => ({
    kind: 'reminder',
    stage: r.stage,
    departmentId: r.department.id,
    round: r.round.id,
    memberIds: r.memberIds ?? [],
  }),
  summary: (r) => ({
    kind: 'summary',
    stage: r.stage,
    missing: r.missing.map((m) => m.department.id),
    unreachable: r.unreachable.map((d) => d.id),
  }),
};

export function channelFor(target: string): ChannelLink {
  return {
    target,
    teamId: `team-${target}`,
    channelId: `19:${target}@thread.tacv2`,
    tenantId: 'tenant',
    serviceUrl: 'https://smba.example/emea/',
  };
}

export type World = {
  readonly plans: InMemoryPlanStore;
  readonly reminders: InMemoryReminderStore;
  readonly channels: InMemoryChannelDirectory;
  readonly timer: VirtualTimer;
  readonly poster: RecordingPoster;
  readonly round: FollowUpRound;
  deps(extra?: Partial<RunRemindersDeps>): RunRemindersDeps;
};

export type WorldOptions = {
  readonly data?: PlanData;
  readonly calendarRound?: CalendarRound;
  /** Departments without a channel link. */
  readonly unlinked?: readonly string[];
  readonly workingGroupLinked?: boolean;
  readonly wallStart?: Date;
};

/** The seeded plan with Årsuppföljning 2026 open, every department linked unless told. */
export function world(options: WorldOptions = {}): World {
  const data = options.data ?? seedPlan;
  const round = toFollowUpRound(options.calendarRound ?? annualRound(2026), data.plan.id, 'open');
  const unlinked = new Set(options.unlinked ?? []);
  const links = data.departments.filter((d) => !unlinked.has(d.id)).map((d) => channelFor(d.id));
  if (options.workingGroupLinked ?? true) links.push(channelFor('workingGroup'));
  const channels = new InMemoryChannelDirectory(links);
  const plans = new InMemoryPlanStore({ ...data, rounds: [...data.rounds, round] }, { channels });
  const reminders = new InMemoryReminderStore();
  const timer = new VirtualTimer(options.wallStart ?? new Date('2027-03-01T07:00:00Z'));
  const poster = new RecordingPoster(timer);
  let attempt = 0;
  return {
    plans,
    reminders,
    channels,
    timer,
    poster,
    round,
    deps: (extra = {}) => ({
      plans,
      reminders,
      poster,
      cards: fakeCards,
      timer,
      newAttemptId: () => `attempt-${++attempt}`,
      settings: { threadIntervalMs: 2000, postsPerSecond: 5 },
      ...extra,
    }),
  };
}
