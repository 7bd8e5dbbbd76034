import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findPersonalData,
  personalDataMessage,
  personalDataMessages,
  type PersonalDataFinding,
} from '../../src/domain/personal-data.js';

const seedText = readFileSync(
  new URL('../fixtures/seed/000_a0f93c435cef2c3c.txt', import.meta.url),
  'utf8',
);
const seedWords = [...new Set(seedText.match(/\p{L}+/gu))];

// An implementation of the rules independent of the guard's: JavaScript's Date for the calendar,
// Luhn from the right.
const daysInMonth = (year: number, month: number): number =>
  new Date(Date.UTC(year, month, 0)).getUTCDate();
const luhnCheckDigit = (nine: string): number => {
  const sum = [...nine]
    .reverse()
    .map((d, i) => (i % 2 === 0 ? Number(d) * 2 : Number(d)))
    .reduce((s, n) => s + Math.floor(n / 10) + (n % 10), 0);
  return (10 - (sum % 10)) % 10;
};
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A leap year at most four years after `year` (1800 and 1900 are not leap years). */
function leapYearNear(year: number): number {
  const y = year - (year % 4);
  return daysInMonth(y, 2) === 29 ? y : y + 4;
}

type Form = { readonly digits: 10 | 12; readonly separator: string };
type NumberParts = { form: Form; year: number; month: number; day: number; serial: number };

/** Writes a number; `day` is the written day (+60 for a coordination number). */
function write({ form, year, month, day, serial }: NumberParts, checkShift = 0): string {
  const nine = `${pad(year % 100)}${pad(month)}${pad(day)}${pad(serial, 3)}`;
  const check = (luhnCheckDigit(nine) + checkShift) % 10;
  const century = form.digits === 12 ? pad(Math.floor(year / 100)) : '';
  return `${century}${nine.slice(0, 6)}${form.separator}${nine.slice(6)}${check}`;
}

/** A form with the years it may carry: `+` means 100 years or older. */
const formAndYears = fc.oneof(
  fc.record({
    form: fc.record({ digits: fc.constant(10 as const), separator: fc.constantFrom('-', '', ' ') }),
    years: fc.constant([1900, 2099] as const),
  }),
  fc.record({
    form: fc.record({ digits: fc.constant(10 as const), separator: fc.constant('+') }),
    years: fc.constant([1800, 1999] as const),
  }),
  fc.record({
    form: fc.record({ digits: fc.constant(12 as const), separator: fc.constantFrom('-', '', ' ') }),
    years: fc.constant([1800, 2099] as const),
  }),
);

function validNumber(coordination: boolean): fc.Arbitrary<string> {
  return formAndYears.chain(({ form, years: [min, max] }) =>
    fc
      .record({
        year: fc.integer({ min, max }),
        month: fc.integer({ min: 1, max: 12 }),
        dayIndex: fc.nat(),
        serial: fc.integer({ min: 0, max: 999 }),
        leapDay: fc.boolean(),
      })
      .map(({ year, month, dayIndex, serial, leapDay }) => {
        const [y, m, d] = leapDay
          ? [leapYearNear(year), 2, 29]
          : [year, month, 1 + (dayIndex % daysInMonth(year, month))];
        return write({ form, year: y, month: m, day: coordination ? d + 60 : d, serial });
      }),
  );
}

/** Years the guard may read a 10-digit number as; a bad date is bad in all of them. */
const readableYears = (form: Form, year: number): number[] =>
  form.digits === 12
    ? [year]
    : form.separator === '+'
      ? [1800 + (year % 100), 1900 + (year % 100)]
      : [1900 + (year % 100), 2000 + (year % 100)];

