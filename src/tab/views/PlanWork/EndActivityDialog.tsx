import { Field, Radio, RadioGroup, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { Versioned } from '../../../app/ports.js';
import { activityTitleSv, type Activity } from '../../../domain/model.js';
import { DateInput } from '../../components/DateInput/DateInput.js';
import { withActivity } from '../../state/snapshot-updates.js';
import { FormDialog } from './FormDialog.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = {
  readonly activity: Versioned<Activity>;
  readonly context: PlanWorkContext;
  readonly styles: PlanWorkStyles;
  readonly open: boolean;
  readonly onClose: () => void;
};

/** Ends an activity: "Avslutad" or "Utgår", a date (today by default) and a reason. */
export function EndActivityDialog({ activity, context, styles, open, onClose }: Props) {
  const { api, text, act, today } = context;
  const [as, setAs] = useState<'completed' | 'dropped'>('completed');
  const [on, setOn] = useState(today);
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<Readonly<Record<string, string>>>({});
  const title = activityTitleSv(activity);

  const end = async () => {
    const failure = await act(
      () => api.endActivity(activity.id, { as, on, reason, expectedVersion: activity.version }),
      (saved) => ({
        change: (s) => withActivity(s, saved),
        done: text('activities.endedDone', { title }),
      }),
    );
    setFields(failure?.fields ?? {});
    if (!failure) onClose();
  };

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={text('activities.endHeading', { title })}
      className={styles.form}
      confirm={{ label: text('activities.end'), onClick: () => void end() }}
      cancelLabel={text('cancel')}
    >
      {text('activities.endInfo')}
      <Field label={text('activities.endAs')} validationMessage={fields.as}>
        <RadioGroup
          value={as}
          onChange={(_, d) => setAs(d.value === 'dropped' ? 'dropped' : 'completed')}
        >
          <Radio value="completed" label={text('activities.completed')} />
          <Radio value="dropped" label={text('activities.dropped')} />
        </RadioGroup>
      </Field>
      <Field label={text('activities.endOn')} validationMessage={fields.on}>
        <DateInput value={on} onChange={setOn} />
      </Field>
      <Field label={text('activities.reason')} required validationMessage={fields.reason}>
        <Textarea value={reason} onChange={(_, d) => setReason(d.value)} />
      </Field>
    </FormDialog>
  );
}
