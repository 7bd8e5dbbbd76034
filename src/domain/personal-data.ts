/**
 * The personal-data guard. Follow-ups describe the organisation's work, never individuals, so free
 * text is searched for Swedish personal identity numbers (personnummer), coordination numbers
 * (samordningsnummer), e-mail addresses and phone numbers before it is stored.
 *
 * Offsets are UTF-16 indices, as JavaScript strings count them: `text.slice(start, end)` is the
 * match. Findings are sorted by `start` and never overlap; where two would, an identity or
 * coordination number wins over an e-mail address, and an e-mail address over a phone number.
 *
 * Decisions:
 * - An identity number is YYMMDD or YYYYMMDD, then `-`, `+`, one space (or no-break space) or
 *   nothing, then four digits. The space is tolerated because forms and dictation produce it; the
 *   date and the check digit keep false alarms rare (a Luhn-valid digit has a 1 in 10 chance).
 * - The check digit is Luhn over the 10-digit form. The date must exist: 12 digits in 1800–2099;
 *   10 digits with `+` (100 years or older) in 18YY or 19YY, otherwise in 19YY or 20YY, so
 *   000229-… is a real date but 000229+… is not. A coordination number has day + 60.
 * - Organisation numbers have 20 or more where the month is, so the date check refuses them.
 * - A number glued to letters or digits, or joined to a digit by one of - + / . , : (a case number
 *   like 2022/123, a longer run of digits), is not flagged.
 * - Phone numbers: Swedish national (0…, 8–10 digits) and international (+46 / 0046, optionally
 *   (0), 7–9 digits after 46) forms, in groups separated by a space, a no-break space or a hyphen.
 *   The area code is 08 or 3–4 digits with the 0 (0xx, 0xxx, mobile 07x) unless the whole number is
 *   one run of digits; later groups have two or more digits; groups past the length (a year after
 *   the number) are left out. Amounts, years and dates never start with 0, and a candidate right
 *   after a digit and a space is a group of an amount (91 010 000 000 kr), not a phone number.
 * - Names are not detected; the messages ask users never to write them.
 */

export type PersonalDataKind =
  'personalIdentityNumber' | 'coordinationNumber' | 'email' | 'phoneNumber';

export type PersonalDataFinding = {
  readonly kind: PersonalDataKind;
  readonly start: number;
  readonly end: number;
};

export type Language = 'sv' | 'en';

export const personalDataMessages: Readonly<Record<Language, Record<PersonalDataKind, string>>> = {
  sv: {
    personalIdentityNumber:
      'Texten verkar innehålla ett personnummer. Avidentifiera: skriv aldrig namn eller personnummer.',
    coordinationNumber:
      'Texten verkar innehålla ett samordningsnummer. Avidentifiera: skriv aldrig namn eller personnummer.',
    email:
      'Texten verkar innehålla en e-postadress. Avidentifiera: skriv aldrig namn eller personnummer, och inga kontaktuppgifter.',
    phoneNumber:
      'Texten verkar innehålla ett telefonnummer. Avidentifiera: skriv aldrig namn eller personnummer, och inga kontaktuppgifter.',
  },
  en: {
    personalIdentityNumber:
      'The text seems to contain a personal identity number. De-identify it: never write names or personal identity numbers.',
    coordinationNumber:
      'The text seems to contain a coordination number. De-identify it: never write names or personal identity numbers.',
    email:
      'The text seems to contain an e-mail address. De-identify it: never write names, personal identity numbers or contact details.',
    phoneNumber:
      'The text seems to contain a phone number. De-identify it: never write names, personal identity numbers or contact details.',
  },
};

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const add = (finding: PersonalDataFinding): void => {
    if (!findings.some((f) => f.start < finding.end && finding.start < f.end)) {
      findings.push(finding);
    }
  };
  findIdentityNumbers(text).forEach(add);
  findEmails(text).forEach(add);
  findPhoneNumbers(text).forEach(add);
  return findings.sort((a, b) => a.start - b.start);
}

/** The message of the text's first finding, or undefined when the text is clean. */
export function personalDataMessage(text: string, language: Language = 'sv'): string | undefined {
  const first = findPersonalData(text)[0];
  return first && personalDataMessages[language][first.kind];
}

