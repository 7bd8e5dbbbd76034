import { useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import type { Versioned } from '../../../app/ports.js';
import type { FollowUp, FollowUpStatus } from '../../../domain/model.js';
import { fieldMessages, validateFollowUpAnswer } from '../../../domain/validation.js';
import { AnswersConflictSchema, type AnswerInput } from '../../api/contract.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import { languageOf } from '../../i18n/i18n.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import { useRunWithSignIn } from '../../state/reauth.js';
import { withFollowUps } from '../../state/snapshot-updates.js';
import { changed, draftOf } from './answer-drafts.js';
import { readMeasured, type MeasuredInput } from '../../../domain/answer-values.js';
import type { Activity } from '../../../domain/model.js';
import type { AnswerDraft, AnswerFormProps, AnswerFormState } from './MyDepartment.types.js';

/** What the API is sent of an activity's values: its indicators' and, when allocated, the funds. */
function measuredOf(activity: Activity, draft: AnswerDraft): MeasuredInput {
  const indicators = activity.indicators ?? [];
  return {
    ...(indicators.length > 0
      ? {
          indicatorValues: Object.fromEntries(
            indicators.map((i) => [i.id, draft.indicatorValues[i.id] ?? '']),
          ),
        }
      : {}),
    ...(activity.allocatedTkr === undefined ? {} : { fundsUsed: draft.fundsUsed }),
  };
}

/** The department's answers: same rules as the card (domain validation + personal-data guard). */
export function useAnswerForm(props: AnswerFormProps): AnswerFormState {
  const { backend } = useTabServices();
  const { update } = usePlanData();
  const run = useRunWithSignIn();
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const initial = () => ({
    ...Object.fromEntries(props.activities.map((a) => [a.id, draftOf(props.answers.get(a.id))])),
    ...props.kept,
  });
  const [drafts, setDraftsState] = useState<Record<string, AnswerDraft>>(initial);
  // Kept by the view too, so switching department and back finds them again.
  const setDrafts = (change: (d: Record<string, AnswerDraft>) => Record<string, AnswerDraft>) => {
    const next = change(drafts);
    setDraftsState(next);
    props.keep(next);
  };
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [submitting, setSubmitting] = useState(false);
  const [message, setMessage] = useState<AnswerFormState['message']>();
  const [error, setError] = useState<TabFailure | undefined>();
  const [theirs, setTheirs] = useState<readonly Versioned<FollowUp>[]>([]);

  const send = async (versions: ReadonlyMap<string, string | undefined>) => {
    const errors: Record<string, string> = {};
    const answers: AnswerInput[] = [];
    for (const a of props.activities) {
      const draft = drafts[a.id]!;
      if (!changed(draft, draftOf(props.answers.get(a.id))) && !versions.has(a.id)) continue;
      const checked = validateFollowUpAnswer(draft);
      const values = measuredOf(a, draft);
      const measured = readMeasured(a, values, props.answers.get(a.id));
      if (!checked.ok || !measured.ok) {
        const found = [
          ...(checked.ok ? [] : checked.errors),
          ...(measured.ok ? [] : measured.errors),
        ];
        for (const [field, text] of Object.entries(fieldMessages(found, language)))
          errors[`${a.id}.${field}`] = text;
        continue;
      }
      const expectedVersion = versions.has(a.id)
        ? versions.get(a.id)
        : props.answers.get(a.id)?.version;
      answers.push({ activityId: a.id, ...checked.value, ...values, expectedVersion });
    }
    setFieldErrors(errors);
    setMessage(undefined);
    setError(undefined);
    if (Object.keys(errors).length > 0)
      return setMessage({ intent: 'warning', text: t('myDepartment.fixErrors') });
    if (answers.length === 0) {
      // Every status shown is already stored as it is: nothing changed, nothing to send.
      const shown = props.activities.filter((a) => drafts[a.id]!.status !== '');
      return setMessage(
        shown.length > 0
          ? { intent: 'info', text: t('myDepartment.unchanged') }
          : { intent: 'warning', text: t('myDepartment.nothingToSend') },
      );
    }
    setSubmitting(true);
    const result = await run(() =>
      backend.submitAnswers(props.round.id, { departmentId: props.departmentId, answers }),
    );
    setSubmitting(false);
    if (result.ok) {
      update((s) => withFollowUps(s, result.value));
      setTheirs([]);
      return setMessage({
        intent: 'success',
        text: t('myDepartment.submitted', { count: result.value.length }),
      });
    }
    const current = AnswersConflictSchema.safeParse(result.error.current);
    if (result.error.reason === 'conflict' && current.success)
      return setTheirs(current.data.conflicts);
    if (result.error.fields) return setFieldErrors({ ...result.error.fields });
    setError(result.error);
  };

  const titleOf = (id: string) => props.activities.find((a) => a.id === id)?.title ?? id;
  return {
    drafts,
    set: (activityId, field, value) =>
      setDrafts((d) => ({ ...d, [activityId]: { ...d[activityId]!, [field]: value } })),
    setIndicator: (activityId, indicatorId, value) =>
      setDrafts((d) => {
        const draft = d[activityId]!;
        const indicatorValues = { ...draft.indicatorValues, [indicatorId]: value };
        return { ...d, [activityId]: { ...draft, indicatorValues } };
      }),
    fieldErrors,
    submitting,
    message,
    error,
    conflicts: theirs.map((f) => ({
      activityId: f.activityId,
      theirs: f,
      text: t('myDepartment.conflictBody', {
        name: f.answeredBy.name,
        activity: titleOf(f.activityId),
        status: t(`status.${f.status satisfies FollowUpStatus}`),
      }),
    })),
    submit: () => void send(new Map()),
    keepMine: () => void send(new Map(theirs.map((f) => [f.activityId, f.version]))),
    useTheirs: () => {
      update((s) => withFollowUps(s, theirs));
      setDrafts((d) => ({
        ...d,
        ...Object.fromEntries(theirs.map((f) => [f.activityId, draftOf(f)])),
      }));
      setTheirs([]);
    },
  };
}
