import { signOffWording, signOffWords } from '../domain/sign-off-wording.js';
import { fillWording, optionalLabel, wording } from '../domain/wording.js';
import type { CardLocale } from './locale.js';

/**
 * Why an answer was refused, when the card can only say so: not in the department's team, the
 * department has no linked team (SharePoint being too busy is said by `busyNothingSaved`/`busyPartlySaved`).
 */
export type CardRefusal = 'notMember' | 'noTeam' | 'signedOff' | 'missingAnswers';

/** The follow-up card's own wording (data such as titles and names is never in here). */
export type FollowUpStrings = {
  readonly department: string;
  readonly due: string;
  readonly deIdentify: string;
  progress(answered: number, total: number): string;
  page(page: number, pages: number): string;
  readonly example: string;
  readonly currentStatus: string;
  readonly noStatus: string;
  answeredBy(name: string, when: string): string;
  readonly notAnswered: string;
  readonly statusLabel: string;
  readonly statusPlaceholder: string;
  readonly commentLabel: string;
  readonly nextStepsLabel: string;
  readonly comment: string;
  readonly nextSteps: string;
  readonly submit: string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly pagingNote: string;
  readonly openTab: string;
  readonly refresh: string;
  readonly errorsSummary: string;
  readonly saved: string;
  /** SharePoint too busy to store the answer within the time Teams waits (issue 16). */
  readonly busyNothingSaved: string;
  readonly busyPartlySaved: string;
  readonly staleIntro: string;
  staleEntry(name: string, title: string, when: string): string;
  staleMore(count: number): string;
  staleCount(count: number): string;
  readonly staleKeptValues: string;
  readonly staleCurrentValues: string;
  readonly closed: string;
  readonly notOpenYet: string;
  /** Said to someone who may read the card but not answer. */
  readonly readOnly: string;
  readonly refusals: Readonly<Record<CardRefusal, string>>;
  readonly noActivities: string;
  readonly fallback: string;
  /** Department sign-off: the button, its hint, and the notices of a signed-off or reopened part. */
  readonly signOff: string;
  readonly signOffHint: string;
  signedOffBy(name: string, when: string): string;
  readonly signedOffLocked: string;
  reopenedOn(when: string): string;
};

const sv: FollowUpStrings = {
  department: 'Förvaltning: ',
  due: 'Sista svarsdag: ',
  deIdentify: wording.sv.privacyHint,
  progress: (answered, total) =>
    total === 1
      ? `${answered} av 1 aktivitet besvarad.`
      : `${answered} av ${total} aktiviteter besvarade.`,
  page: (page, pages) => `Sida ${page} av ${pages}`,
  example: ' (exempel)',
  currentStatus: 'Nuvarande status: ',
  noStatus: 'ingen status ännu',
  answeredBy: (name, when) => fillWording(wording.sv.answeredBy, { name, when }),
  notAnswered: wording.sv.notAnswered,
  statusLabel: 'Status',
  statusPlaceholder: 'Välj status',
  commentLabel: 'Kommentar',
  nextStepsLabel: optionalLabel(wording.sv.nextSteps, 'sv'),
  comment: 'Kommentar: ',
  nextSteps: 'Nästa steg: ',
  submit: 'Skicka svar',
  previousPage: 'Föregående sida',
  nextPage: 'Nästa sida',
  pagingNote: 'Svaren på en sida sparas när du byter sida.',
  openTab: 'Öppna i fliken',
  refresh: 'Uppdatera',
  errorsSummary: 'Inget sparades. Rätta det som är markerat nedan och skicka igen.',
  saved: 'Tack! Svaren är sparade.',
  busyNothingSaved:
    'SharePoint är tillfälligt överbelastat, så svaret sparades inte. Det du fyllde i finns kvar nedan: försök igen om en minut.',
  busyPartlySaved:
    'SharePoint är tillfälligt överbelastat: en del av svaret sparades, resten inte. Det som inte sparades finns kvar nedan: försök igen om en minut.',
  staleIntro: 'Någon hann svara medan du fyllde i kortet, så ditt svar sparades inte:',
  staleEntry: (name, title, when) => `${name} svarade på ”${title}”, ${when}`,
  staleMore: (count) => `… och ${count} svar till.`,
  staleCount: (count) =>
    count === 1 ? 'Ett nytt svar har kommit in.' : `${count} nya svar har kommit in.`,
  staleKeptValues: 'Det du fyllde i finns kvar nedan. Kontrollera och skicka igen.',
  staleCurrentValues: 'Kortet visar nu de senaste svaren.',
  closed: 'Uppföljningen är stängd. Svaren kan inte längre ändras.',
  notOpenYet: 'Uppföljningen har inte öppnat än. Svar kan lämnas när den öppnar.',
  readOnly:
    'Du kan läsa kortet men inte svara. Bara medlemmar i förvaltningens team kan svara. Svaren finns också i fliken.',
  refusals: {
    notMember:
      'Du kan inte svara för den här förvaltningen. Bara medlemmar i förvaltningens team kan svara. Inget sparades.',
    noTeam:
      'Förvaltningen har ingen kopplad kanal i Teams, så vi kan inte se vilka som får svara. Be arbetsgruppen koppla kanalen. Inget sparades.',
    signedOff:
      'Förvaltningen har klarmarkerat sin del, så svaren kan inte ändras. Inget sparades. Arbetsgruppen kan öppna den igen.',
    missingAnswers:
      'Alla aktiviteter behöver ett svar innan förvaltningen kan klarmarkera. Se vilka som saknar svar nedan.',
  },
  noActivities: 'Förvaltningen har inga aktiviteter att följa upp i den här omgången.',
  fallback: 'Uppföljning från Aktivitetsplan. Öppna kortet i Teams för att svara.',
  signOff: signOffWording.sv.signOff,
  signOffHint: signOffWording.sv.hint,
  signedOffBy: (name, when) => signOffWords('sv', 'signedOffBy', { name, when }),
  signedOffLocked: signOffWording.sv.locked,
  reopenedOn: (when) => signOffWords('sv', 'reopenedOn', { when }),
};