function impossibleDate(coordination: boolean): fc.Arbitrary<string> {
  return formAndYears.chain(({ form, years: [min, max] }) =>
    fc
      .record({
        year: fc.integer({ min, max }),
        month: fc.integer({ min: 1, max: 12 }),
        badMonth: fc.constantFrom(0, 13, 14, 15, 16, 17, 18, 19),
        pick: fc.nat(),
        serial: fc.integer({ min: 0, max: 999 }),
        kind: fc.constantFrom('month', 'dayZero', 'dayTooLate'),
      })
      .map(({ year, month, badMonth, pick, serial, kind }) => {
        const longest = Math.max(...readableYears(form, year).map((y) => daysInMonth(y, month)));
        const lateDays = coordination ? 39 - longest : 60 - longest;
        const day =
          kind === 'month'
            ? 1 + (pick % 28)
            : kind === 'dayZero'
              ? 0
              : longest + 1 + (pick % lateDays);
        const m = kind === 'month' ? badMonth : month;
        return write({ form, year, month: m, day: coordination ? day + 60 : day, serial });
      }),
  );
}

const lead = fc.constantFrom(' ', ' (', ': ', ' nr ', '\n');
const trail = fc.constantFrom(' ', ') ', ', ', '. ', '\n');
const prose = fc.array(fc.constantFrom(...seedWords), { maxLength: 25 }).map((w) => w.join(' '));

/** A number placed at a random position in Swedish prose, and where it is. */
function inProse(number: fc.Arbitrary<string>) {
  return fc.record({ before: prose, lead, number, trail, after: prose }).map((p) => {
    const head = p.before === '' ? '' : p.before + p.lead;
    return {
      text: head + p.number + p.trail + p.after,
      start: head.length,
      end: head.length + p.number.length,
    };
  });
}

const identityKinds = (text: string): PersonalDataFinding[] =>
  findPersonalData(text).filter(
    (f) => f.kind === 'personalIdentityNumber' || f.kind === 'coordinationNumber',
  );

describe('findPersonalData', () => {
  it('finds a valid personal identity number at its place in prose', () => {
    fc.assert(
      fc.property(inProse(validNumber(false)), ({ text, start, end }) => {
        expect(findPersonalData(text)).toEqual([{ kind: 'personalIdentityNumber', start, end }]);
      }),
    );
  });

  it('finds a valid coordination number at its place in prose', () => {
    fc.assert(
      fc.property(inProse(validNumber(true)), ({ text, start, end }) => {
        expect(findPersonalData(text)).toEqual([{ kind: 'coordinationNumber', start, end }]);
      }),
    );
  });

  it('finds every number when a text holds several', () => {
    fc.assert(
      fc.property(fc.array(validNumber(false), { minLength: 1, maxLength: 5 }), (numbers) => {
        const text = numbers.join(' och ');
        const found = findPersonalData(text).map((f) => text.slice(f.start, f.end));
        expect(found).toEqual(numbers);
      }),
    );
  });

  it('does not flag a number with a wrong check digit', () => {
    const wrong = formAndYears.chain(({ form, years: [min, max] }) =>
      fc
        .record({
          year: fc.integer({ min, max }),
          month: fc.integer({ min: 1, max: 12 }),
          day: fc.integer({ min: 1, max: 28 }),
          serial: fc.integer({ min: 0, max: 999 }),
          shift: fc.integer({ min: 1, max: 9 }),
          coordination: fc.boolean(),
        })
        .map((p) => write({ form, ...p, day: p.coordination ? p.day + 60 : p.day }, p.shift)),
    );
    fc.assert(
      fc.property(inProse(wrong), ({ text }) => {
        expect(identityKinds(text)).toEqual([]);
      }),
    );
  });

  it('does not flag a number whose date does not exist', () => {
    const impossible = fc.oneof(impossibleDate(false), impossibleDate(true));
    fc.assert(
      fc.property(inProse(impossible), ({ text }) => {
        expect(identityKinds(text)).toEqual([]);
      }),
    );
  });

  it('does not flag a valid number inside a longer run of digits or a case number', () => {
    const extra = fc.stringMatching(/^\d{1,3}$/);
    const embedded = fc.oneof(
      fc
        .tuple(extra, validNumber(false))
        .map(([d, n]) => `${d}${n.replace(/\D/g, '')}`)
        .filter((s) => s.length !== 12),
      fc.tuple(validNumber(false), extra).map(([n, d]) => `${n}${d}`),
      fc
        .tuple(extra, fc.constantFrom('/', '-', '.', ':'), validNumber(true))
        .map((p) => p.join('')),
      fc.tuple(validNumber(true), fc.constantFrom('/', '-', ','), extra).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(inProse(embedded), ({ text }) => {
        expect(identityKinds(text)).toEqual([]);
      }),
    );
  });

  it('does not flag organisation numbers, whose third digit is 2 or more, even Luhn-valid ones', () => {
    const organisation = fc
      .record({
        head: fc.stringMatching(/^\d{2}$/),
        third: fc.integer({ min: 2, max: 9 }),
        rest: fc.stringMatching(/^\d{6}$/),
        separator: fc.constantFrom('-', '', ' '),
        prefix: fc.constantFrom('', '16'),
      })
      .map(({ head, third, rest, separator, prefix }) => {
        const nine = `${head}${third}${rest}`;
        const ten = `${nine}${luhnCheckDigit(nine)}`;
        return `${prefix}${ten.slice(0, 6)}${separator}${ten.slice(6)}`;
      });
    fc.assert(
      fc.property(inProse(organisation), ({ text }) => {
        expect(identityKinds(text)).toEqual([]);
      }),
    );
  });

  it('follows leap years', () => {
    const check = (date: string, separator = '-'): string =>
      `${date}${separator}000${luhnCheckDigit(`${date.slice(-6)}000`)}`;
    const flagged = (text: string): boolean => findPersonalData(text).length > 0;
    expect(flagged(check('20000229'))).toBe(true);
    expect(flagged(check('20240229'))).toBe(true);
    expect(flagged(check('19040229'))).toBe(true);
    expect(flagged(check('000229'))).toBe(true); // read as 2000
    expect(flagged(check('000229', '+'))).toBe(false); // 1900 and 1800 are not leap years
    expect(flagged(check('19000229'))).toBe(false);
    expect(flagged(check('20230229'))).toBe(false);
    expect(flagged(check('18000229'))).toBe(false);
    expect(flagged(check('20000289'))).toBe(true); // coordination number, 29 February 2000
    expect(flagged(check('20230289'))).toBe(false);
  });
});

