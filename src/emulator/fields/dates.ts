const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO 8601 date or date-time; a value without an offset is read as UTC. */
export function parseIsoDate(value: string): Date | undefined {
  const m = isoPattern.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', zone] = m;
  const offset =
    !zone || zone === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone;
  const date = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}${offset}`);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject rolled-over dates such as 2027-02-30.
  const check = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) return undefined;
  return date;
}

export function toIsoSeconds(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
function localDate(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(date);
}

function offsetMinutes(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - date.getTime()) / 60000);
}

/**
 * A dateOnly value: midnight of the date in the site's time zone, written in UTC
 * (e.g. 2021-09-19T05:00:00Z for a site in US Central summer time).
 */
export function dateOnlyValue(value: string, timeZone: string): string | undefined {
  const date = parseIsoDate(value);
  if (!date) return undefined;
  const hasTime = /[T ]/.test(value.trim());
  const day = hasTime ? localDate(date, timeZone) : value.trim().slice(0, 10);
  const midnightUtc = new Date(`${day}T00:00:00Z`);
  const guess = new Date(midnightUtc.getTime() - offsetMinutes(midnightUtc, timeZone) * 60000);
  const exact = new Date(midnightUtc.getTime() - offsetMinutes(guess, timeZone) * 60000);
  return toIsoSeconds(exact);
}
