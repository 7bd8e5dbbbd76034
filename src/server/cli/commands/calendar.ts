import type { Clock } from '../../../domain/clock.js';
import {
  formatDateSv,
  formatDateWithWeekdaySv,
  stageLabelSv,
} from '../../../domain/calendar/labels-sv.js';
import { addYears, parseIsoDate, type IsoDate } from '../../../domain/calendar/plain-date.js';
import { roundsOpeningBetween, type CalendarRound } from '../../../domain/calendar/rounds.js';
import { stockholmDate } from '../../../domain/calendar/stockholm-time.js';
import { UsageError, parseCommandArgs, type Command, type CommandIo } from '../command.js';

const firstYear = 2000;
const lastYear = 2199;
const defaultYears = 5;

const usage = `Usage: aktivitetsplan calendar [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]

Lists the follow-up rounds whose opening day lies from --from to --to (both included),
in date order, with their reminder stages at local time in Europe/Stockholm.

Options:
  --from DATE  first opening day to include (default: today in Stockholm)
  --to DATE    last opening day to include (default: --from plus ${defaultYears} years)
  --json       print one JSON object {"rounds":[…]} instead of the Swedish table
  -h, --help   show this help

Dates are written YYYY-MM-DD and must lie in ${firstYear}–${lastYear}.
Example: npm run calendar -- --from 2026-01-01 --to 2031-12-31`;

function dateOption(name: string, value: string | undefined): IsoDate | undefined {
  if (value === undefined) return undefined;
  const parts = parseIsoDate(value);
  if (!parts)
    throw new UsageError(`${name} must be an existing date written YYYY-MM-DD, not '${value}'`);
  if (parts.year < firstYear || parts.year > lastYear) {
    throw new UsageError(
      `${name} must be a date in the years ${firstYear}–${lastYear}, not '${value}'`,
    );
  }
  return value;
}

function range(args: readonly string[], clock: Clock) {
  const { values } = parseCommandArgs(args, {
    from: { type: 'string' },
    to: { type: 'string' },
    json: { type: 'boolean' },
  });
  const from = dateOption('--from', values.from) ?? stockholmDate(clock.now());
  const to = dateOption('--to', values.to) ?? addYears(from, defaultYears);
  if (from > to) throw new UsageError(`--from (${from}) is after --to (${to})`);
  return { from, to, json: values.json === true };
}

/** The JSON shape promised by the issue: exactly these keys. */
function toJson(round: CalendarRound) {
  return {
    kind: round.kind,
    title: round.title,
    period: { start: round.period.start, end: round.period.end },
    opensOn: round.opensOn,
    dueOn: round.dueOn,
    closesOn: round.closesOn,
    reminders: round.reminders.map((r) => ({ stage: r.stage, at: r.at })),
  };
}

/** `kl. 08.30 normaltid (UTC+01:00)` from `2027-01-08T08:30:00+01:00`. */
function timeSv(at: string): string {
  const time = at.slice(11, 16).replace(':', '.');
  const offset = at.slice(19);
  return `kl. ${time} ${offset === '+02:00' ? 'sommartid' : 'normaltid'} (UTC${offset})`;
}

function columns(rows: readonly (readonly string[])[], indent: string): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows.map(
    (r) =>
      indent +
      r
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
  );
}

function roundTable(round: CalendarRound): string[] {
  const period = `${formatDateSv(round.period.start)} – ${formatDateSv(round.period.end)}`;
  return [
    round.title,
    ...columns(
      [
        ['Period', period],
        ['Öppnar', formatDateWithWeekdaySv(round.opensOn)],
        ['Sista svarsdag', formatDateWithWeekdaySv(round.dueOn)],
        ['Stänger', formatDateWithWeekdaySv(round.closesOn)],
      ],
      '  ',
    ),
    '  Påminnelser',
    ...columns(
      round.reminders.map((r) => [
        stageLabelSv(r.stage),
        formatDateWithWeekdaySv(r.on),
        timeSv(r.at),
      ]),
      '    ',
    ),
    '',
  ];
}

function printTable(io: CommandIo, from: IsoDate, to: IsoDate, rounds: readonly CalendarRound[]) {
  const span = `${formatDateSv(from)} – ${formatDateSv(to)}`;
  if (rounds.length === 0) {
    io.out(`Ingen uppföljningsomgång öppnar ${span}.`);
    return;
  }
  io.out(`Uppföljningsomgångar som öppnar ${span} (svensk tid, Europe/Stockholm)`);
  io.out('');
  for (const line of rounds.flatMap(roundTable)) io.out(line);
}

export function createCalendarCommand(clock: Clock): Command {
  return {
    name: 'calendar',
    summary: 'Show the follow-up rounds and their reminder dates (Swedish table or --json).',
    usage,
    run(args, io) {
      const { from, to, json } = range(args, clock);
      const rounds = roundsOpeningBetween(from, to);
      if (json) io.out(JSON.stringify({ rounds: rounds.map(toJson) }, null, 2));
      else printTable(io, from, to, rounds);
      return Promise.resolve(0);
    },
  };
}

export const calendarCommand: Command = createCalendarCommand({ now: () => new Date() });
