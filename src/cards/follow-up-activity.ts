import {
  statusCodes,
  type Activity,
  type DevelopmentArea,
  type FollowUp,
  type FollowUpStatus,
} from '../domain/model.js';
import { answerInputLimits } from './card-version.js';
import { formatDateTime } from './dates.js';
import {
  container,
  plainText,
  run,
  type CardElement,
  type InputChoiceSet,
  type InputText,
} from './elements.js';
import type { FollowUpStrings } from './follow-up-strings.js';
import { valueInputs, valueLines, type ValueInputs } from './follow-up-values.js';
import { statusLabel, type CardLocale } from './locale.js';
import { inputValue, shownLength, shownText, type DisplayLimits } from './user-text.js';
import { answerInputIds } from './verbs.js';

/** One activity on the follow-up card: what it is, where it stands, and its answer inputs. */

export type FollowUpItem = {
  readonly activity: Activity;
  readonly area?: DevelopmentArea;
  /** The answer given in this round, if any, with its stored version (for the card's `seen`). */
  readonly answer?: FollowUp & { readonly version?: string };
  /** The latest status from an earlier round (from the domain's status module), if any. */
  readonly previousStatus?: FollowUpStatus;
  /**
   * In a round covering several plans: the activity's plan (`rank` 0 for the round's own plan,
   * then the plans it also covers); the card groups the activities by it.
   */
  readonly plan?: { readonly title: string; readonly rank: number };
};

/** Input values to show instead of the stored answer (kept after a refused submit). */
export type AnswerValues = ValueInputs & {
  readonly status?: FollowUpStatus | '';
  readonly comment?: string;
  readonly nextSteps?: string;
};

export type ActivityContext = {
  readonly locale: CardLocale;
  readonly s: FollowUpStrings;
  /** Open round: inputs; otherwise the answer as text. */
  readonly open: boolean;
  readonly showArea: boolean;
  /** The first activity of its plan on the page (a round covering several plans). */
  readonly showPlan?: boolean;
  readonly limits: DisplayLimits;
  readonly values?: AnswerValues;
  /** Messages by input id (see answerInputIds). */
  readonly errors: Readonly<Record<string, string>>;
};

const commentMaxLength = answerInputLimits.comment;
const nextStepsMaxLength = answerInputLimits.nextSteps;

function heading(item: FollowUpItem, ctx: ActivityContext): CardElement[] {
  const { activity, area } = item;
  const title = run(shownText(activity.title, ctx.limits.title), { weight: 'bolder' });
  const marker = run(ctx.s.example, { italic: true, isSubtle: true });
  const elements: CardElement[] = [];
  if (ctx.showPlan && item.plan !== undefined) {
    const planTitle = shownText(item.plan.title, ctx.limits.heading);
    elements.push(plainText(run(planTitle, { weight: 'bolder', color: 'accent' })));
  }
  if (ctx.showArea && area !== undefined && ctx.limits.area > 0) {
    const areaTitle = shownText(area.title, ctx.limits.area);
    elements.push(plainText(run(areaTitle, { isSubtle: true, size: 'small' })));
  }
  elements.push(plainText(activity.example ? [title, marker] : title, { spacing: 'small' }));
  return elements;
}

function standing(item: FollowUpItem, ctx: ActivityContext): CardElement[] {
  const current = item.answer?.status ?? item.previousStatus;
  const statusText = current === undefined ? ctx.s.noStatus : statusLabel(current, ctx.locale);
  const answer = item.answer;
  const answered =
    answer === undefined
      ? run(ctx.s.notAnswered, { color: 'warning', size: 'small' })
      : run(
          ctx.s.answeredBy(
            shownText(answer.answeredBy.name, ctx.limits.name),
            formatDateTime(answer.answeredAt, ctx.locale),
          ),
          { color: 'good', size: 'small' },
        );
  return [
    plainText([run(ctx.s.currentStatus, { isSubtle: true }), run(statusText)], {
      spacing: 'small',
    }),
    plainText(answered, { spacing: 'none' }),
  ];
}

