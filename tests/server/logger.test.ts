import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../src/domain/clock.js';
import { createJsonLogger, redactText, redactValue } from '../../src/server/logger.js';

const clock = fixedClock(new Date('2027-02-26T08:30:00Z'));
const jwt =
  'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJvaWQiOiIxMjMiLCJuYW1lIjoiQW5uYSJ9.c2lnbmF0dXJlLXBhcnQ';
const devJwt = 'eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJvaWQiOiIxMjMifQ.';

function capture() {
  const lines: string[] = [];
  const logger = createJsonLogger({ write: (line) => lines.push(line), clock });
  return { logger, lines, text: () => lines.join('') };
}

describe('createJsonLogger', () => {
  it('writes one JSON object per line with time, level and event first', () => {
    const { logger, lines } = capture();
    logger.info('api.request', { method: 'GET', status: 200, ms: 12 });
    logger.error('http.unhandled', { path: '/x' });
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    expect(JSON.parse(lines[0]!)).toEqual({
      time: '2027-02-26T08:30:00.000Z',
      level: 'info',
      event: 'api.request',
      method: 'GET',
      status: 200,
      ms: 12,
    });
    expect(Object.keys(JSON.parse(lines[1]!) as object).slice(0, 3)).toEqual([
      'time',
      'level',
      'event',
    ]);
  });

  it('redacts Authorization headers, cookies and secrets at any depth', () => {
    const { logger, text } = capture();
    logger.warn('request', {
      headers: { Authorization: `Bearer ${jwt}`, cookie: 'session=abc123', 'x-id': 'r1' },
      nested: { deeper: { clientSecret: 'very-secret-value', access_token: 'tok-123456' } },
    });
    const out = text();
    for (const secret of [jwt, 'session=abc123', 'very-secret-value', 'tok-123456'])
      expect(out).not.toContain(secret);
    expect(out).toContain('"x-id":"r1"');
  });

  it('redacts comments, next steps, titles and names by field name', () => {
    const { logger, text } = capture();
    logger.info('answer', {
      answers: [{ activityId: 'a1', comment: 'Vi har haft möten', nextSteps: 'Fortsätta' }],
      title: 'Aktivitetens titel',
      user: { id: 'u1', name: 'Cecilia Carlsson', upn: 'cecilia@kommun.se' },
    });
    const out = text();
    for (const secret of ['Vi har haft möten', 'Fortsätta', 'Aktivitetens titel', 'Cecilia'])
      expect(out).not.toContain(secret);
    expect(out).toContain('"activityId":"a1"');
    expect(out).toContain('"id":"u1"');
  });

  it('scrubs tokens and personal data shapes from every string, the event too', () => {
    const { logger, text } = capture();
    logger.error(`failed for 19121212-1212 with ${devJwt}`, {
      error: new Error(`Unexpected token in "kommentar 850709-9805, ring 070-123 45 67"`),
      detail: `Authorization: Bearer abc.def.ghi and anna.andersson@kommun.se`,
      number: 198507099805,
    });
    const out = text();
    for (const secret of [
      '19121212-1212',
      devJwt,
      '850709-9805',
      '070-123 45 67',
      'abc.def.ghi',
      'anna.andersson@kommun.se',
      '198507099805',
    ])
      expect(out).not.toContain(secret);
    expect(JSON.parse(out)).toMatchObject({ error: { name: 'Error' } });
  });

  it('survives cycles and deep values', () => {
    const cyclic: Record<string, unknown> = { id: 'x' };
    cyclic.self = cyclic;
    expect(redactValue(cyclic)).toEqual({ id: 'x', self: '[cycle]' });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 20; i++) deep = { next: deep };
    expect(JSON.stringify(redactValue(deep))).toContain('[depth]');
  });
});

describe('redactText', () => {
  it('removes any identity-number shape, valid check digit or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 91 }),
        fc.integer({ min: 0, max: 9999 }),
        fc.constantFrom('-', '+', ' ', ''),
        fc.boolean(),
        (year, month, day, last, separator, long) => {
          const date = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
          const number = `${long ? date : date.slice(2)}${separator}${String(last).padStart(4, '0')}`;
          const out = redactText(`Svar från ${number} i dag`);
          expect(out).not.toContain(number);
        },
      ),
    );
  });

  it('keeps ids, dates and counts readable', () => {
    const kept = 'round annual-2026 department social-omsorg 2027-02-26T08:30:00Z status 200';
    expect(redactText(kept)).toBe(kept);
    const guid = '7abd81a3-83aa-4933-9e18-357a870532b9 12345678-1234-1234-1234-123456789012';
    expect(redactText(guid)).toBe(guid);
  });
});
