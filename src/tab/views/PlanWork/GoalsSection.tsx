import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { MaybeVersioned } from '../../../app/ports.js';
import type { Goal } from '../../../domain/model.js';
import { withGoal } from '../../state/plan-work-updates.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = { readonly context: PlanWorkContext; readonly styles: PlanWorkStyles };
const levels = ['national', 'regional', 'municipal'] as const;

/** Goals at national, regional and municipal level: add one, rename one. */
export function GoalsSection({ context, styles }: Props) {
  const { snapshot, api, text, act } = context;
  const [level, setLevel] = useState<Goal['level']>('municipal');
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  const add = async () => {
    const failure = await act(
      () => api.createGoal({ level, title }),
      (goal) => ({
        change: (s) => withGoal(s, goal),
        done: text('goals.created', { title: goal.title }),
      }),
    );
    setErrors(failure?.fields ?? {});
    if (!failure) setTitle('');
  };

  return (
    <section aria-labelledby="planera-goals" className={styles.section}>
      <h2 className={styles.h2} id="planera-goals">
        {text('goals.heading')}
      </h2>
      {snapshot.goals.length === 0 ? (
        <span className={styles.muted}>{text('goals.none')}</span>
      ) : null}
      {levels.map((l) => {
        const goals = snapshot.goals.filter((g) => g.level === l);
        return goals.length === 0 ? null : (
          <div key={l}>
            <h3 className={styles.h3}>{text(`goals.${l}`)}</h3>
            <ul className={styles.list}>
              {goals.map((goal) => (
                <GoalItem key={goal.id} goal={goal} context={context} styles={styles} />
              ))}
            </ul>
          </div>
        );
      })}
      <div className={styles.row}>
        <Field label={text('goals.level')} validationMessage={errors.level}>
          <Select
            value={level}
            onChange={(_, d) => setLevel(levels.find((l) => l === d.value) ?? 'municipal')}
          >
            {levels.map((l) => (
              <option key={l} value={l}>
                {text(`goals.${l}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={text('goals.newTitle')} validationMessage={errors.title}>
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Button onClick={() => void add()}>{text('goals.add')}</Button>
      </div>
    </section>
  );
}

function GoalItem({ goal, context, styles }: { readonly goal: MaybeVersioned<Goal> } & Props) {
  const { api, text, act } = context;
  const [renaming, setRenaming] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const save = async (title: string) => {
    const request = {
      level: goal.level,
      title,
      ...(goal.description ? { description: goal.description } : {}),
    };
    const failure = await act(
      () => api.renameGoal(goal.id, request, goal.version ?? ''),
      (saved) => ({
        change: (s) => withGoal(s, saved),
        done: text('goals.renamed', { title: saved.title }),
      }),
    );
    setError(failure?.fields?.title);
    if (!failure) setRenaming(undefined);
  };
  return (
    <li className={styles.item}>
      {renaming === undefined ? (
        <div className={styles.row}>
          <span>{goal.title}</span>
          <Button size="small" onClick={() => setRenaming(goal.title)}>
            {text('areas.rename')}
          </Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Field label={text('areas.renameLabel', { title: goal.title })} validationMessage={error}>
            <Input value={renaming} onChange={(_, d) => setRenaming(d.value)} />
          </Field>
          <Button appearance="primary" onClick={() => void save(renaming)}>
            {text('save')}
          </Button>
          <Button onClick={() => setRenaming(undefined)}>{text('cancel')}</Button>
        </div>
      )}
    </li>
  );
}
