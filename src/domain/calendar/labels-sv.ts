import type { ReminderStage } from '../model.js';
import { dateParts, isoWeekday, type IsoDate } from './plain-date.js';

/** Swedish wording of calendar things, as users see them. */

const monthsSv = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const weekdaysSv = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;

/** `26 februari 2027`. */
export function formatDateSv(date: IsoDate): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${monthsSv[month - 1] ?? ''} ${year}`;
}

/** `fredag 26 februari 2027`. */
export function formatDateWithWeekdaySv(date: IsoDate): string {
  return `${weekdaysSv[isoWeekday(date) - 1] ?? ''} ${formatDateSv(date)}`;
}

/** `Omgången öppnar`, `Två veckor kvar`, …, `Försenad, påminnelse 2`. */
export function stageLabelSv(stage: ReminderStage): string {
  switch (stage) {
    case 'opening':
      return 'Omgången öppnar';
    case 'twoWeeks':
      return 'Två veckor kvar';
    case 'threeWorkingDays':
      return 'Tre arbetsdagar kvar';
    case 'due':
      return 'Sista svarsdag';
    default:
      return `Försenad, påminnelse ${stage.slice('overdue-'.length)}`;
  }
}
