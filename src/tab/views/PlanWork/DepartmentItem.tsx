import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import type { MaybeVersioned } from '../../../app/ports.js';
import type { Department } from '../../../domain/model.js';
import { formatDate } from '../../i18n/format.js';
import { withDepartment } from '../../state/plan-work-updates.js';
import { MergeDialog } from './MergeDialog.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = {
  readonly department: MaybeVersioned<Department>;
  readonly context: PlanWorkContext;
  readonly styles: PlanWorkStyles;
};

/** One department: its board ("nämnd ej angiven" when none), earlier names, rename, end, merge. */
export function DepartmentItem({ department, context, styles }: Props) {
  const { snapshot, api, text, act, language } = context;
  const [draft, setDraft] = useState<{ name: string; board: string } | undefined>();
  const [merging, setMerging] = useState(false);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const version = department.version ?? '';
  const into = snapshot.departments.find((d) => d.id === department.mergedIntoId);
  const former = (department.formerNames ?? []).map((f) => f.name).join(', ');

  const save = async (
    call: () => ReturnType<typeof api.endDepartment>,
    done: (name: string) => string,
  ) => {
    const failure = await act(call, (saved) => ({
      change: (s) => withDepartment(s, saved),
      done: done(saved.name),
    }));
    setErrors(failure?.fields ?? {});
    if (!failure) setDraft(undefined);
  };
  const status = department.endedOn
    ? into
      ? text('departments.merged', {
          name: into.name,
          date: formatDate(department.endedOn, language),
        })
      : text('ended', { date: formatDate(department.endedOn, language) })
    : undefined;

  return (
    <li className={styles.item}>
      <strong>{department.name}</strong>
      <span className={styles.muted}>
        {department.board ?? text('departments.noBoard')}
        {former ? ` · ${text('departments.formerly', { names: former })}` : ''}
        {status ? ` · ${status}` : ''}
      </span>
      {department.endedOn ? null : draft === undefined ? (
        <div className={styles.row}>
          <Button
            onClick={() => setDraft({ name: department.name, board: department.board ?? '' })}
          >
            {text('areas.rename')}
          </Button>
          <Button
            onClick={() =>
              void save(
                () => api.endDepartment(department.id, version),
                (name) => text('departments.endedDone', { name }),
              )
            }
          >
            {text('departments.end')}
          </Button>
          <Button onClick={() => setMerging(true)}>{text('departments.merge')}</Button>
        </div>
      ) : (
        <div className={styles.row}>
          <Field label={text('departments.name')} validationMessage={errors.name}>
            <Input value={draft.name} onChange={(_, d) => setDraft({ ...draft, name: d.value })} />
          </Field>
          <Field label={text('departments.board')} validationMessage={errors.board}>
            <Input
              value={draft.board}
              onChange={(_, d) => setDraft({ ...draft, board: d.value })}
            />
          </Field>
          <Button
            appearance="primary"
            onClick={() =>
              void save(
                () =>
                  api.renameDepartment(
                    department.id,
                    { name: draft.name, ...(draft.board.trim() ? { board: draft.board } : {}) },
                    version,
                  ),
                (name) => text('departments.renamed', { name }),
              )
            }
          >
            {text('save')}
          </Button>
          <Button onClick={() => setDraft(undefined)}>{text('cancel')}</Button>
        </div>
      )}
      {errors.departmentId ? (
        <div role="alert" className={styles.error}>
          {errors.departmentId}
        </div>
      ) : null}
      <MergeDialog
        department={department}
        context={context}
        styles={styles}
        open={merging}
        onClose={() => setMerging(false)}
      />
    </li>
  );
}
