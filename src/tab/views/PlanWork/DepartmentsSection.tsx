import { Button, Field, Input } from '@fluentui/react-components';
import { useState } from 'react';
import { withDepartment } from '../../state/plan-work-updates.js';
import { DepartmentItem } from './DepartmentItem.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = { readonly context: PlanWorkContext; readonly styles: PlanWorkStyles };

/** The departments: add one (name, board); each can be renamed, ended or merged (DepartmentItem). */
export function DepartmentsSection({ context, styles }: Props) {
  const { snapshot, api, text, act } = context;
  const [name, setName] = useState('');
  const [board, setBoard] = useState('');
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});

  const add = async () => {
    const request = { name, ...(board.trim() ? { board } : {}) };
    const failure = await act(
      () => api.addDepartment(request),
      (department) => ({
        change: (s) => withDepartment(s, department),
        done: text('departments.added', { name: department.name }),
      }),
    );
    setErrors(failure?.fields ?? {});
    if (!failure) {
      setName('');
      setBoard('');
    }
  };

  return (
    <section aria-labelledby="planera-departments" className={styles.section}>
      <h2 className={styles.h2} id="planera-departments">
        {text('departments.heading')}
      </h2>
      <ul className={styles.list}>
        {snapshot.departments.map((department) => (
          <DepartmentItem
            key={department.id}
            department={department}
            context={context}
            styles={styles}
          />
        ))}
      </ul>
      <div className={styles.row}>
        <Field label={text('departments.name')} validationMessage={errors.name}>
          <Input value={name} onChange={(_, d) => setName(d.value)} />
        </Field>
        <Field label={text('departments.board')} validationMessage={errors.board}>
          <Input value={board} onChange={(_, d) => setBoard(d.value)} />
        </Field>
        <Button onClick={() => void add()}>{text('departments.add')}</Button>
      </div>
    </section>
  );
}
