import { performance } from 'node:perf_hooks';
import { pageOfActivity } from '../../../src/bot/follow-up-cards.js';
import type { GatewayOptions } from '../../../src/graph/client/gateway.js';
import { sleep } from '../../../src/graph/client/limiter.js';
import { PlanDataSchema, type FollowUpStatus } from '../../../src/domain/model.js';
import { seedPlan } from '../../../src/domain/seed/seed-plan.js';
import { botWorld, cardText, openRound, type BotWorld } from './bot-world.js';
import { refreshed, submit, type Card } from './card-clicks.js';
import { channelMessage, type ChannelPlace, type Person } from './teams-activities.js';

/**
 * Waves of card answers sent at once (issue 16): every department's card posted for the open
 * round (8 departments, 14 activities; the social department's card has three pages), then
 * answers from the departments' members fired together, some activities answered by both members
 * of the team at the same moment, each from a card refreshed just before the wave. After a wave
 * everything is checked through Graph: what each person was told against what is stored.
 */

type Department = {
  readonly id: string;
  readonly place: ChannelPlace;
  readonly members: readonly Person[];
  readonly posted: Card;
  /** The department's activities in the round with the card page each is on. */
  readonly activities: readonly { readonly id: string; readonly page: number }[];
};

export type WaveWorld = { readonly w: BotWorld; readonly departments: readonly Department[] };

export type WaveAnswer = {
  readonly who: Person;
  readonly department: Department;
  readonly activityId: string;
  readonly page: number;
  readonly status: FollowUpStatus;
  readonly comment: string;
};

export type WaveFaults = { readonly latencyMs: number; readonly throttleRate: number };

export type WaveResult = {
  readonly times: readonly number[];
  readonly saved: number;
  readonly stale: number;
  /** Refused because SharePoint was too busy to store it within the time budget. */
  readonly busy: number;
  /** Stale refusals although no other answer to that activity was stored in the wave. */
  readonly falseConflicts: number;
  /** Answers told "saved" that are not stored, or that another answer of the wave overwrote. */
  readonly lostUpdates: number;
  /** Answers refused but stored all the same. */
  readonly refusedButStored: number;
  /** Activities whose derived LatestStatus does not show their stored answer. */
  readonly derivedMismatches: number;
  /** Invokes not answered 200, or answered with something else than the outcomes above. */
  readonly errors: number;
};

const statuses: readonly FollowUpStatus[] = ['onTrack', 'delayed', 'done', 'notStarted'];

/** Every activity of the seed in Årsuppföljning 2026, each department's channel linked. */
export async function waveWorld(options: { readonly realRetryAfter?: boolean } = {}) {
  const data = PlanDataSchema.parse({
    ...seedPlan,
    activities: seedPlan.activities.map((a) => ({ ...a, end: '2026-12-31' })),
    rounds: [openRound],
    followUps: [],
  });
  const gateway: GatewayOptions | undefined = options.realRetryAfter ? { sleep } : undefined;
  const w = await botWorld({ data, ...(gateway ? { gateway } : {}) });
  const seed = w.emulator.emulator.seed;
  const users = new Map(seed.users.map((u) => [u.id, { id: u.id, name: u.displayName }]));
  const departments: Department[] = [];
  for (const department of seedPlan.departments) {
    const team = seed.teams.find((t) => t.displayName === department.name);
    const view = await w.useCases.showDepartmentRound(openRound.id, department.id);
    if (!team || !view.ok || view.value.items.length === 0) continue;
    const members = team.members.flatMap((m) => users.get(m.userId) ?? []);
    const channel = team.channels[0]!;
    const place = { ...w.place(), channelId: channel.id, teamThreadId: channel.id };
    const posted = await postIn(w, place, members[0]!);
    const activities = view.value.items.map((item) => ({
      id: item.activity.id,
      page: pageOfActivity(view.value, item.activity.id),
    }));
    departments.push({ id: department.id, place, members, posted, activities });
  }
  return { w, departments } satisfies WaveWorld;
}

let messageCounter = 1_700_000_900_000;

async function postIn(w: BotWorld, place: ChannelPlace, who: Person): Promise<Card> {
  const before = w.connector.calls.length;
  await w.post(channelMessage(place, who, 'kort'));
  const call = w.connector.calls.slice(before).find((c) => c.method === 'POST');
  const card = (call?.body.attachments as { content: unknown }[] | undefined)?.[0]?.content;
  if (!card) throw new Error(`no card posted in ${place.channelId}`);
  return { card, messageId: String(messageCounter++) };
}

/**
 * `size` answers for wave `n`: activities taken in turn across departments; the first `pairs` of
 * them answered by two members of the team at once, the rest by one.
 */
