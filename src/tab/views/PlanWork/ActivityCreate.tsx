import { Button, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { MaybeVersioned } from '../../../app/ports.js';
import { FinancingSchema, type DevelopmentArea } from '../../../domain/model.js';
import { DateInput } from '../../components/DateInput/DateInput.js';
import { useTranslation } from '../../i18n/react.js';
import { withActivity } from '../../state/snapshot-updates.js';
import { checkGroup } from './CheckGroup.js';
import { validateDraft } from '../Activity/activity-draft.js';
import type { ActivityDraft } from '../Activity/Activity.types.js';
import type { PlanWorkContext } from './PlanWork.types.js';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

type Props = {
  readonly area: MaybeVersioned<DevelopmentArea>;
  readonly context: PlanWorkContext;
  readonly styles: PlanWorkStyles;
  readonly onClose: () => void;
};

/** A new activity in an area: the editor's fields plus the goals it serves. */
export function ActivityCreate({ area, context, styles, onClose }: Props) {
  const { snapshot, api, text, act, language, today } = context;
  const { t } = useTranslation();
  const departments = snapshot.departments.filter((d) => !d.endedOn);
  const [draft, setDraft] = useState<ActivityDraft>({
    title: '',
    description: '',
    areaId: area.id,
    responsibleDepartmentId: departments[0]?.id ?? '',
    coResponsibleDepartmentIds: [],
    start: today,
    end: today,
    expectedOutcome: '',
    financing: 'ownBudget',
  });
  const [goalIds, setGoalIds] = useState<readonly string[]>([]);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const set = <K extends keyof ActivityDraft>(key: K, value: ActivityDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const error = (field: string) => (errors[field] ? { validationMessage: errors[field] } : {});

  const create = async () => {
    const found = validateDraft(draft, language, {
      endBeforeStart: t('activity.endBeforeStart'),
      responsibleAlsoCo: t('activity.responsibleAlsoCo'),
      dateFormat: t('date.format'),
    });
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const failure = await act(
      () =>
        api.createActivity({
          areaId: draft.areaId,
          title: draft.title,
          responsibleDepartmentId: draft.responsibleDepartmentId,
          coResponsibleDepartmentIds: [...draft.coResponsibleDepartmentIds],
          start: draft.start,
          end: draft.end,
          financing: draft.financing,
          goalIds: [...goalIds],
          ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
          ...(draft.expectedOutcome.trim()
            ? { expectedOutcome: draft.expectedOutcome.trim() }
            : {}),
        }),
      (saved) => ({
        change: (s) => withActivity(s, saved),
        done: text('activities.created', { title: saved.title }),
      }),
    );
    setErrors(failure?.fields ?? {});
    if (!failure) onClose();
  };

  return (
    <form
      className={styles.form}
      noValidate
      aria-label={text('activities.new', { area: area.title })}
      onSubmit={(e) => {
        e.preventDefault();
        void create();
      }}
    >
      <h4 className={styles.h3}>{text('activities.new', { area: area.title })}</h4>
      <Field label={t('activity.title')} required {...error('title')}>
        <Input value={draft.title} maxLength={255} onChange={(_, d) => set('title', d.value)} />
      </Field>
      <Field label={t('activity.description')} {...error('description')}>
        <Textarea value={draft.description} onChange={(_, d) => set('description', d.value)} />
      </Field>
      <Field label={t('activity.responsible')} {...error('responsibleDepartmentId')}>
        <Select
          value={draft.responsibleDepartmentId}
          onChange={(_, d) => set('responsibleDepartmentId', d.value)}
        >
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </Select>
      </Field>
      {checkGroup(
        t('activity.coResponsible'),
        errors.coResponsibleDepartmentIds,
        departments.map((d) => ({ id: d.id, label: d.name })),
        draft.coResponsibleDepartmentIds,
        (ids) => set('coResponsibleDepartmentIds', ids),
        styles,
      )}
      <Field label={t('activity.start')} {...error('start')}>
        <DateInput value={draft.start} onChange={(v) => set('start', v)} />
      </Field>
      <Field label={t('activity.end')} {...error('end')}>
        <DateInput value={draft.end} onChange={(v) => set('end', v)} />
      </Field>
      <Field label={t('activity.expectedOutcome')} {...error('expectedOutcome')}>
        <Textarea
          value={draft.expectedOutcome}
          onChange={(_, d) => set('expectedOutcome', d.value)}
        />
      </Field>
      <Field label={t('activity.financing')} {...error('financing')}>
        <Select
          value={draft.financing}
          onChange={(_, d) => set('financing', FinancingSchema.parse(d.value))}
        >
          {FinancingSchema.options.map((f) => (
            <option key={f} value={f}>
              {t(`financing.${f}`)}
            </option>
          ))}
        </Select>
      </Field>
      {checkGroup(
        text('activities.goals'),
        errors.goalIds,
        snapshot.goals.map((g) => ({ id: g.id, label: g.title })),
        goalIds,
        setGoalIds,
        styles,
      )}
      <div className={styles.row}>
        <Button type="submit" appearance="primary">
          {text('activities.create')}
        </Button>
        <Button onClick={onClose}>{text('cancel')}</Button>
      </div>
    </form>
  );
}