const SPACE = ' \u00A0';
const IDENTITY = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\d{6}|\\d{8})([-+${SPACE}]?)(\\d{4})(?![\\p{L}\\p{N}])`,
  'gu',
);

function findIdentityNumbers(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(IDENTITY)) {
    const [whole, datePart = '', separator = '', lastFour = ''] = m;
    const start = m.index;
    const end = start + whole.length;
    const kind = classifyIdentityNumber(datePart, separator, lastFour);
    if (kind && !isEmbedded(text, start, end)) found.push({ kind, start, end });
  }
  return found;
}

function classifyIdentityNumber(
  datePart: string,
  separator: string,
  lastFour: string,
): 'personalIdentityNumber' | 'coordinationNumber' | undefined {
  if (!luhnValid(datePart.slice(-6) + lastFour)) return undefined;
  const month = Number(datePart.slice(-4, -2));
  const rawDay = Number(datePart.slice(-2));
  const coordination = rawDay > 60;
  const day = coordination ? rawDay - 60 : rawDay;
  const real = candidateYears(datePart, separator).some((y) => isRealDate(y, month, day));
  if (!real) return undefined;
  return coordination ? 'coordinationNumber' : 'personalIdentityNumber';
}

function candidateYears(datePart: string, separator: string): number[] {
  if (datePart.length === 8) {
    const year = Number(datePart.slice(0, 4));
    return year >= 1800 && year <= 2099 ? [year] : [];
  }
  const yy = Number(datePart.slice(0, 2));
  return separator === '+' ? [1800 + yy, 1900 + yy] : [1900 + yy, 2000 + yy];
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Luhn over the digits: weights 2, 1, 2, 1, … from the left for a 10-digit number. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const product = Number(digits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += product > 9 ? product - 9 : product;
  }
  return sum % 10 === 0;
}

/** True when the match is glued to a letter or digit, or joined to a digit by - + / . , : */
function isEmbedded(text: string, start: number, end: number): boolean {
  const glued = /^[\p{L}\p{N}]$/u;
  const joiner = /^[-+/.,:]$/;
  const digit = /^\d$/;
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  return (
    glued.test(before) ||
    glued.test(after) ||
    (joiner.test(before) && digit.test(text[start - 2] ?? '')) ||
    (joiner.test(after) && digit.test(text[end + 1] ?? ''))
  );
}

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-](?:[\p{L}\p{N}._%+-]*[\p{L}\p{N}_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+\p{L}{2,}(?![\p{L}\p{N}-])/gu;

function findEmails(text: string): PersonalDataFinding[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    kind: 'email',
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const PHONE = new RegExp(
  `(?<![\\p{L}\\p{N}+])((?:\\+|00)46(?:[-${SPACE}]?\\(0\\))?[-${SPACE}]?|\\((?=0[1-9]\\d{0,2}\\))|(?=0[1-9]))` +
    `(\\d+)(\\)?(?:(?:[${SPACE}]?-[${SPACE}]?|[${SPACE}])\\d+)*)`,
  'gu',
);

function findPhoneNumbers(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(PHONE)) {
    const [, prefix = '', first = '', rest = ''] = m;
    const start = m.index;
    const end = phoneEnd(first, rest, start + prefix.length);
    const inAmount = /\d[ \u00A0]$/.test(text.slice(Math.max(0, start - 2), start));
    if (end !== undefined && !inAmount && !isEmbedded(text, start, end)) {
      found.push({ kind: 'phoneNumber', start, end });
    }
  }
  return found;
}

/**
 * Where the phone number that starts with digit group `first` ends, or undefined when it is not
 * one. Trailing groups that would make it too long (a year after it, say) are left out.
 */
function phoneEnd(first: string, rest: string, firstAt: number): number | undefined {
  const area = first.replace(/^0/, '');
  let digits = area.length;
  let end = digits >= 7 && digits <= 9 ? firstAt + first.length : undefined;
  const isAreaCode = area === '8' || (area.length >= 2 && area.length <= 3);
  if (!isAreaCode) return end;
  for (const g of rest.matchAll(/\d+/g)) {
    digits += g[0].length;
    if (g[0].length < 2 || digits > 9) break;
    if (digits >= 7) end = firstAt + first.length + g.index + g[0].length;
  }
  return end;
}