const en: FollowUpStrings = {
  department: 'Department: ',
  due: 'Due date: ',
  deIdentify: wording.en.privacyHint,
  progress: (answered, total) =>
    `${answered} of ${total} ${total === 1 ? 'activity' : 'activities'} answered.`,
  page: (page, pages) => `Page ${page} of ${pages}`,
  example: ' (example)',
  currentStatus: 'Current status: ',
  noStatus: 'no status yet',
  answeredBy: (name, when) => fillWording(wording.en.answeredBy, { name, when }),
  notAnswered: wording.en.notAnswered,
  statusLabel: 'Status',
  statusPlaceholder: 'Choose a status',
  commentLabel: 'Comment',
  nextStepsLabel: optionalLabel(wording.en.nextSteps, 'en'),
  comment: 'Comment: ',
  nextSteps: 'Next steps: ',
  submit: 'Send answers',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pagingNote: 'The answers on a page are saved when you change page.',
  openTab: 'Open in the tab',
  refresh: 'Refresh',
  errorsSummary: 'Nothing was saved. Correct what is marked below and send again.',
  saved: 'Thank you! Your answers are saved.',
  busyNothingSaved:
    'SharePoint is busy right now, so the answer was not saved. What you filled in is kept below: try again in a minute.',
  busyPartlySaved:
    'SharePoint is busy right now: part of the answer was saved, the rest was not. What was not saved is kept below: try again in a minute.',
  staleIntro: 'Someone answered while you were filling in the card, so your answer was not saved:',
  staleEntry: (name, title, when) => `${name} answered “${title}”, ${when}`,
  staleMore: (count) => `… and ${count} more ${count === 1 ? 'answer' : 'answers'}.`,
  staleCount: (count) =>
    count === 1 ? 'One new answer has come in.' : `${count} new answers have come in.`,
  staleKeptValues: 'What you filled in is still below. Check it and send again.',
  staleCurrentValues: 'The card now shows the latest answers.',
  closed: 'The follow-up is closed. Answers can no longer be changed.',
  notOpenYet: 'The follow-up has not opened yet. Answers can be given once it opens.',
  readOnly:
    "You can read this card but not answer. Only members of the department's team can answer. The answers are in the tab too.",
  refusals: {
    notMember:
      "You cannot answer for this department. Only members of the department's team can. Nothing was saved.",
    noTeam:
      'The department has no linked channel in Teams, so we cannot tell who may answer. Ask the working group to link it. Nothing was saved.',
    signedOff:
      'The department has marked its part as complete, so the answers cannot be changed. Nothing was saved. The working group can reopen it.',
    missingAnswers:
      'Every activity needs an answer before the department can mark its part as complete. See below which are missing.',
  },
  noActivities: 'The department has no activities to follow up in this round.',
  fallback: 'Follow-up from Aktivitetsplan. Open the card in Teams to answer.',
  signOff: signOffWording.en.signOff,
  signOffHint: signOffWording.en.hint,
  signedOffBy: (name, when) => signOffWords('en', 'signedOffBy', { name, when }),
  signedOffLocked: signOffWording.en.locked,
  reopenedOn: (when) => signOffWords('en', 'reopenedOn', { when }),
};

export function followUpStrings(locale: CardLocale): FollowUpStrings {
  return locale === 'sv' ? sv : en;
}
