import type { ReminderStage } from '../domain/model.js';
import { wording } from '../domain/wording.js';
import type { TextColor } from './elements.js';
import type { CardLocale } from './locale.js';

/** The heading of a reminder card for its stage of the follow-up calendar. */

type StageKind = 'opening' | 'twoWeeks' | 'threeWorkingDays' | 'due' | 'overdue';

const titles: Readonly<Record<CardLocale, Record<StageKind, string>>> = {
  sv: {
    opening: 'Uppföljningen har öppnat',
    twoWeeks: 'Påminnelse: två veckor kvar',
    threeWorkingDays: 'Påminnelse: 3 arbetsdagar kvar',
    due: 'Sista dag idag',
    overdue: wording.sv.overdueTitle,
  },
  en: {
    opening: 'The follow-up has opened',
    twoWeeks: 'Reminder: two weeks left',
    threeWorkingDays: 'Reminder: 3 working days left',
    due: 'Last day today',
    overdue: wording.en.overdueTitle,
  },
};

const colors: Readonly<Record<StageKind, TextColor>> = {
  opening: 'accent',
  twoWeeks: 'default',
  threeWorkingDays: 'warning',
  due: 'warning',
  overdue: 'attention',
};

function kindOf(stage: ReminderStage): StageKind {
  return stage.startsWith('overdue-') ? 'overdue' : (stage as StageKind);
}

export function reminderTitle(stage: ReminderStage, locale: CardLocale): string {
  return titles[locale][kindOf(stage)];
}

export function reminderColor(stage: ReminderStage): TextColor {
  return colors[kindOf(stage)];
}
