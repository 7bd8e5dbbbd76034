import { useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import type { Versioned } from '../../../app/ports.js';
import type { FollowUpRound, Plan } from '../../../domain/model.js';
import type { OpenRoundRequest } from '../../api/contract.js';
import type { TabFailure, TabResult } from '../../backend/tab-backend.js';
import { stockholmDate } from '../../../domain/calendar/stockholm-time.js';
import { roundPhase } from '../../../domain/round-phase.js';
import { languageOf } from '../../i18n/i18n.js';
import { openRounds } from '../../model/plan-view.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import { useRunWithSignIn } from '../../state/reauth.js';
import { withSavedRound } from '../../state/snapshot-updates.js';
import type { FollowUpState, Notice, OpenDialog } from './FollowUp.types.js';
import { withSignOff } from '../../state/snapshot-updates.js';
import { departmentRows, reopenedText, roundProgress } from './department-rows.js';
import { openRequest, startDialog, withConfirmPast, withDate } from './open-dialog.js';
import { roundRows } from './round-rows.js';
import { useFollowUpCalendar } from './useFollowUpCalendar.js';
import { useRoundReminders } from './useRoundReminders.js';

/**
 * The round for the plan shown; a term-of-office round of a plan that complements another
 * follows both up together (the seed's municipality-wide round).
 */
function roundRequest(request: OpenRoundRequest, plan: Plan): OpenRoundRequest {
  const parent = request.kind === 'termOfOffice' ? plan.parentPlanId : undefined;
  return { ...request, planId: plan.id, ...(parent ? { alsoPlanIds: [parent] } : {}) };
}

export function useFollowUp(): FollowUpState {
  const data = usePlanData();
  const { backend, clock } = useTabServices();
  const run = useRunWithSignIn();
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const workingGroup = data.state === 'ready' && data.me.isWorkingGroup;
  const shown = data.state === 'ready' ? data.snapshot.plan : undefined;
  const calendar = useFollowUpCalendar(
    workingGroup,
    shown?.previousVersionId === undefined ? undefined : shown.id,
  );
  const openIds =
    data.state === 'ready' && workingGroup ? openRounds(data.snapshot).map((r) => r.id) : [];
  const reminders = useRoundReminders(openIds);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | undefined>();
  const [actionError, setActionError] = useState<TabFailure | undefined>();
  const [openDialog, setOpenDialog] = useState<OpenDialog | undefined>();
  const [closeDialog, setCloseDialog] = useState<Versioned<FollowUpRound> | undefined>();

  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  if (!workingGroup) return { kind: 'forbidden' };
  const { snapshot, update } = data;
  const today = stockholmDate(clock.now());
  const open = (openRounds(snapshot) as Versioned<FollowUpRound>[]).map((round) => ({
    round,
    phase: roundPhase(round, today),
    departments: departmentRows(snapshot, round, reminders.stateOf(round.id), t, lang),
    progress: roundProgress(snapshot, round, clock.now(), t, lang),
  }));

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
    rows: roundRows(snapshot.rounds, calendar.kind === 'ready' ? calendar.rounds : [], today),
    open,
    busy,
    notice,
    actionError,
    openDialog,
    closeDialog,
    closeMissing: closeDialog
      ? roundProgress(snapshot, closeDialog, clock.now(), t, lang).missingText
      : undefined,
    startOpen: (row) => setOpenDialog(startDialog(row, today)),
    setDate: (field, value) => setOpenDialog((d) => d && withDate(d, field, value, today)),
    setConfirmPast: (confirmed) => setOpenDialog((d) => d && withConfirmPast(d, confirmed)),
    confirmOpen: () => {
      if (!openDialog) return;
      const checked = openRequest(openDialog, t('date.format'));
      if (!checked.ok) return setOpenDialog(checked.dialog);
      void (async () => {
        setBusy(true);
        setNotice(undefined);
        setActionError(undefined);
        const result = await run(() =>
          backend.openRound(roundRequest(checked.request, snapshot.plan)),
        );
        setBusy(false);
        if (!result.ok) {
          // Open already, closed, or followed up by an earlier version: the round's state, not
          // someone else's change to what the user saw.
          if (result.error.reason !== 'conflict') return setActionError(result.error);
          setOpenDialog(undefined);
          return setNotice({ intent: 'warning', text: result.error.message });
        }
        update((s) => withSavedRound(s, result.value));
        setOpenDialog(undefined);
        setNotice({ intent: 'success', text: t('followUp.opened', { title: result.value.title }) });
      })();
    },
    startClose: (round) => setCloseDialog(round),
    confirmClose: () => {
      if (!closeDialog) return;
      void act(
        () => backend.closeRound(closeDialog.id, closeDialog.version),
        (round) => {
          update((s) => withSavedRound(s, round));
          setCloseDialog(undefined);
          setNotice({ intent: 'success', text: t('followUp.closed', { title: round.title }) });
        },
      );
    },
    cancelDialog: () => {
      setOpenDialog(undefined);
      setCloseDialog(undefined);
    },
    reopen: (roundId, departmentId) => {
      const name = snapshot.departments.find((d) => d.id === departmentId)?.name ?? departmentId;
      void act(
        () => backend.signOff(roundId, departmentId, 'reopen'),
        (signOff) => {
          update((s) => withSignOff(s, signOff));
          setNotice({ intent: 'success', text: reopenedText(name, lang) });
        },
      );
    },
    remind: (roundId, departmentId) => {
      const name = snapshot.departments.find((d) => d.id === departmentId)?.name ?? departmentId;
      void (async () => {
        setBusy(true);
        setNotice(undefined);
        setActionError(undefined);
        const result = await run(() => backend.sendReminder(roundId, departmentId));
        setBusy(false);
        if (!result.ok) {
          // "Not yet", "already sent", "being sent": information, not someone else's change.
          if (result.error.reason === 'conflict')
            return setNotice({ intent: 'info', text: result.error.message });
          return setActionError(result.error);
        }
        const r = result.value;
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
        if (r.outcome === 'posted') reminders.reload();
      })();
    },
  };
}
