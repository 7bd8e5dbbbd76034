import { isIsoDate } from '../../model/iso-date.js';
import { validateDate } from '../../../domain/validation.js';
import { isPastRound } from '../../../domain/round-phase.js';
import type { OpenRoundRequest } from '../../api/contract.js';
import type { OpenDialog, RoundRow } from './FollowUp.types.js';

/**
 * The "open a round" dialog as pure steps: start from a row, change a date, confirm a past round,
 * and the request to send (or why not yet). `today` is the Stockholm date.
 */

const dateOrder = 'Datumen måste följa ordningen öppnar ≤ sista svarsdag ≤ stänger.';
const confirmFirst = 'Bekräfta att omgången ska öppnas fast dess stängningsdatum har passerat.';

export function startDialog(row: RoundRow, today: string): OpenDialog {
  const dates = { opensOn: row.opensOn, dueOn: row.dueOn, closesOn: row.closesOn };
  return { row, dates, past: isPastRound(dates, today), confirmPast: false };
}

export function withDate(
  dialog: OpenDialog,
  field: keyof OpenDialog['dates'],
  value: string,
  today: string,
): OpenDialog {
  const dates = { ...dialog.dates, [field]: value };
  const { error: _dropped, ...rest } = dialog;
  return { ...rest, dates, past: isPastRound(dates, today) };
}

export function withConfirmPast(dialog: OpenDialog, confirmed: boolean): OpenDialog {
  const { error: _dropped, ...rest } = dialog;
  return { ...rest, confirmPast: confirmed };
}

/** The request to send, or the dialog with the reason it cannot be sent yet. */
export function openRequest(
  dialog: OpenDialog,
  /** Said when a date is not YYYY-MM-DD (in the tab's language). */
  dateFormat: string,
):
  | { readonly ok: true; readonly request: OpenRoundRequest }
  | { readonly ok: false; readonly dialog: OpenDialog } {
  const { opensOn, dueOn, closesOn } = dialog.dates;
  if (![opensOn, dueOn, closesOn].every(isIsoDate))
    return { ok: false, dialog: { ...dialog, error: dateFormat } };
  const outOfRange = [opensOn, dueOn, closesOn]
    .map((date) => validateDate('date', date))
    .find((e) => e !== undefined);
  if (outOfRange) return { ok: false, dialog: { ...dialog, error: outOfRange.message } };
  if (!(opensOn <= dueOn && dueOn <= closesOn))
    return { ok: false, dialog: { ...dialog, error: dateOrder } };
  if (dialog.past && !dialog.confirmPast)
    return { ok: false, dialog: { ...dialog, error: confirmFirst } };
  const request: OpenRoundRequest = {
    ...dialog.row.proposal,
    opensOn,
    dueOn,
    closesOn,
    ...(dialog.past ? { confirmPast: true } : {}),
  };
  return { ok: true, request };
}