describe('findPersonalData on text without personal data', () => {
  it('finds nothing in the seed document', () => {
    expect(findPersonalData(seedText)).toEqual([]);
  });

  it.each([
    '2022-05-11',
    '20220511',
    'den 11 maj 2022',
    '2022-05-11–2022-06-30',
    '20220511-20220630',
    '2027-01-08T08:30:00+01:00',
    'kl. 08:30',
    'kl. 08.30–16.00',
    '500 tkr',
    '1 600 personer',
    '1 000 000 kr',
    '1\u00A0000\u00A0000 kr',
    '91 010 000 000 kr',
    '5 070 123 456 kr',
    '0,5 mkr',
    '12,5 %',
    '2018',
    'mandatperioden 2023–2026',
    'Agenda 2030',
    'SOCN 2022/123',
    'Dnr KS 2018/0456',
    'KS 2018-0456',
    'ärende 2022/811218-9876',
    'lag (1976:580)',
    'SFS 2018:1197',
    '212000-0555',
    '2120000555',
    '16212000-0555',
    '1198112189876',
    '8112189876123',
    'ABC8112189876',
    '01 02 03 04 05',
    '@linkoping',
    'anna@',
    'https://www.linkoping.se/contentassets/37d4650ddd574eee922632e7c5903601/x.pdf?499383',
  ])('finds nothing in "%s"', (text) => {
    expect(findPersonalData(`Enligt ${text} gäller detta.`)).toEqual([]);
  });

  it('finds nothing in amounts written with thousands separators', () => {
    const amount = fc
      .tuple(fc.integer({ min: 0, max: 10 ** 12 }), fc.constantFrom(' kr', ' tkr', ' personer', ''))
      .map(([n, unit]) => new Intl.NumberFormat('sv-SE').format(n) + unit);
    fc.assert(
      fc.property(amount, (text) => {
        expect(findPersonalData(text)).toEqual([]);
      }),
    );
  });

  it('finds nothing in years, dates and case numbers', () => {
    const year = fc.integer({ min: 1800, max: 2100 });
    const date = fc
      .record({ y: year, m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
      .chain(({ y, m, d }) =>
        fc.constantFrom(`${y}-${pad(m)}-${pad(d)}`, `${y}${pad(m)}${pad(d)}`, `${d}/${m} ${y}`),
      );
    const caseNumber = fc
      .tuple(
        fc.constantFrom('Dnr KS ', 'SOCN ', 'UN ', 'KS-'),
        year,
        fc.constantFrom('/', '-', ':'),
      )
      .chain(([board, y, sep]) =>
        fc.nat({ max: 9999 }).map((n) => `${board}${y}${sep}${pad(n, 4)}`),
      );
    const text = fc.array(fc.oneof(year.map(String), date, caseNumber), { maxLength: 6 });
    fc.assert(
      fc.property(text, (parts) => {
        expect(findPersonalData(parts.join(', '))).toEqual([]);
      }),
    );
  });
});

/** The one finding in `Före X efter.`, as the text it covers. */
const onlyFinding = (x: string): { kind: string; text: string }[] => {
  const text = `Före ${x} efter.`;
  return findPersonalData(text).map((f) => ({ kind: f.kind, text: text.slice(f.start, f.end) }));
};

describe('findPersonalData on contact details', () => {
  it.each([
    '070-123 45 67',
    '0701234567',
    '070 123 45 67',
    '070-1234567',
    '070\u00A0123\u00A045\u00A067',
    '+46 70 123 45 67',
    '+46701234567',
    '+46 (0)70-123 45 67',
    '0046 70 123 45 67',
    '013-12 34 56',
    '013 - 12 34 56',
    '013-123456',
    '(013) 12 34 56',
    '08-123 456 78',
    '08-12 34 56',
    '+46 8 123 456 78',
    '0771-123 456',
    '0980-123 45',
  ])('finds the phone number "%s"', (phone) => {
    expect(onlyFinding(phone)).toEqual([{ kind: 'phoneNumber', text: phone }]);
  });

  it('leaves a year after a phone number out of it', () => {
    expect(onlyFinding('013-12 34 56 2022')).toEqual([
      { kind: 'phoneNumber', text: '013-12 34 56' },
    ]);
  });

  it('finds Swedish mobile numbers however they are grouped', () => {
    const mobile = fc
      .tuple(fc.constantFrom('070', '072', '073', '076', '079'), fc.stringMatching(/^\d{7}$/))
      .chain(([area, n]) =>
        fc.constantFrom(
          `${area}-${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
          `${area} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
          `${area}-${n}`,
          `+46 ${area.slice(1)} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`,
          `0046${area.slice(1)}${n}`,
        ),
      );
    fc.assert(
      fc.property(inProse(mobile), ({ text, start, end }) => {
        expect(findPersonalData(text)).toEqual([{ kind: 'phoneNumber', start, end }]);
      }),
    );
  });

  it.each([
    'anna.andersson@linkoping.se',
    'a_b+tag@sub.example.com',
    'Åsa.Öberg@kommun.se',
    'x@y.se',
  ])('finds the e-mail address "%s"', (email) => {
    expect(onlyFinding(email)).toEqual([{ kind: 'email', text: email }]);
  });

  it('reports an identity number inside an e-mail address once, as the identity number', () => {
    expect(onlyFinding('19811218-9876@example.se')).toEqual([
      { kind: 'personalIdentityNumber', text: '19811218-9876' },
    ]);
  });
});

describe('personalDataMessage', () => {
  it('gives every kind a Swedish message that asks the user to de-identify', () => {
    for (const message of Object.values(personalDataMessages.sv)) {
      expect(message).toContain('Avidentifiera: skriv aldrig namn eller personnummer');
    }
    for (const message of Object.values(personalDataMessages.en)) {
      expect(message).toContain('never write names');
    }
  });

  it("returns the first finding's message, in Swedish unless asked otherwise", () => {
    const text = 'Ring 070-123 45 67 om 811218-9876.';
    expect(personalDataMessage(text)).toBe(personalDataMessages.sv.phoneNumber);
    expect(personalDataMessage('Kontakt: 811218-9876', 'en')).toBe(
      personalDataMessages.en.personalIdentityNumber,
    );
    expect(personalDataMessage('Inga personuppgifter här, 500 tkr.')).toBeUndefined();
  });
});
