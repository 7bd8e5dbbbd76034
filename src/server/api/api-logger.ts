/**
 * What the API logs through: events with flat fields. Callers pass ids, routes, statuses and
 * reasons only: never tokens, names, comments or other text a user wrote.
 */
export type LogFields = Readonly<Record<string, string | number | boolean>>;

export interface ApiLogger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** One JSON line per event on the given stream (stderr by default). */
export function jsonLineLogger(write: (line: string) => void): ApiLogger {
  const log =
    (level: string) =>
    (event: string, fields: LogFields = {}) =>
      write(`${JSON.stringify({ level, event, ...fields })}\n`);
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
