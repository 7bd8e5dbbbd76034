import { useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import type { Versioned } from '../../../app/ports.js';
import type { FollowUpRound } from '../../../domain/model.js';
import { validateDate } from '../../../domain/validation.js';
import type { TabFailure, TabResult } from '../../backend/tab-backend.js';
import { openRounds, roundStateByDepartment } from '../../model/plan-view.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import { useRunWithSignIn } from '../../state/reauth.js';
import { withRound } from '../../state/snapshot-updates.js';
import type { FollowUpState, Notice, OpenDialog } from './FollowUp.types.js';
import { roundRows } from './round-rows.js';
import { useFollowUpCalendar } from './useFollowUpCalendar.js';

export function useFollowUp(): FollowUpState {
  const data = usePlanData();
  const { backend } = useTabServices();
  const run = useRunWithSignIn();
  const { t } = useTranslation();
  const workingGroup = data.state === 'ready' && data.me.isWorkingGroup;
  const calendar = useFollowUpCalendar(workingGroup);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [actionError, setActionError] = useState<TabFailure | undefined>();
  const [openDialog, setOpenDialog] = useState<OpenDialog | undefined>();
  const [closeDialog, setCloseDialog] = useState<Versioned<FollowUpRound> | undefined>();

  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  if (!workingGroup) return { kind: 'forbidden' };
  const { snapshot, update } = data;
  const current = openRounds(snapshot)[0] as Versioned<FollowUpRound> | undefined;
  const departments = current ? roundStateByDepartment(snapshot, current) : [];

  const act = async <T>(call: () => Promise<TabResult<T>>, done: (value: T) => void) => {
    setBusy(true);
    setNotice(undefined);
    setActionError(undefined);
    const result = await run(call);
    setBusy(false);
    if (result.ok) done(result.value);
    else setActionError(result.error);
  };

  return {
    kind: 'ready',
    calendar: calendar.kind === 'ready' ? { kind: 'ready' } : calendar,
    rows: roundRows(snapshot.rounds, calendar.kind === 'ready' ? calendar.rounds : []),
    current,
    departments,
    busy,
    notice,
    actionError,
    openDialog,
    closeDialog,
    startOpen: (row) =>
      setOpenDialog({
        row,
        dates: { opensOn: row.opensOn, dueOn: row.dueOn, closesOn: row.closesOn },
      }),
    setDate: (field, value) =>
      setOpenDialog((d) => d && { ...d, dates: { ...d.dates, [field]: value }, error: undefined }),
    confirmOpen: () => {
      if (!openDialog) return;
      const { opensOn, dueOn, closesOn } = openDialog.dates;
      const outOfRange = [opensOn, dueOn, closesOn]
        .map((date) => validateDate('date', date))
        .find((e) => e !== undefined);
      if (outOfRange) {
        setOpenDialog({ ...openDialog, error: outOfRange.message });
        return;
      }
      if (!(opensOn <= dueOn && dueOn <= closesOn)) {
        setOpenDialog({
          ...openDialog,
          error: 'Datumen måste följa ordningen öppnar ≤ sista svarsdag ≤ stänger.',
        });
        return;
      }
      const request = { ...openDialog.row.proposal, opensOn, dueOn, closesOn };
      void act(
        () => backend.openRound(request),
        (round) => {
          update((s) => withRound(s, round));
          setOpenDialog(undefined);
          setNotice({ intent: 'success', text: t('followUp.opened', { title: round.title }) });
        },
      );
    },
    startClose: (round) => setCloseDialog(round),
    confirmClose: () => {
      if (!closeDialog) return;
      void act(
        () => backend.closeRound(closeDialog.id, closeDialog.version),
        (round) => {
          update((s) => withRound(s, round));
          setCloseDialog(undefined);
          setNotice({ intent: 'success', text: t('followUp.closed', { title: round.title }) });
        },
      );
    },
    cancelDialog: () => {
      setOpenDialog(undefined);
      setCloseDialog(undefined);
    },
    remind: (departmentId) => {
      if (!current) return;
      const name = snapshot.departments.find((d) => d.id === departmentId)?.name ?? departmentId;
      void act(
        () => backend.sendReminder(current.id, departmentId),
        (r) => {
          const key =
            r.outcome === 'posted'
              ? 'followUp.reminded'
              : r.outcome === 'nothingMissing'
                ? 'followUp.nothingMissing'
                : 'followUp.noChannel';
          setNotice({
            intent: r.outcome === 'posted' ? 'success' : 'warning',
            text: t(key, { name }),
          });
        },
      );
    },
  };
}
