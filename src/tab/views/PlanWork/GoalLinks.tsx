import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Versioned } from '../../../app/ports.js';
import { activityTitleSv, type Activity } from '../../../domain/model.js';
import { withActivity } from '../../state/snapshot-updates.js';
import { checkGroup } from './CheckGroup.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = {
  readonly activity: Versioned<Activity>;
  readonly context: PlanWorkContext;
  readonly styles: PlanWorkStyles;
  readonly onClose: () => void;
};

/** Links an activity to the goals it serves (saved as an edit of the activity). */
export function GoalLinks({ activity, context, styles, onClose }: Props) {
  const { snapshot, text, act } = context;
  const [goalIds, setGoalIds] = useState<readonly string[]>(activity.goalIds ?? []);
  const [error, setError] = useState<string | undefined>();
  const title = activityTitleSv(activity);

  const save = async () => {
    const { version, ...rest } = activity;
    const failure = await act(
      () => context.saveActivity({ ...rest, goalIds: [...goalIds] }, version),
      (saved) => ({
        change: (s) => withActivity(s, saved),
        done: text('activities.goalsSaved', { title }),
      }),
    );
    setError(failure?.fields ? Object.values(failure.fields)[0] : undefined);
    if (!failure) onClose();
  };

  return (
    <div className={styles.form}>
      {checkGroup(
        text('activities.goalsOf', { title }),
        error,
        snapshot.goals.map((g) => ({ id: g.id, label: g.title })),
        goalIds,
        setGoalIds,
        styles,
      )}
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void save()}>
          {text('save')}
        </Button>
        <Button onClick={onClose}>{text('cancel')}</Button>
      </div>
    </div>
  );
}
