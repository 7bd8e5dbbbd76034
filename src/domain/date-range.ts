/**
 * The dates SharePoint can store. A date and time column holds values from 1900-01-01 to
 * 8900-12-31 only (SharePoint refuses anything else with "You must specify a valid date within the
 * range of 1/1/1900 and 12/31/8900."), so every date the app writes — an activity's start and
 * end, a round's dates, a plan's decision dates — is checked against this range before it is
 * stored, on every path, with one message beside the field.
 */

const storableDateRange = { min: '1900-01-01', max: '8900-12-31' } as const;

export const dateRangeMessages = {
  sv: `Ange ett datum mellan ${storableDateRange.min} och ${storableDateRange.max}.`,
  en: `Enter a date between ${storableDateRange.min} and ${storableDateRange.max}.`,
} as const;

/** Whether a `YYYY-MM-DD` date lies within the range (the strings compare as dates). */
export function isStorableDate(isoDate: string): boolean {
  return isoDate >= storableDateRange.min && isoDate <= storableDateRange.max;
}
