import { fillWording, type WordingLanguage } from './wording.js';

/**
 * The words of department sign-off (klarmarkering), shared by the cards and the tab's views so a
 * department reads the same thing in both. Kept out of wording.ts: only the cards and the tab's
 * lazily loaded views use them, so they stay out of the tab's first view (its translations,
 * sv.ts, ship with it).
 */

type SignOffWording = {
  readonly signOff: string;
  readonly hint: string;
  /** `{{name}}`, `{{when}}`. */
  readonly signedOffBy: string;
  readonly locked: string;
  /** `{{when}}`. */
  readonly reopenedOn: string;
  readonly progress: Readonly<Record<'notStarted' | 'inProgress' | 'complete', string>>;
  readonly progressHeading: string;
  readonly reopen: string;
  /** `{{name}}`: the department. */
  readonly reopenLabel: string;
  readonly reopened: string;
};

export const signOffWording: Readonly<Record<WordingLanguage, SignOffWording>> = {
  sv: {
    signOff: 'Klarmarkera',
    hint: 'Alla aktiviteter är besvarade. Klarmarkera när förvaltningens del är klar: svaren låses då och påminnelserna upphör.',
    signedOffBy: 'Klarmarkerad av {{name}} den {{when}}.',
    locked: 'Svaren är låsta. Arbetsgruppen kan öppna dem igen.',
    reopenedOn:
      'Arbetsgruppen öppnade förvaltningens del igen den {{when}}: svaren kan ändras och klarmarkeras på nytt.',
    progress: { notStarted: 'Ej påbörjad', inProgress: 'Pågår', complete: 'Klar' },
    progressHeading: 'Förvaltningens del',
    reopen: 'Öppna igen',
    reopenLabel: 'Öppna {{name}} igen',
    reopened: '{{name}} är öppnad igen och har fått veta det i sin kanal.',
  },
  en: {
    signOff: 'Mark as complete',
    hint: 'Every activity is answered. Mark as complete when the department’s part is done: the answers are then locked and the reminders stop.',
    signedOffBy: 'Marked as complete by {{name}} on {{when}}.',
    locked: 'The answers are locked. The working group can reopen them.',
    reopenedOn:
      'The working group reopened the department’s part on {{when}}: answers can be changed and marked as complete again.',
    progress: { notStarted: 'Not started', inProgress: 'In progress', complete: 'Complete' },
    progressHeading: 'Department’s part',
    reopen: 'Reopen',
    reopenLabel: 'Reopen {{name}}',
    reopened: '{{name}} is reopened and has been told in its channel.',
  },
};

/** A sign-off wording filled in: `sign('sv', 'signedOffBy', { name, when })`. */
export function signOffWords(
  language: WordingLanguage,
  key: Exclude<keyof SignOffWording, 'progress'>,
  values: Readonly<Record<string, string>> = {},
): string {
  return fillWording(signOffWording[language][key], values);
}
