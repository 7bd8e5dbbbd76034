import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { MaybeVersioned } from '../../../app/ports.js';
import { activityTitleSv, type Department } from '../../../domain/model.js';
import { mergedActivities } from '../../../domain/plan-work.js';
import { withActivities, withDepartment } from '../../state/plan-work-updates.js';
import { FormDialog } from './FormDialog.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = {
  readonly department: MaybeVersioned<Department>;
  readonly context: PlanWorkContext;
  readonly styles: PlanWorkStyles;
  readonly open: boolean;
  readonly onClose: () => void;
};

/** Merging a department into another, with a confirmation that says what moves. */
export function MergeDialog({ department, context, styles, open, onClose }: Props) {
  const { snapshot, api, text, act } = context;
  const candidates = snapshot.departments.filter((d) => d.id !== department.id && !d.endedOn);
  const [intoId, setIntoId] = useState(candidates[0]?.id ?? '');
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const into = candidates.find((d) => d.id === intoId);
  const moving = into ? mergedActivities(snapshot.activities, department.id, into.id) : [];
  const confirmation =
    moving.length === 0
      ? text('departments.mergeNothing', { name: department.name })
      : text('departments.mergeMoves', {
          count: moving.length,
          into: into?.name ?? '',
          titles: moving.map((a) => activityTitleSv(a)).join('; '),
          name: department.name,
        });

  const merge = async () => {
    const failure = await act(
      () => api.mergeDepartment(department.id, intoId, department.version ?? ''),
      ({ department: ended, moved }) => ({
        change: (s) => withActivities(withDepartment(s, ended), moved),
        done: text('departments.mergeDone', {
          name: ended.name,
          into: into?.name ?? '',
          count: moved.length,
        }),
      }),
    );
    setErrors(failure?.fields ?? {});
    if (!failure) onClose();
  };

  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title={text('departments.mergeHeading', { name: department.name })}
      className={styles.form}
      confirm={{
        label: text('departments.mergeConfirm'),
        onClick: () => void merge(),
        disabled: !into,
      }}
      cancelLabel={text('cancel')}
    >
      <Field
        label={text('departments.into')}
        validationMessage={errors.intoId ?? errors.departmentId}
      >
        <Select value={intoId} onChange={(_, d) => setIntoId(d.value)}>
          {candidates.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      <p aria-live="polite">{confirmation}</p>
    </FormDialog>
  );
}
