import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { withAreas } from '../../state/plan-work-updates.js';
import { AreaItem } from './AreaItem.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = { readonly context: PlanWorkContext; readonly styles: PlanWorkStyles };

/** The plan's areas in their order: add one; each area with its activities (AreaItem). */
export function AreasSection({ context, styles }: Props) {
  const { snapshot, api, text, act } = context;
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();
  const areas = [...snapshot.areas].sort((a, b) => a.order - b.order);

  const add = async () => {
    const failure = await act(
      () => api.createArea({ title }),
      (area) => ({
        change: (s) => withAreas(s, [area]),
        done: text('areas.created', { title: area.title }),
      }),
    );
    setError(failure?.fields?.title ?? failure?.fields?.description);
    if (!failure) setTitle('');
  };

  const move = async (index: number, by: -1 | 1) => {
    const order = [...areas];
    const [moved] = order.splice(index, 1);
    order.splice(index + by, 0, moved!);
    await act(
      () =>
        api.reorderAreas(order.map((a) => ({ areaId: a.id, expectedVersion: a.version ?? '' }))),
      (saved) => ({ change: (s) => withAreas(s, saved), done: text('areas.reordered') }),
    );
  };

  return (
    <section aria-labelledby="planera-areas" className={styles.section}>
      <h2 className={styles.h2} id="planera-areas">
        {text('areas.heading')}
      </h2>
      <ol className={styles.list}>
        {areas.map((area, i) => (
          <AreaItem
            key={area.id}
            area={area}
            context={context}
            styles={styles}
            {...(i > 0 ? { onUp: () => void move(i, -1) } : {})}
            {...(i < areas.length - 1 ? { onDown: () => void move(i, 1) } : {})}
          />
        ))}
      </ol>
      <div className={styles.row}>
        <Field label={text('areas.newTitle')} validationMessage={error}>
          <Input value={title} onChange={(_, d) => setTitle(d.value)} />
        </Field>
        <Button onClick={() => void add()}>{text('areas.add')}</Button>
      </div>
    </section>
  );
}
