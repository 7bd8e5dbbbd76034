import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { MaybeVersioned } from '../../../app/ports.js';
import type { DevelopmentArea } from '../../../domain/model.js';
import { formatDate } from '../../i18n/format.js';
import { withAreas } from '../../state/plan-work-updates.js';
import { ActivityCreate } from './ActivityCreate.js';
import { ActivityRow } from './ActivityRow.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = {
  readonly area: MaybeVersioned<DevelopmentArea>;
  readonly context: PlanWorkContext;
  readonly styles: PlanWorkStyles;
  readonly onUp?: () => void;
  readonly onDown?: () => void;
};

/** One area: rename, move up or down, end (refused while it has active activities), its activities. */
export function AreaItem({ area, context, styles, onUp, onDown }: Props) {
  const { snapshot, api, text, act, language } = context;
  const [renaming, setRenaming] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const activities = snapshot.activities.filter((a) => a.areaId === area.id);
  const version = area.version ?? '';
  const headingId = `omrade-${area.id}`;

  const save = async (
    call: () => ReturnType<typeof api.endArea>,
    done: (title: string) => string,
  ) => {
    const failure = await act(call, (saved) => ({
      change: (s) => withAreas(s, [saved]),
      done: done(saved.title),
    }));
    setError(failure?.fields ? Object.values(failure.fields)[0] : undefined);
    if (!failure) setRenaming(undefined);
  };

  return (
    <li className={styles.item} aria-labelledby={headingId}>
      <h3 className={styles.h3} id={headingId}>
        {area.title}
      </h3>
      {area.endedOn ? (
        <span className={styles.muted}>
          {text('ended', { date: formatDate(area.endedOn, language) })}
        </span>
      ) : null}
      {renaming === undefined ? (
        <div className={styles.row}>
          <Button onClick={() => setRenaming(area.title)}>{text('areas.rename')}</Button>
          <Button
            disabled={!onUp}
            onClick={onUp}
            aria-label={text('areas.up', { title: area.title })}
          >
            ↑
          </Button>
          <Button
            disabled={!onDown}
            onClick={onDown}
            aria-label={text('areas.down', { title: area.title })}
          >
            ↓
          </Button>
          {area.endedOn ? null : (
            <Button
              onClick={() =>
                void save(
                  () => api.endArea(area.id, version),
                  (title) => text('areas.endedDone', { title }),
                )
              }
            >
              {text('areas.end')}
            </Button>
          )}
        </div>
      ) : (
        <div className={styles.row}>
          <Field label={text('areas.renameLabel', { title: area.title })}>
            <Input value={renaming} onChange={(_, d) => setRenaming(d.value)} />
          </Field>
          <Button
            appearance="primary"
            onClick={() =>
              void save(
                () => api.renameArea(area.id, { title: renaming }, version),
                () => text('saved'),
              )
            }
          >
            {text('save')}
          </Button>
          <Button onClick={() => setRenaming(undefined)}>{text('cancel')}</Button>
        </div>
      )}
      {error ? (
        <div role="alert" className={styles.error}>
          {error}
        </div>
      ) : null}
      {activities.length === 0 ? <span className={styles.muted}>{text('areas.none')}</span> : null}
      <ul className={styles.list}>
        {activities.map((activity) => (
          <ActivityRow key={activity.id} activity={activity} context={context} styles={styles} />
        ))}
      </ul>
      {area.endedOn ? null : creating ? (
        <ActivityCreate
          area={area}
          context={context}
          styles={styles}
          onClose={() => setCreating(false)}
        />
      ) : (
        <Button onClick={() => setCreating(true)}>
          {text('activities.new', { area: area.title })}
        </Button>
      )}
    </li>
  );
}
