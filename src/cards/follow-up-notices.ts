import type { FollowUpRound } from '../domain/model.js';
import type { SignOff } from '../domain/sign-off.js';
import { formatDateTime } from './dates.js';
import { container, plainText, run, textBlock, type CardElement } from './elements.js';
import type { CardRefusal, FollowUpStrings } from './follow-up-strings.js';
import type { CardLocale } from './locale.js';
import { shownText, type DisplayLimits } from './user-text.js';

/** The notices at the top of the follow-up card: saved, refused, busy, stale, closed. */

/** Someone's answer given after the card was shown (for the stale-card variant). */
export type StaleAnswer = {
  readonly name: string;
  readonly activityTitle: string;
  /** ISO 8601 instant. */
  readonly answeredAt: string;
};

type NoticeContext = {
  readonly s: FollowUpStrings;
  readonly locale: CardLocale;
  readonly state: FollowUpRound['state'];
  readonly limits: DisplayLimits;
  /** The department's sign-off of the round, if any. */
  readonly signOff?: SignOff | undefined;
  readonly options: {
    readonly values?: object;
    readonly errors?: Readonly<Record<string, string>>;
    readonly saved?: boolean;
    readonly stale?: readonly StaleAnswer[];
    readonly readOnly?: boolean;
    readonly refusal?: CardRefusal;
    readonly busy?: 'nothingSaved' | 'partlySaved';
  };
};

function staleNotice(ctx: NoticeContext, stale: readonly StaleAnswer[]): CardElement {
  const { s, locale, limits } = ctx;
  const listed = stale
    .slice(0, limits.staleEntries)
    .map((answer) =>
      plainText(
        run(
          s.staleEntry(
            shownText(answer.name, limits.name),
            shownText(answer.activityTitle, limits.title),
            formatDateTime(answer.answeredAt, locale),
          ),
        ),
        { spacing: 'small' },
      ),
    );
  const more = stale.length - listed.length;
  const moreText = listed.length === 0 ? s.staleCount(more) : s.staleMore(more);
  const moreLine = more > 0 ? [textBlock(moreText, { spacing: 'small' })] : [];
  const after = ctx.options.values === undefined ? s.staleCurrentValues : s.staleKeptValues;
  return container(
    [
      textBlock(s.staleIntro, { weight: 'bolder' }),
      ...listed,
      ...moreLine,
      textBlock(after, { spacing: 'small' }),
    ],
    { style: 'warning', spacing: 'medium' },
  );
}

/** Signed off: who and when, answers locked. Reopened: when the working group reopened it. */
function signOffNotice(ctx: NoticeContext): CardElement[] {
  const { s, locale, signOff } = ctx;
  if (signOff?.state === 'signedOff') {
    const name = shownText(signOff.signedBy.name, ctx.limits.name);
    const when = formatDateTime(signOff.signedAt, locale);
    return [
      container(
        [
          textBlock(s.signedOffBy(name, when), { weight: 'bolder', color: 'good' }),
          textBlock(s.signedOffLocked, { spacing: 'small' }),
        ],
        { style: 'good' },
      ),
    ];
  }
  if (signOff?.state === 'reopened' && signOff.reopenedAt !== undefined)
    return [
      container([textBlock(s.reopenedOn(formatDateTime(signOff.reopenedAt, locale)))], {
        style: 'warning',
      }),
    ];
  return [];
}

export function notices(ctx: NoticeContext): CardElement[] {
  const { s, options } = ctx;
  const list: CardElement[] = [];
  if (ctx.state !== 'open') {
    const text = ctx.state === 'closed' ? s.closed : s.notOpenYet;
    list.push(container([textBlock(text, { weight: 'bolder' })], { style: 'emphasis' }));
  }
  list.push(...signOffNotice(ctx));
  if (options.refusal !== undefined)
    list.push(
      container(
        [textBlock(s.refusals[options.refusal], { weight: 'bolder', color: 'attention' })],
        {
          style: 'attention',
        },
      ),
    );
  else if (options.readOnly === true && ctx.state === 'open' && ctx.signOff?.state !== 'signedOff')
    list.push(container([textBlock(s.readOnly)], { style: 'emphasis' }));
  if (options.saved === true)
    list.push(
      container([textBlock(s.saved, { weight: 'bolder', color: 'good' })], { style: 'good' }),
    );
  if (options.busy !== undefined) {
    const text = options.busy === 'partlySaved' ? s.busyPartlySaved : s.busyNothingSaved;
    list.push(container([textBlock(text, { weight: 'bolder' })], { style: 'warning' }));
  }
  if (options.stale !== undefined && options.stale.length > 0)
    list.push(staleNotice(ctx, options.stale));
  if (options.errors !== undefined && Object.keys(options.errors).length > 0) {
    list.push(
      container([textBlock(s.errorsSummary, { weight: 'bolder', color: 'attention' })], {
        style: 'attention',
      }),
    );
  }
  return list;
}