function errorLine(ctx: ActivityContext, inputId: string): CardElement[] {
  const message = ctx.errors[inputId];
  if (message === undefined) return [];
  const text = shownText(message, shownLength.message);
  return [plainText(run(text, { color: 'attention', weight: 'bolder' }), { spacing: 'small' })];
}

function statusInput(item: FollowUpItem, ctx: ActivityContext, id: string): InputChoiceSet {
  const value = ctx.values?.status ?? item.answer?.status ?? '';
  return {
    type: 'Input.ChoiceSet',
    id,
    label: ctx.s.statusLabel,
    style: 'compact',
    placeholder: ctx.s.statusPlaceholder,
    choices: statusCodes.map((code) => ({ title: statusLabel(code, ctx.locale), value: code })),
    ...(value === '' ? {} : { value }),
  };
}

function textInput(id: string, label: string, maxLength: number, value: string): InputText {
  const kept = inputValue(value, maxLength);
  return {
    type: 'Input.Text',
    id,
    label,
    isMultiline: true,
    maxLength,
    ...(kept === '' ? {} : { value: kept }),
  };
}

function inputs(item: FollowUpItem, ctx: ActivityContext): CardElement[] {
  const ids = answerInputIds(item.activity.id);
  const comment = ctx.values?.comment ?? item.answer?.comment ?? '';
  const nextSteps = ctx.values?.nextSteps ?? item.answer?.nextSteps ?? '';
  const values = valueInputs(item.activity, item.answer, ctx.values, valueContext(ctx));
  return [
    statusInput(item, ctx, ids.status),
    ...errorLine(ctx, ids.status),
    textInput(ids.comment, ctx.s.commentLabel, commentMaxLength, comment),
    ...errorLine(ctx, ids.comment),
    textInput(ids.nextSteps, ctx.s.nextStepsLabel, nextStepsMaxLength, nextSteps),
    ...errorLine(ctx, ids.nextSteps),
    ...values,
    ...unshownValueErrors(item.activity.id, values, ctx),
  ];
}

/**
 * Messages for value inputs of the activity the card does not show (an indicator ended before
 * the round opened, sent by a card posted before the end was recorded): a refusal is never
 * silent. The first one only: the page budget does not count inputs the card does not show.
 */
function unshownValueErrors(
  activityId: string,
  shown: readonly CardElement[],
  ctx: ActivityContext,
): CardElement[] {
  const ids = new Set(shown.map((e) => ('id' in e ? e.id : undefined)));
  const ofActivity = (key: string) => {
    if (!key.startsWith('indicator.') || !key.endsWith(`.${activityId}`)) return false;
    return !key.slice('indicator.'.length, -activityId.length - 1).includes('.');
  };
  // One line at most (the first such message), so the page budget stays what it counts.
  const first = Object.keys(ctx.errors).find((key) => !ids.has(key) && ofActivity(key));
  return first === undefined ? [] : errorLine(ctx, first);
}

function valueContext(ctx: ActivityContext) {
  return {
    locale: ctx.locale,
    titleLimit: ctx.limits.title,
    errorLine: (inputId: string) => errorLine(ctx, inputId),
  };
}

function answerText(item: FollowUpItem, ctx: ActivityContext): CardElement[] {
  const answer = item.answer;
  if (answer === undefined) return [];
  const lines: [string, string][] = [
    [ctx.s.comment, answer.comment],
    [ctx.s.nextSteps, answer.nextSteps],
  ];
  return [
    ...lines
      .filter(([, text]) => text !== '')
      .map(([label, text]) =>
        plainText([run(label, { isSubtle: true }), run(shownText(text, commentMaxLength))]),
      ),
    ...valueLines(item.activity, answer, valueContext(ctx)),
  ];
}

export function activitySection(item: FollowUpItem, ctx: ActivityContext): CardElement {
  return container(
    [
      ...heading(item, ctx),
      ...standing(item, ctx),
      ...(ctx.open ? inputs(item, ctx) : answerText(item, ctx)),
    ],
    { separator: true, spacing: 'large' },
  );
}
