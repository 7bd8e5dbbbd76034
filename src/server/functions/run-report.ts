import type { ReminderOutcome, ReminderRunResult } from '../../app/reminders/run-result.js';
import type { Result } from '../../app/result.js';
import { stageLabelSv } from '../../domain/calendar/labels-sv.js';

/** A run's result as lines for people (CLI, logs) and as an exit code: 0 complete, 1 not. */

const outcomeSv: Readonly<Record<ReminderOutcome, string>> = {
  posted: 'skickad',
  recovered: 'redan skickad av en avbruten körning (registrerad nu)',
  alreadySent: 'redan skickad',
  inProgress: 'skickas av en annan körning',
  waiting: 'väntar på nytt försök',
  failed: 'misslyckades',
  gaveUp: 'gav upp',
  unrecorded: 'skickad men inte registrerad',
  unreachable: 'kan inte nås (kanalen finns inte)',
  noChannel: 'kan inte nås (ingen kanal kopplad)',
  wouldPost: 'skulle skickas',
};

function roundLines(result: ReminderRunResult): string[] {
  const lines = result.rounds.map((r) =>
    r.stage === undefined
      ? `${r.title}: inget steg har infallit ännu.`
      : `${r.title}: ${stageLabelSv(r.stage)} (${r.stageAt ?? ''}); ${r.missing} av ${r.departments} förvaltningar saknar svar.`,
  );
  for (const u of result.unopened) {
    lines.push(
      `${u.title} borde ha öppnat ${u.opensOn} men är inte öppnad: inga påminnelser går ut.`,
    );
  }
  if (lines.length === 0) lines.push('Ingen uppföljningsomgång är öppen.');
  return lines;
}

export function reportLines(result: ReminderRunResult, verbose = false): string[] {
  const lines = [
    `Påminnelser ${result.dryRun ? '(torrkörning, inget ändras) ' : ''}för ${result.now}`,
  ];
  lines.push(...roundLines(result));
  const shown = verbose
    ? result.reminders
    : result.reminders.filter((r) => r.outcome !== 'alreadySent');
  for (const r of shown) {
    const detail = [r.message, r.nextAttemptAt ? `nytt försök efter ${r.nextAttemptAt}` : undefined]
      .filter(Boolean)
      .join('; ');
    lines.push(
      `  ${r.targetName} – ${stageLabelSv(r.key.stage)}: ${outcomeSv[r.outcome]}${detail ? ` (${detail})` : ''}`,
    );
  }
  const counts = new Map<ReminderOutcome, number>();
  for (const r of result.reminders) counts.set(r.outcome, (counts.get(r.outcome) ?? 0) + 1);
  const summary = [...counts].map(([o, n]) => `${n} ${outcomeSv[o]}`).join(', ');
  lines.push(`Summa: ${summary || 'inget att skicka'}.`);
  lines.push(
    result.complete
      ? 'Allt som skulle skickas är skickat.'
      : 'Något som skulle skickas gick inte ut: se ovan.',
  );
  return lines;
}

export function exitCodeOf(result: Result<ReminderRunResult>): number {
  return result.ok && result.value.complete ? 0 : 1;
}
