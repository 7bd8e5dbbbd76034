import type { ReminderRunResult } from '../../app/reminders/run-result.js';
import { failureText } from '../../app/result.js';
import type { Result } from '../../app/result.js';
import { reportLines } from './run-report.js';

/**
 * What the Azure Functions timer does on each tick: one reminder run, its report in the
 * function's log. A technical failure (Graph or Teams could not be reached, a post failed, a
 * reference could not be recorded) fails the invocation, so it shows in Application Insights and
 * alerts fire; departments that cannot be reached, or reminders waiting for their next try, are
 * logged as warnings (the working group's summary card names them).
 */

export type TimerLog = {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
};

const technical = new Set(['failed', 'gaveUp', 'unrecorded']);

function technicalFailures(result: ReminderRunResult): number {
  return result.reminders.filter((r) => technical.has(r.outcome)).length;
}

export async function remindOnTimer(
  run: () => Promise<Result<ReminderRunResult>>,
  log: TimerLog,
  isPastDue = false,
): Promise<void> {
  if (isPastDue) log.warn('Påminnelsekörningen startar sent (timern var försenad).');
  const result = await run();
  if (!result.ok) {
    log.error(failureText(result.error));
    throw new Error(`Påminnelsekörningen misslyckades: ${failureText(result.error)}`);
  }
  for (const line of reportLines(result.value)) log.log(line);
  const failures = technicalFailures(result.value);
  if (failures > 0) {
    throw new Error(
      `${failures} påminnelser kunde inte skickas; de försöks igen vid nästa körning.`,
    );
  }
  if (!result.value.complete) log.warn('Alla påminnelser gick inte ut: se loggen ovan.');
}
