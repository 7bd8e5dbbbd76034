import type { Clock } from '../domain/clock.js';
import { findPersonalData } from '../domain/personal-data.js';

/**
 * The server's log: one JSON object per line (`time`, `level`, `event`, then the fields), which
 * App Service and Application Insights read as they are. Whatever a caller passes, the line
 * never holds a token, a comment or personal data:
 * - fields named like secrets (authorization, cookie, token, secret, password, connection
 *   string…) or like free text and people (comment, nextSteps, title, description, text, body,
 *   name, upn, email…) are replaced by `[redacted]`, at any depth;
 * - in every other string (the event too), `Bearer …`, JWT-shaped strings, personal identity and
 *   coordination number shapes (with or without a valid check digit), e-mail addresses and phone
 *   numbers are replaced;
 * - Errors become `{ name, message }` with the message scrubbed the same way (no stack).
 */

type LogFields = Readonly<Record<string, unknown>>;

/** What the server's parts log through (the API's ApiLogger and the bot's BotLogger fit it). */
export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

export type JsonLoggerOptions = {
  /** Receives each line with its newline (e.g. process.stderr's write). */
  readonly write: (line: string) => void;
  readonly clock: Clock;
  /** Fields on every line (e.g. `{ service: 'aktivitetsplan' }`). */
  readonly context?: LogFields;
};

const redactedValue = '[redacted]';

const secretKeys = [
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'token',
  'accesstoken',
  'idtoken',
  'refreshtoken',
  'password',
  'secret',
  'clientsecret',
  'apikey',
  'connectionstring',
  'instrumentationkey',
];
const freeTextKeys = [
  'comment',
  'comments',
  'nextsteps',
  'nextstep',
  'title',
  'description',
  'text',
  'body',
  'note',
  'notes',
];
const personKeys = [
  'name',
  'displayname',
  'givenname',
  'surname',
  'upn',
  'userprincipalname',
  'preferredusername',
  'username',
  'email',
  'mail',
  'phone',
  'mobilephone',
];
const redactedKeys = new Set([...secretKeys, ...freeTextKeys, ...personKeys]);

const maxDepth = 6;
const maxString = 1000;

function isRedactedKey(key: string): boolean {
  return redactedKeys.has(key.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

const bearer = /\b(Bearer|Basic)\s+[A-Za-z0-9\-_.~+/]+=*/gi;
const jwt = /eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;
/**
 * YYMMDD or YYYYMMDD, a separator or none, four digits: any date, any check digit; not the
 * groups of a GUID.
 */
const identityShape =
  /(?<![\p{L}\p{N}-])(?:\d{6}|\d{8})[-+ \u00A0]?\d{4}(?![\p{L}\p{N}]|-[\p{L}\p{N}])/gu;

/** A string with tokens and personal data shapes replaced. */
export function redactText(input: string): string {
  let text = input
    .replace(bearer, '$1 [redacted]')
    .replace(jwt, '[redacted-jwt]')
    .replace(identityShape, '[redacted-id]');
  const findings = findPersonalData(text);
  for (const finding of findings.reverse()) {
    text = `${text.slice(0, finding.start)}[redacted-${finding.kind}]${text.slice(finding.end)}`;
  }
  return text.length > maxString ? `${text.slice(0, maxString)}…` : text;
}

/** A value made safe to log (see the module's comment). */
export function redactValue(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactText(value);
  if (typeof value === 'number') {
    const shown = redactText(String(value));
    return shown === String(value) ? value : shown;
  }
  if (value === null || typeof value !== 'object') {
    return typeof value === 'boolean' || value === undefined || value === null
      ? value
      : typeof value;
  }
  if (seen.has(value)) return '[cycle]';
  if (depth >= maxDepth) return '[depth]';
  seen.add(value);
  if (value instanceof Error) return { name: value.name, message: redactText(value.message) };
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] = isRedactedKey(key) ? redactedValue : redactValue(item, depth + 1, seen);
  }
  return out;
}

const reserved = new Set(['time', 'level', 'event']);

export function createJsonLogger(options: JsonLoggerOptions): Logger {
  const context = redactValue(options.context ?? {}) as Record<string, unknown>;
  const log =
    (level: 'info' | 'warn' | 'error') =>
    (event: string, fields: LogFields = {}) => {
      const safe = redactValue(fields) as Record<string, unknown>;
      const rest = Object.fromEntries(Object.entries(safe).filter(([k]) => !reserved.has(k)));
      const line = {
        time: options.clock.now().toISOString(),
        level,
        event: redactText(event),
        ...context,
        ...rest,
      };
      options.write(`${JSON.stringify(line)}\n`);
    };
  return { info: log('info'), warn: log('warn'), error: log('error') };
}
