import { Button, Field, Link, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { Versioned } from '../../../app/ports.js';
import { activityTitleSv, type Activity } from '../../../domain/model.js';
import { formatDate } from '../../i18n/format.js';
import { hrefOf } from '../../routing/routes.js';
import { withActivity } from '../../state/snapshot-updates.js';
import { EndActivityDialog } from './EndActivityDialog.js';
import { GoalLinks } from './GoalLinks.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = {
  readonly activity: Versioned<Activity>;
  readonly context: PlanWorkContext;
  readonly styles: PlanWorkStyles;
};

/** An activity in its area: edit (the activity's own editor), move to another area, end. */
export function ActivityRow({ activity, context, styles }: Props) {
  const { snapshot, text, act, language } = context;
  const [target, setTarget] = useState('');
  const [ending, setEnding] = useState(false);
  const [linking, setLinking] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const title = activityTitleSv(activity);
  const responsible = snapshot.departments.find((d) => d.id === activity.responsibleDepartmentId);
  const others = snapshot.areas.filter((a) => a.id !== activity.areaId && !a.endedOn);

  const move = async () => {
    const area = others.find((a) => a.id === target);
    if (!area) return;
    const { version, ...rest } = activity;
    const failure = await act(
      () => context.saveActivity({ ...rest, areaId: area.id }, version),
      (saved) => ({
        change: (s) => withActivity(s, saved),
        done: text('activities.moved', { title, area: area.title }),
      }),
    );
    setError(failure?.fields ? Object.values(failure.fields)[0] : undefined);
    if (!failure) setTarget('');
  };

  const endedAs = activity.ended
    ? text('activities.endedAs', {
        as: text(activity.ended.as === 'completed' ? 'activities.completed' : 'activities.dropped'),
        date: formatDate(activity.ended.on, language),
      })
    : undefined;

  return (
    <li className={styles.item}>
      <strong>{title}</strong>
      <span className={styles.muted}>
        {text('activities.responsible')}: {responsible?.name ?? activity.responsibleDepartmentId}
        {endedAs ? ` · ${endedAs}` : ''}
      </span>
      <div className={styles.row}>
        <Link
          href={hrefOf({ name: 'activity', id: activity.id })}
          aria-label={text('activities.editLabel', { title })}
        >
          {text('activities.edit')}
        </Link>
        {activity.ended ? null : (
          <>
            <Field label={text('activities.moveLabel', { title })}>
              <Select value={target} onChange={(_, d) => setTarget(d.value)}>
                <option value="" />
                {others.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.title}
                  </option>
                ))}
              </Select>
            </Field>
            <Button disabled={target === ''} onClick={() => void move()}>
              {text('activities.move')}
            </Button>
            <Button
              onClick={() => setLinking(true)}
              aria-label={text('activities.goalsOf', { title })}
            >
              {text('activities.goalsButton')}
            </Button>
            <Button
              onClick={() => setEnding(true)}
              aria-label={text('activities.endLabel', { title })}
            >
              {text('activities.end')}
            </Button>
          </>
        )}
      </div>
      {error ? (
        <div role="alert" className={styles.error}>
          {error}
        </div>
      ) : null}
      {linking ? (
        <GoalLinks
          activity={activity}
          context={context}
          styles={styles}
          onClose={() => setLinking(false)}
        />
      ) : null}
      <EndActivityDialog
        activity={activity}
        context={context}
        styles={styles}
        open={ending}
        onClose={() => setEnding(false)}
      />
    </li>
  );
}
