import type { PlanSnapshot } from '../../../app/ports.js';
import type { MeResponse } from '../../api/contract.js';
import { formatDate } from '../../i18n/format.js';
import type { Language, TFunction } from '../../i18n/i18n.js';
import {
  openRoundSummaries,
  stockholmToday,
  unansweredFor,
  type RoundSummary,
} from '../../model/round-summary.js';
import { hrefOf } from '../../routing/routes.js';
import type { RoundSummaryView, SummaryView } from './Overview.types.js';

/** "Sista svarsdag 26 februari 2027 (om 5 dagar)", "… i dag", "… (3 dagar sedan)". */
export function dueText(summary: RoundSummary, t: TFunction, lang: Language): string {
  const date = formatDate(summary.round.dueOn, lang);
  if (summary.daysLeft === 0) return t('summary.dueToday', { date });
  if (summary.daysLeft > 0) return t('summary.dueIn', { date, count: summary.daysLeft });
  return t('summary.overdue', { date, count: -summary.daysLeft });
}

export function answeredText(summary: RoundSummary, t: TFunction): string {
  return t('summary.answered', { answered: summary.answered, count: summary.total });
}

export function percentOf(summary: RoundSummary): number {
  return summary.total === 0 ? 100 : Math.round((100 * summary.answered) / summary.total);
}

/** The overview's first lines: the open rounds and, per role, what to do next. */
export function summaryView(
  snapshot: PlanSnapshot,
  me: MeResponse,
  now: Date,
  t: TFunction,
  lang: Language,
): SummaryView {
  const departmentIds = me.departmentIds.filter((id) =>
    snapshot.departments.some((d) => d.id === id),
  );
  const rounds = openRoundSummaries(snapshot, stockholmToday(now)).map(
    (summary): RoundSummaryView => {
      const { round } = summary;
      const view: RoundSummaryView = {
        id: round.id,
        title: round.title,
        answeredText: answeredText(summary, t),
        percent: percentOf(summary),
        dueText: dueText(summary, t, lang),
        overdue: summary.daysLeft < 0 && summary.missing.length > 0,
        missingText:
          summary.missing.length > 0
            ? t('summary.missing', {
                names: summary.missing.map((m) => `${m.name} (${m.count})`).join(', '),
              })
            : undefined,
        followUpHref: me.isWorkingGroup ? hrefOf({ name: 'followUp' }) : undefined,
      };
      if (departmentIds.length === 0) return view;
      const count = unansweredFor(snapshot, round, departmentIds);
      const mine = departmentIds.find((id) => unansweredFor(snapshot, round, [id]) > 0);
      return {
        ...view,
        toAnswer: {
          count,
          text: count > 0 ? t('summary.toAnswer', { count }) : t('summary.nothingToAnswer'),
          href: hrefOf({
            name: 'myDepartment',
            departmentId: mine ?? departmentIds[0],
            roundId: round.id,
          }),
        },
      };
    },
  );
  const reader = !me.isWorkingGroup && departmentIds.length === 0;
  return { rounds, readOnlyHint: reader ? t('summary.readOnly') : undefined };
}
