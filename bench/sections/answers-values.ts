import { performance } from 'node:perf_hooks';
import { followUpCard } from '../../src/cards/follow-up-card.js';
import { cardByteLength } from '../../src/cards/size.js';
import { PlanDataSchema, type Indicator } from '../../src/domain/model.js';
import {
  actionData,
  botPlanData,
  botWorld,
  inputsOf,
  type BotWorld,
} from '../../tests/bot/support/bot-world.js';
import { cardInvoke, channelMessage } from '../../tests/bot/support/teams-activities.js';
import { worstCaseInput, worstCaseOptions } from '../../tests/cards/support/worst-case.js';
import { percentile, type BenchTable } from '../section.js';

/**
 * Answering on the card with indicator values and funds used (issue 14): A1.2 with five
 * indicators (every unit) and allocated funds, answered 30 times in a row with new values, as
 * Teams sends the invoke, the Graph emulator behind the bot at 0 and 100 ms per request. Graph
 * requests per answer come from the emulator's statistics (a `$batch` counts once); the card
 * sizes are the posted card of the seeded plan and the builder's worst cases with values.
 */

const latencies = [0, 100] as const;
const answers = 30;

const indicators: Indicator[] = [
  { id: 'andel', name: 'Andel utbildad personal', unit: 'percent', better: 'higher', target: 80 },
  { id: 'antal', name: 'Antal utbildningstillfällen', unit: 'count', better: 'higher' },
  { id: 'kostnad', name: 'Kostnad per deltagare', unit: 'kronor', better: 'lower' },
  { id: 'rutin', name: 'Rutin antagen', unit: 'yesNo', better: 'higher' },
  { id: 'larare', name: 'Antal lärare', unit: 'count', better: 'higher' },
];

function data() {
  const base = botPlanData();
  return PlanDataSchema.parse({
    ...base,
    activities: base.activities.map((a) =>
      a.id === 'A1.2' ? { ...a, indicators, allocatedTkr: 250 } : a,
    ),
  });
}

async function postedCard(w: BotWorld): Promise<unknown> {
  const before = w.connector.calls.length;
  await w.post(channelMessage(w.place(), w.people.cecilia, 'kort'));
  const call = w.connector.calls.slice(before).find((c) => c.method === 'POST');
  return (call?.body.attachments as { content: unknown }[])[0]!.content;
}

async function answerOnce(w: BotWorld, card: unknown, n: number) {
  const body = {
    ...inputsOf(card),
    ...actionData(card, 'followUp.submit'),
    'status.A1.2': n % 2 === 0 ? 'onTrack' : 'delayed',
    'indicator.andel.A1.2': String(40 + (n % 50) / 2),
    'indicator.antal.A1.2': String(n),
    'indicator.kostnad.A1.2': String(1250 + n),
    'indicator.rutin.A1.2': String(n % 2),
    'fundsUsed.A1.2': String(10 + n),
  };
  const invoke = cardInvoke(
    w.place(String(1_700_000_700_000 + n)),
    w.people.cecilia,
    'followUp.submit',
    body,
  );
  await w.emulator.resetStats();
  const started = performance.now();
  const answer = await w.post(invoke);
  const ms = performance.now() - started;
  const requests = (await w.emulator.stats()).total;
  const text = JSON.stringify(answer.body.value);
  if (answer.status !== 200 || !text.includes('Tack!'))
    throw new Error(`answer ${n} was not saved`);
  return {
    ms,
    requests,
    card: answer.body.value,
    bytes: cardByteLength(answer.body.value as object),
  };
}

async function measure(latencyMs: number) {
  const w = await botWorld({ latencyMs, data: data() });
  try {
    let card = await postedCard(w);
    const posted = cardByteLength(card as object);
    const first = await answerOnce(w, card, 0);
    card = first.card;
    const [times, requests] = [[] as number[], [] as number[]];
    for (let n = 1; n <= answers; n++) {
      const done = await answerOnce(w, card, n);
      times.push(done.ms);
      requests.push(done.requests);
      card = done.card;
    }
    return { times, requests, posted, first };
  } finally {
    await w.close();
  }
}

/** The worst page the builder makes with `count` indicators and funds on every activity. */
function worstCase(char: string, count: number): number {
  const base = worstCaseInput(char, 6);
  const items = base.items.map((item) => ({
    ...item,
    activity: {
      ...item.activity,
      allocatedTkr: 999_999,
      indicators: indicators.slice(0, count).map((i) => ({ ...i, name: char.repeat(255) })),
    },
  }));
  const input = { ...base, items };
  const options = worstCaseOptions(input, char);
  const pages = [1, 2, 3, 4, 5, 6].map((page) =>
    cardByteLength(followUpCard(input, { ...options, page })),
  );
  return Math.max(...pages);
}

export async function valuesTables(): Promise<BenchTable[]> {
  const rows: (string | number)[][] = [];
  let posted = 0;
  for (const latencyMs of latencies) {
    const m = await measure(latencyMs);
    posted = m.posted;
    rows.push([
      latencyMs,
      answers,
      Math.round(percentile(m.times, 50)),
      Math.round(percentile(m.times, 95)),
      [...new Set(m.requests)].sort().join(', '),
      m.first.requests,
    ]);
  }
  const sizes = [1, 5].flatMap((count) =>
    ['a', 'ö', '€'].map((char) => [`${count} + funds`, char, worstCase(char, count)]),
  );
  return [
    {
      title: 'Answers with indicator values and funds used on the card (5 indicators + funds)',
      columns: [
        'emulator latency (ms)',
        'answers',
        'invoke p50 (ms)',
        'invoke p95 (ms)',
        'Graph requests per answer',
        'first answer: requests',
      ],
      rows,
      notes: [
        'Target: p95 under 1,000 ms at 100 ms emulator latency; at most 2 sequential Graph round trips per answer:',
        'loadPlan (one $batch), then the answer with its values and the derived columns in one $batch.',
        'The first answer of a process also reads the team members beside loadPlan (one request more, no round trip more).',
        `The posted card of the seeded plan with these values: ${posted} bytes (limit 28,000).`,
      ],
    },
    {
      title:
        'Follow-up card with values: largest page of the worst case (longest texts, every notice, messages on the text inputs)',
      columns: ['value inputs per activity', 'text in', 'bytes'],
      rows: sizes,
      notes: [
        'Limit 28,000 bytes. A page of several activities holds at most four value inputs.',
        'tests/cards/follow-up-values.test.ts adds a message on every value input too.',
      ],
    },
  ];
}
