import { performance } from 'node:perf_hooks';
import {
  actionData,
  botWorld,
  inputsOf,
  type BotWorld,
} from '../../tests/bot/support/bot-world.js';
import { cardInvoke, channelMessage } from '../../tests/bot/support/teams-activities.js';
import { percentile, type BenchSection, type BenchTable } from '../section.js';

/**
 * The card answer as Teams sends it: an Action.Execute invoke posted to the real /api/messages,
 * the Graph emulator behind the bot (latency 0 and 100 ms per request) and a recording Bot
 * Connector taking the card update. Measured: the invoke's wall time (what Teams waits for) and
 * the Graph requests per answer from the emulator's statistics (a $batch counts once).
 */

const latencies = [0, 100] as const;
const answers = 30;
const statuses = ['onTrack', 'delayed', 'done'] as const;

type Measured = {
  readonly times: number[];
  readonly requests: number[];
  readonly first: { readonly ms: number; readonly requests: number };
};

async function firstCard(w: BotWorld): Promise<unknown> {
  const before = w.connector.calls.length;
  await w.post(channelMessage(w.place(), w.people.cecilia, 'kort'));
  const call = w.connector.calls.slice(before).find((c) => c.method === 'POST');
  return (call?.body.attachments as { content: unknown }[])[0]!.content;
}

async function answerOnce(
  w: BotWorld,
  card: unknown,
  n: number,
): Promise<{ ms: number; card: unknown; requests: number }> {
  const data = {
    ...inputsOf(card),
    ...actionData(card, 'followUp.submit'),
    'status.A1.2': statuses[n % statuses.length]!,
    'comment.A1.2': `Lägesbeskrivning ${n}.`,
  };
  const invoke = cardInvoke(
    w.place(String(1_700_000_500_000 + n)),
    w.people.cecilia,
    'followUp.submit',
    data,
  );
  await w.emulator.resetStats();
  const started = performance.now();
  const answer = await w.post(invoke);
  const ms = performance.now() - started;
  const requests = (await w.emulator.stats()).total;
  if (answer.status !== 200 || answer.body.type !== 'application/vnd.microsoft.card.adaptive') {
    throw new Error(`answer ${n} failed: ${answer.status}`);
  }
  return { ms, card: answer.body.value, requests };
}

async function measure(latencyMs: number): Promise<Measured> {
  const w = await botWorld({ latencyMs });
  try {
    let card = await firstCard(w);
    const first = await answerOnce(w, card, 0);
    card = first.card;
    const times: number[] = [];
    const requests: number[] = [];
    for (let n = 1; n <= answers; n += 1) {
      const done = await answerOnce(w, card, n);
      times.push(done.ms);
      requests.push(done.requests);
      card = done.card;
    }
    return { times, requests, first: { ms: first.ms, requests: first.requests } };
  } finally {
    await w.close();
  }
}

export const botSection: BenchSection = {
  name: 'bot',
  async run(): Promise<readonly BenchTable[]> {
    const rows: (string | number)[][] = [];
    for (const latencyMs of latencies) {
      const m = await measure(latencyMs);
      const steady = [...new Set(m.requests)].sort().join(', ');
      rows.push([
        latencyMs,
        answers,
        Math.round(percentile(m.times, 50)),
        Math.round(percentile(m.times, 95)),
        steady,
        m.first.requests,
        Math.round(m.first.ms),
      ]);
    }
    return [
      {
        title: 'Bot: card answer (Action.Execute invoke → stored → card replaced for everyone)',
        columns: [
          'emulator latency (ms)',
          'answers',
          'invoke p50 (ms)',
          'invoke p95 (ms)',
          'Graph requests per answer',
          'first answer, cold caches: requests',
          'first answer (ms)',
        ],
        rows,
        notes: [
          'Target: p95 under 1,000 ms at 100 ms emulator latency; at most 2 sequential Graph round trips per answer.',
          'Per answer, 2 sequential round trips: loadPlan (one $batch) with the membership check beside it (cached 60 s),',
          'then recordFollowUps writes the answers and the derived columns in one $batch against that snapshot (no read first).',
          "The first answer of a process also reads the team's members, beside loadPlan (the card carries the team as a hint):",
          'one request more, no round trip more.',
        ],
      },
    ];
  },
};
