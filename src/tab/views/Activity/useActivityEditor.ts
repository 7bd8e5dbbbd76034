import { useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import type { Versioned } from '../../../app/ports.js';
import type { Activity } from '../../../domain/model.js';
import { VersionedActivitySchema } from '../../api/contract.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import { languageOf } from '../../i18n/i18n.js';
import { useMeasureStrings } from '../../measures/measure-strings.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import { useRunWithSignIn } from '../../state/reauth.js';
import { withActivity } from '../../state/snapshot-updates.js';
import type {
  ActivityDraft,
  ActivityEditorProps,
  ConflictRow,
  DraftField,
  EditorState,
} from './Activity.types.js';
import { activityOf, differingFields, draftOf, validateDraft } from './activity-draft.js';
import {
  fundsLeft,
  measuresDraftOf,
  readMeasuresDraft,
  type MeasuresDraft,
} from './measures-draft.js';

type Conflict = NonNullable<EditorState['conflict']>;

/** Editing an activity: client-side checks, save with the version seen, conflicts shown side by side. */
export function useActivityEditor(props: ActivityEditorProps): EditorState {
  const { activity, describe, labelOf, onDone } = props;
  const { backend } = useTabServices();
  const data = usePlanData();
  const { update } = data;
  const run = useRunWithSignIn();
  const { t, i18n } = useTranslation();
  const measureStrings = useMeasureStrings();
  const [draft, setDraft] = useState<ActivityDraft>(() => draftOf(activity));
  // Draft fields, and the indicator editor's (`allocatedTkr`, `indicators.<i>.<field>`).
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<TabFailure | undefined>();
  const [conflict, setConflict] = useState<Conflict | undefined>();
  const [measures, setMeasures] = useState<MeasuresDraft>(() => measuresDraftOf(activity));
  const snapshot = data.state === 'ready' ? data.snapshot : undefined;

  const conflictOf = (theirs: Versioned<Activity>): Conflict => {
    const theirDraft = draftOf(theirs);
    const rows: ConflictRow[] = differingFields(draft, theirDraft).map((field) => ({
      field,
      label: labelOf(field),
      yours: describe(field, draft),
      theirs: describe(field, theirDraft),
    }));
    return { rows, theirs };
  };

  const save = async (expectedVersion: string) => {
    const errors = validateDraft(draft, languageOf(i18n.language), {
      endBeforeStart: t('activity.endBeforeStart'),
      responsibleAlsoCo: t('activity.responsibleAlsoCo'),
      dateFormat: t('date.format'),
    });
    const read = readMeasuresDraft(measures, {
      language: languageOf(i18n.language),
      yearFormat: t('date.format'),
      dateFormat: t('date.format'),
      endDateMissing: measureStrings.endDateMissing,
      ...(snapshot ? { plan: snapshot.plan, activities: snapshot.activities } : { activities: [] }),
      activityId: activity.id,
    });
    setFieldErrors({ ...errors, ...(read.ok ? {} : read.errors) });
    if (Object.keys(errors).length > 0 || !read.ok) return;
    setSaving(true);
    setSaveError(undefined);
    const { allocatedTkr: _stored, ...edited } = activityOf(activity, draft);
    const result = await run(() =>
      backend.saveActivity({ ...edited, ...read.value }, expectedVersion),
    );
    setSaving(false);
    if (result.ok) {
      update((s) => withActivity(s, result.value));
      setConflict(undefined);
      onDone(true);
      return;
    }
    const current = VersionedActivitySchema.safeParse(result.error.current);
    const allocation = result.error.fields?.['allocatedTkr'];
    if (result.error.reason === 'conflict' && current.success && allocation) {
      // Another allocation got in first: nothing was stored; the next save tries again.
      update((s) => withActivity(s, current.data));
      setFieldErrors({ ...result.error.fields });
    } else if (result.error.reason === 'conflict' && current.success)
      setConflict(conflictOf(current.data));
    else if (result.error.fields) setFieldErrors({ ...result.error.fields });
    else setSaveError(result.error);
  };

  return {
    draft,
    set: (field, value) => setDraft((d) => ({ ...d, [field]: value })),
    measures,
    setMeasures,
    fundsLeft: snapshot ? fundsLeft(snapshot, activity.id) : undefined,
    fieldErrors,
    saving,
    saveError,
    conflict,
    save: () => void save(activity.version),
    cancel: () => onDone(false),
    keepMine: () => conflict && void save(conflict.theirs.version),
    useTheirs: () => {
      if (!conflict) return;
      update((s) => withActivity(s, conflict.theirs));
      setConflict(undefined);
      onDone(false);
    },
  };
}
