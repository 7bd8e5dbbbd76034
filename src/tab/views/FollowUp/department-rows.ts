import type { PlanSnapshot } from '../../../app/ports.js';
import type { FollowUpRound } from '../../../domain/model.js';
import { signOffWording, signOffWords } from '../../../domain/sign-off-wording.js';
import { departmentRoundProgress, signOffOf } from '../../../domain/sign-off-rules.js';
import { formatDate, formatDateTime } from '../../i18n/format.js';
import type { Language, TFunction } from '../../i18n/i18n.js';
import { roundStateByDepartment } from '../../model/plan-view.js';
import { firstReminderPending, lastReminders, stageKey } from '../../model/reminder-status.js';
import { roundSummary, stockholmToday } from '../../model/round-summary.js';
import { answeredText, dueText, percentOf } from '../Overview/summary-view.js';
import type { DepartmentRow, RoundProgress } from './FollowUp.types.js';
import type { RemindersState } from './useRoundReminders.js';

/** The open round's departments for chasing answers: missing first, with the last reminder. */
export function departmentRows(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
  reminders: RemindersState,
  t: TFunction,
  lang: Language,
): DepartmentRow[] {
  const last = lastReminders(reminders.kind === 'ready' ? reminders.reminders : []);
  return roundStateByDepartment(snapshot, round).map((d) => {
    const reminder = last.get(d.departmentId);
    const stage = reminder ? stageKey(reminder.stage) : undefined;
    const signOff = signOffOf(snapshot.signOffs, round.id, d.departmentId);
    const progress = departmentRoundProgress(d.answered, signOff);
    return {
      ...d,
      progress,
      progressText: signOffWording[lang].progress[progress],
      missing: d.assigned - d.answered,
      lastReminder:
        reminders.kind === 'loading'
          ? t('chase.remindersLoading')
          : reminders.kind === 'failed'
            ? t('chase.remindersFailed')
            : reminder && stage
              ? `${formatDateTime(reminder.sentAt, lang)} · ${t(`chase.stage.${stage.key}`, { n: stage.n ?? 0 })}`
              : t('chase.notReminded'),
    };
  });
}

/** The round in one line each: answered of total, due date and days left or overdue, missing. */
export function roundProgress(
  snapshot: PlanSnapshot,
  round: FollowUpRound,
  now: Date,
  t: TFunction,
  lang: Language,
): RoundProgress {
  const summary = roundSummary(snapshot, round, stockholmToday(now));
  const missing = summary.total - summary.answered;
  const pending = firstReminderPending(round, now);
  return {
    answeredText: answeredText(summary, t),
    percent: percentOf(summary),
    dueText: dueText(summary, t, lang),
    overdue: summary.daysLeft < 0 && missing > 0,
    missingText:
      missing === 0
        ? t('summary.allAnswered')
        : `${t('chase.missing', { count: missing })} ${t('chase.fromDepartments', { count: summary.missing.length })}`,
    remindBlocked: pending
      ? t('chase.firstReminder', { date: formatDate(pending, lang) })
      : undefined,
  };
}

/** "Social- och omsorgsförvaltningen är öppnad igen …" after the working group reopened it. */
export function reopenedText(name: string, lang: Language): string {
  return signOffWords(lang, 'reopened', { name });
}

/** The accessible name of a department's "Öppna igen" button. */
export function reopenLabel(name: string, lang: Language): string {
  return signOffWords(lang, 'reopenLabel', { name });
}