export function planWave(world: WaveWorld, n: number, size = 20, pairs = 6): WaveAnswer[] {
  const all = world.departments.flatMap((department) =>
    department.activities.map((activity) => ({ department, activity })),
  );
  const answers: WaveAnswer[] = [];
  for (let i = 0; answers.length < size; i++) {
    const { department, activity } = all[(n * 5 + i) % all.length]!;
    const twice = i < pairs && department.members.length > 1;
    const who = twice ? department.members.slice(0, 2) : [department.members[(n + i) % 2]!];
    for (const [k, person] of who.entries()) {
      if (answers.length >= size) break;
      answers.push({
        who: person ?? department.members[0]!,
        department,
        activityId: activity.id,
        page: activity.page,
        status: statuses[(n + i + k) % statuses.length]!,
        comment: `Våg ${n}, ${person?.name ?? ''}: läget för ${activity.id}.`,
      });
    }
  }
  return answers;
}

type Told = 'saved' | 'stale' | 'busy' | 'error';

function toldOf(status: number, body: { type?: string; value?: unknown }): Told {
  if (status !== 200) return 'error';
  const text = typeof body.value === 'string' ? body.value : cardText(body.value);
  if (text.includes('Tack! Svaren är sparade.')) return 'saved';
  if (text.includes('Någon hann svara')) return 'stale';
  if (text.includes('överbelastat')) return 'busy';
  return 'error';
}

/** Sends the wave at once (each from a card refreshed just before) and checks it through Graph. */
export async function runWave(
  world: WaveWorld,
  answers: readonly WaveAnswer[],
  faults: WaveFaults,
): Promise<WaveResult> {
  const { w } = world;
  const cards = await Promise.all(
    answers.map((a) => refreshed(w, a.who, a.department.posted, a.page)),
  );
  await w.emulator.setFaults({ ...faults, retryAfterSeconds: 1 });
  const sent = await Promise.all(
    answers.map(async (a, i) => {
      const started = performance.now();
      const reply = await submit(w, a.who, cards[i]!, {
        [`status.${a.activityId}`]: a.status,
        [`comment.${a.activityId}`]: a.comment,
      });
      return { ms: performance.now() - started, told: toldOf(reply.status, reply.body) };
    }),
  );
  await w.emulator.resetFaults();
  await w.store.settled();
  return check(world, answers, sent);
}

async function check(
  world: WaveWorld,
  answers: readonly WaveAnswer[],
  sent: readonly { readonly ms: number; readonly told: Told }[],
): Promise<WaveResult> {
  const { w } = world;
  const count = (told: Told) => sent.filter((s) => s.told === told).length;
  const savedBy = new Map<string, WaveAnswer[]>();
  answers.forEach((a, i) => {
    if (sent[i]!.told !== 'saved') return;
    savedBy.set(a.activityId, [...(savedBy.get(a.activityId) ?? []), a]);
  });
  let falseConflicts = 0;
  let lostUpdates = 0;
  let refusedButStored = 0;
  for (const [i, a] of answers.entries()) {
    const history = await w.store.followUpHistory(openRound.id, a.activityId);
    const comments = history.ok ? history.value.map((f) => f.comment) : [];
    const told = sent[i]!.told;
    if (told === 'stale' && (savedBy.get(a.activityId) ?? []).length === 0) falseConflicts += 1;
    if (told === 'saved' && !comments.includes(a.comment)) lostUpdates += 1;
    if (told !== 'saved' && comments.includes(a.comment)) refusedButStored += 1;
  }
  for (const saved of savedBy.values()) lostUpdates += Math.max(0, saved.length - 1);
  return {
    times: sent.map((s) => s.ms),
    saved: count('saved'),
    stale: count('stale'),
    busy: count('busy'),
    falseConflicts,
    lostUpdates,
    refusedButStored,
    derivedMismatches: await derivedMismatches(w),
    errors: count('error'),
  };
}

/** Activities whose LatestStatus column does not show the stored answer of the round. */
async function derivedMismatches(w: BotWorld): Promise<number> {
  const read = async (list: string) => {
    const url = `/sites/${w.site.siteId}/lists/${list}/items?$expand=fields&$top=500`;
    const answer = await w.emulator.graph.send({ method: 'GET', url });
    if (!answer.ok) throw new Error(answer.message);
    return (answer.body as { value: { fields: Record<string, unknown> }[] }).value;
  };
  const followUps = await read(w.site.lists.FollowUps ?? 'FollowUps');
  const activities = await read(w.site.lists.Activities ?? 'Activities');
  const status = new Map(activities.map((a) => [a.fields.Key, a.fields.LatestStatus]));
  return followUps.filter((f) => {
    const activityId = String(f.fields.Key).split('|')[1];
    return status.get(activityId) !== f.fields.Status;
  }).length;
}
