import type { Department, FollowUpRound } from '../domain/model.js';
import { takeWithinBudget, type Budget } from './budget.js';
import { formatDate } from './dates.js';
import {
  adaptiveCard,
  container,
  openUrl,
  plainText,
  run,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import type { CardLocale } from './locale.js';
import { cardByteLimit, jsonByteLength } from './size.js';
import { shownLength, shownText } from './user-text.js';

/**
 * The working group's summary: per open round the departments still missing answers, and the
 * departments that cannot be reached because no channel is linked. Names share a byte budget so
 * that even 290 departments stay under the Teams limit; the rest are counted, the tab has all.
 */

export type SummaryRound = {
  readonly round: FollowUpRound;
  readonly missing: readonly {
    readonly department: Department;
    readonly answered: number;
    readonly assigned: number;
  }[];
};

export type SummaryCardInput = {
  readonly rounds: readonly SummaryRound[];
  /** Departments with activities to answer but no linked channel. */
  readonly unreachable: readonly Department[];
  readonly tabUrl: string;
};

const strings = {
  sv: {
    title: 'Uppföljning: förvaltningar som saknar svar',
    due: 'Sista svarsdag: ',
    answered: (answered: number, assigned: number) =>
      `: ${answered} av ${assigned} ${assigned === 1 ? 'besvarad' : 'besvarade'}`,
    allAnswered: 'Alla förvaltningar har svarat.',
    unreachable: (count: number) => `Kan inte nås, ingen kanal kopplad (${count}):`,
    linkHint: 'Koppla en kanal med @Aktivitetsplan koppla i förvaltningens kanal, eller i fliken.',
    leftOut: (count: number) => `… och ${count} till. Fliken visar alla.`,
    openTab: 'Öppna uppföljningen i fliken',
    fallback: 'Sammanställning från Aktivitetsplan.',
  },
  en: {
    title: 'Follow-up: departments missing answers',
    due: 'Due date: ',
    answered: (answered: number, assigned: number) => `: ${answered} of ${assigned} answered`,
    allAnswered: 'Every department has answered.',
    unreachable: (count: number) => `Cannot be reached, no channel linked (${count}):`,
    linkHint:
      "Link a channel with @Aktivitetsplan koppla in the department's channel, or in the tab.",
    leftOut: (count: number) => `… and ${count} more. The tab shows them all.`,
    openTab: 'Open the follow-up in the tab',
    fallback: 'Summary from Aktivitetsplan.',
  },
} as const;

type Strings = (typeof strings)[CardLocale];

/** Room kept for everything on the card that is not a department line. */
const fixedReserve = 4_000;

function leftOutLine(s: Strings, leftOut: number): CardElement[] {
  return leftOut > 0 ? [textBlock(s.leftOut(leftOut), { spacing: 'small', isSubtle: true })] : [];
}

function roundSection(
  entry: SummaryRound,
  s: Strings,
  locale: CardLocale,
  budget: Budget,
): CardElement {
  const { round, missing } = entry;
  const heading = [
    plainText(run(shownText(round.title, shownLength.title), { weight: 'bolder', size: 'medium' })),
    plainText([run(s.due, { isSubtle: true }), formatDate(round.dueOn, locale)], {
      spacing: 'none',
    }),
  ];
  budget.remaining -= jsonByteLength(heading) ?? 0;
  const lines = takeWithinBudget(missing, budget, (m) =>
    plainText(
      [shownText(m.department.name, shownLength.title), s.answered(m.answered, m.assigned)],
      {
        spacing: 'none',
      },
    ),
  );
  return container(
    [
      ...heading,
      ...(missing.length === 0 ? [textBlock(s.allAnswered, { color: 'good' })] : lines.taken),
      ...leftOutLine(s, lines.leftOut),
    ],
    { separator: true, spacing: 'medium' },
  );
}

function unreachableSection(
  departments: readonly Department[],
  s: Strings,
  budget: Budget,
): CardElement[] {
  if (departments.length === 0) return [];
  const lines = takeWithinBudget(departments, budget, (d) =>
    plainText(shownText(d.name, shownLength.title), { spacing: 'none' }),
  );
  return [
    container(
      [
        textBlock(s.unreachable(departments.length), { weight: 'bolder', color: 'attention' }),
        ...lines.taken,
        ...leftOutLine(s, lines.leftOut),
        textBlock(s.linkHint, { size: 'small', isSubtle: true }),
      ],
      { style: 'attention', separator: true, spacing: 'medium' },
    ),
  ];
}

export function summaryCard(
  input: SummaryCardInput,
  options: { readonly locale?: CardLocale } = {},
): AdaptiveCard {
  const locale = options.locale ?? 'sv';
  const s = strings[locale];
  const budget: Budget = { remaining: cardByteLimit - fixedReserve - input.tabUrl.length };
  // Unreachable departments first: they get no reminders at all until someone links a channel.
  const unreachable = unreachableSection(input.unreachable, s, budget);
  const rounds = input.rounds.map((entry) => roundSection(entry, s, locale, budget));
  const body: CardElement[] = [
    textBlock(s.title, { size: 'large', weight: 'bolder', style: 'heading' }),
    ...rounds,
    ...unreachable,
  ];
  return adaptiveCard(body, {
    fallbackText: s.fallback,
    actions: [openUrl(s.openTab, input.tabUrl)],
  });
}
