import { useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import { FinancingSchema } from '../../../domain/model.js';
import { formatDate } from '../../i18n/format.js';
import { languageOf } from '../../i18n/i18n.js';
import { activityStatuses } from '../../model/activity-status.js';
import { useRoute } from '../../routing/useRoute.js';
import { usePlanData } from '../../state/plan-data.js';
import type { ActivityDraft, ActivityState, DraftField } from './Activity.types.js';
import { useActivityHistory } from './useActivityHistory.js';

const fieldKeys = {
  title: 'activity.title',
  description: 'activity.description',
  areaId: 'activity.area',
  responsibleDepartmentId: 'activity.responsible',
  coResponsibleDepartmentIds: 'activity.coResponsible',
  start: 'activity.start',
  end: 'activity.end',
  expectedOutcome: 'activity.expectedOutcome',
  financing: 'activity.financing',
} as const satisfies Record<DraftField, string>;

export function useActivity(): ActivityState {
  const route = useRoute();
  const id = route.name === 'activity' ? route.id : '';
  const data = usePlanData();
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [savedCount, setSavedCount] = useState(0);
  const history = useActivityHistory(id, savedCount);
  const snapshot = data.state === 'ready' ? data.snapshot : undefined;
  const activity = snapshot?.activities.find((a) => a.id === id);
  const departmentName = (depId: string) =>
    snapshot?.departments.find((d) => d.id === depId)?.name ?? depId;
  const areaName = (areaId: string) =>
    snapshot?.areas.find((a) => a.id === areaId)?.title ?? areaId;
  const describe = (field: DraftField, d: ActivityDraft): string => {
    switch (field) {
      case 'areaId':
        return areaName(d.areaId);
      case 'responsibleDepartmentId':
        return departmentName(d.responsibleDepartmentId);
      case 'coResponsibleDepartmentIds':
        return (
          d.coResponsibleDepartmentIds.map(departmentName).join(', ') ||
          t('activity.noCoResponsible')
        );
      case 'financing':
        return t(`financing.${d.financing}`);
      case 'start':
      case 'end':
        return formatDate(d[field], languageOf(i18n.language));
      case 'title':
      case 'description':
      case 'expectedOutcome':
        return d[field];
    }
  };
  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  if (!activity || !snapshot) return { kind: 'notFound' };
  return {
    kind: 'ready',
    activity,
    title: activity.example ? `${activity.title} ${t('example')}` : activity.title,
    areaTitle: areaName(activity.areaId),
    responsible: departmentName(activity.responsibleDepartmentId),
    coResponsible: activity.coResponsibleDepartmentIds.map(departmentName),
    status: activityStatuses(snapshot).get(activity.id) ?? 'unanswered',
    history,
    canEdit: data.me.isWorkingGroup,
    savedMessage: savedCount > 0 && !editing ? t('activity.saved') : undefined,
    startEditing: () => setEditing(true),
    editing,
    stopEditing: (saved) => {
      setEditing(false);
      if (saved) setSavedCount((n) => n + 1);
    },
    describe,
    labelOf: (field) => t(fieldKeys[field]),
    options: {
      areas: [...snapshot.areas]
        .sort((a, b) => a.order - b.order)
        .map((a) => ({ value: a.id, label: a.title })),
      departments: snapshot.departments.map((d) => ({ value: d.id, label: d.name })),
      financing: FinancingSchema.options.map((f) => ({ value: f, label: t(`financing.${f}`) })),
    },
    departmentName,
  };
}
