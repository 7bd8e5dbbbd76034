import type { IsoDate } from '../domain/calendar/plain-date.js';
import type { Department, FollowUpRound, ReminderStage } from '../domain/model.js';
import { type SignOff } from '../domain/sign-off.js';
import { isSignedOff } from '../domain/sign-off-rules.js';
import { roundPhase } from '../domain/round-phase.js';
import { opensOnWords } from '../domain/wording.js';
import { seenAnswersOf, type SeenAnswers } from './card-version.js';
import { formatDate } from './dates.js';
import {
  adaptiveCard,
  plainText,
  run,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from './elements.js';
import { activitySection, type AnswerValues, type FollowUpItem } from './follow-up-activity.js';
import { followUpPages, orderFollowUpItems } from './follow-up-pages.js';
import { followUpActions, followUpRefresh, type ActionPlace } from './follow-up-actions.js';
import { notices, type StaleAnswer } from './follow-up-notices.js';
import { followUpStrings, type CardRefusal, type FollowUpStrings } from './follow-up-strings.js';
import type { CardLocale } from './locale.js';
import { reminderColor, reminderTitle } from './reminder-titles.js';
import { cardByteLength, cardByteLimit } from './size.js';
import { compactDisplay, fullDisplay, shownText, type DisplayLimits } from './user-text.js';

/**
 * The follow-up card for one department and one round (with `stage`: the reminder card of that
 * stage). Activities are ordered by development area, `followUpPageSize` to a page. The size
 * tests prove the bound: a page of the longest texts in Swedish letters fits as it is; with
 * 3-byte characters everywhere the page falls back to its compact form (short labels, no
 * member list), which fits too. Inputs are never shortened.
 */

/** Longest accepted values of the inputs that are not domain data; longer ones are bugs. */
export const followUpInputLimits = {
  tabUrl: 2048,
  memberId: 128,
  teamId: 100,
} as const;

export type FollowUpCardInput = {
  readonly round: FollowUpRound;
  readonly department: Department;
  readonly items: readonly FollowUpItem[];
  /** A deep link that opens the tab at this department and round. */
  readonly tabUrl: string;
  /** The team of the department's channel (a hint in the card's data, see FollowUpCardData). */
  readonly teamId?: string;
  /** Teams user ids (MRIs) of the department's members, for `refresh.userIds` (see actions). */
  readonly memberIds?: readonly string[];
  /**
   * The Stockholm date the card is built on: a round opened before its opening date then says
   * "Öppnas 8 jan" under its title, as the tab's badge does (roundPhase `upcoming`).
   */
  readonly today?: IsoDate;
  /**
   * The department's sign-off of the round: signed off, the card shows who and when and no
   * inputs; reopened, a notice says when the working group opened it again.
   */
  readonly signOff?: SignOff;
};

export type FollowUpCardOptions = {
  readonly locale?: CardLocale;
  /** 1-based; clamped to the pages there are. */
  readonly page?: number;
  /** Makes it the reminder card of this stage. */
  readonly stage?: ReminderStage;
  /** Inputs to show as the user left them, by activity id (after a refused submit). */
  readonly values?: Readonly<Record<string, AnswerValues>>;
  /** Messages shown next to the fields, by input id (answerInputIds). */
  readonly errors?: Readonly<Record<string, string>>;
  /** Says the answers were saved (the card returned to the person who answered). */
  readonly saved?: boolean;
  /** Makes it the stale-card variant: who answered since the card was shown. */
  readonly stale?: readonly StaleAnswer[];
  /**
   * The person looking cannot answer (not in the department's team): the answers as text, no
   * inputs and no send button, a notice saying why, and the link to the tab. Paging stays.
   */
  readonly readOnly?: boolean;
  /** A refused answer that nothing can be done about on the card: said at the top. */
  readonly refusal?: CardRefusal;
  /** SharePoint was too busy to store (all or part of) the answer in time; inputs are kept. */
  readonly busy?: 'nothingSaved' | 'partlySaved';
  /**
   * What the person saw of these activities, in place of the answers shown now (see
   * card-version.ts): for inputs shown again as they were left, so that sending them again is
   * judged against the answer the person saw, not one they were never shown.
   */
  readonly seen?: SeenAnswers;
};

function checkInput(input: FollowUpCardInput): void {
  const limits = followUpInputLimits;
  const tooLong =
    input.tabUrl.length > limits.tabUrl ||
    (input.teamId ?? '').length > limits.teamId ||
    (input.memberIds ?? []).some((id) => id.length > limits.memberId);
  if (tooLong) throw new Error('Follow-up card input beyond followUpInputLimits.');
}

type Build = {
  readonly input: FollowUpCardInput;
  readonly options: FollowUpCardOptions;
  readonly locale: CardLocale;
  readonly s: FollowUpStrings;
  readonly items: readonly FollowUpItem[];
  /** The activities on the page shown. */
  readonly shown: readonly FollowUpItem[];
  readonly at: ActionPlace;
};

function header(b: Build, limits: DisplayLimits): CardElement[] {
  const { input, s, locale, at } = b;
  const elements: CardElement[] = [];
  if (at.stage !== undefined) {
    const color = reminderColor(at.stage);
    const title = reminderTitle(at.stage, locale);
    elements.push(textBlock(title, { size: 'large', weight: 'bolder', style: 'heading', color }));
  }
  const roundTitle = shownText(input.round.title, limits.heading);
  const size = at.stage === undefined ? 'large' : 'medium';
  const departmentName = shownText(input.department.name, limits.heading);
  elements.push(plainText(run(roundTitle, { size, weight: 'bolder' })));
  if (input.today !== undefined && roundPhase(input.round, input.today) === 'upcoming') {
    const opens = opensOnWords(input.round.opensOn, locale);
    elements.push(textBlock(opens, { weight: 'bolder', color: 'accent', spacing: 'none' }));
  }
  elements.push(
    plainText([run(s.department, { isSubtle: true }), departmentName], { spacing: 'small' }),
    plainText([run(s.due, { isSubtle: true }), formatDate(input.round.dueOn, locale)], {
      spacing: 'none',
    }),
    textBlock(s.deIdentify, { size: 'small', isSubtle: true }),
  );
  const answered = b.items.filter((item) => item.answer !== undefined).length;
  const page = at.pages > 1 ? ` ${s.page(at.page, at.pages)}` : '';
  const progress = s.progress(answered, b.items.length) + page;
  elements.push(textBlock(progress, { weight: 'bolder', spacing: 'medium' }));
  return elements;
}

/** The part of `seen` that concerns the activities on the page. */
function seenOnPage(
  seen: SeenAnswers | undefined,
  shown: readonly FollowUpItem[],
): Record<string, string> {
  const ids = shown.map((item) => item.activity.id);
  return Object.fromEntries(
    ids.flatMap((id) => (seen?.[id] === undefined ? [] : [[id, seen[id]]])),
  );
}

function sections(b: Build, limits: DisplayLimits): CardElement[] {
  const { options, at, shown } = b;
  if (shown.length === 0) return [textBlock(b.s.noActivities)];
  return shown.map((item, index) => {
    const values = options.values?.[item.activity.id];
    return activitySection(item, {
      locale: b.locale,
      s: b.s,
      open: at.answerable,
      limits,
      showArea: index === 0 || shown[index - 1]?.area?.id !== item.area?.id,
      showPlan: index === 0 || shown[index - 1]?.plan?.rank !== item.plan?.rank,
      errors: options.errors ?? {},
      ...(values === undefined ? {} : { values }),
    });
  });
}

function build(b: Build, limits: DisplayLimits, listMembers: boolean): AdaptiveCard {
  const { s, at } = b;
  const body: CardElement[] = [
    ...header(b, limits),
    ...notices({
      s,
      locale: b.locale,
      state: b.input.round.state,
      limits,
      signOff: b.input.signOff,
      options: b.options,
    }),
    ...sections(b, limits),
    ...(at.answerable && at.pages > 1
      ? [textBlock(s.pagingNote, { size: 'small', isSubtle: true })]
      : []),
    ...(at.canSignOff === true
      ? [textBlock(s.signOffHint, { size: 'small', isSubtle: true })]
      : []),
  ];
  const actionInput = { ...b.input, hasItems: b.items.length > 0 };
  return adaptiveCard(body, {
    fallbackText: s.fallback,
    actions: followUpActions(actionInput, s, at),
    ...(at.open ? { refresh: followUpRefresh(actionInput, s, at, listMembers) } : {}),
  });
}

export function followUpCard(
  input: FollowUpCardInput,
  options: FollowUpCardOptions = {},
): AdaptiveCard {
  checkInput(input);
  const locale = options.locale ?? 'sv';
  const items = orderFollowUpItems(input.items);
  const paged = followUpPages(items);
  const pages = paged.length;
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1)), pages);
  const open = input.round.state === 'open';
  const shown = paged[page - 1] ?? [];
  const seen = { ...seenAnswersOf(shown), ...seenOnPage(options.seen, shown) };
  const stage = options.stage ? { stage: options.stage } : {};
  const answerable = open && options.readOnly !== true && !isSignedOff(input.signOff);
  const canSignOff =
    answerable && items.length > 0 && items.every((item) => item.answer !== undefined);
  const at: ActionPlace = { page, pages, open, answerable, canSignOff, seen, ...stage };
  const b: Build = { input, options, locale, s: followUpStrings(locale), items, shown, at };
  const full = build(b, fullDisplay, true);
  if (cardByteLength(full) <= cardByteLimit) return full;
  return build(b, compactDisplay, false);
}
