import { useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import { activitiesInRound, roundAnswers } from '../../../domain/status.js';
import { withRoundIndicators } from '../../../domain/indicator-end.js';
import type { Versioned } from '../../../app/ports.js';
import type { FollowUp } from '../../../domain/model.js';
import { signOffOf } from '../../../domain/sign-off-rules.js';
import { openRounds } from '../../model/plan-view.js';
import { hrefOf } from '../../routing/routes.js';
import { useRoute } from '../../routing/useRoute.js';
import { usePlanData } from '../../state/plan-data.js';
import { draftKey, unsaved, type Drafts } from './answer-drafts.js';
import type { MyDepartmentState } from './MyDepartment.types.js';

export function useMyDepartment(): MyDepartmentState {
  const data = usePlanData();
  const route = useRoute();
  const { t } = useTranslation();
  // Unsent answers per department and round: switching department keeps them, nothing is lost.
  const [kept, setKept] = useState<ReadonlyMap<string, Drafts>>(new Map());
  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  const { snapshot, me } = data;
  const title = me.isWorkingGroup ? t('nav.answerForDepartment') : t('myDepartment.title');
  // Only the departments whose team the user is in: the API refuses every other (the working
  // group included), so offering them would only end in a refusal.
  const allowed = me.departmentIds.filter((id) => snapshot.departments.some((d) => d.id === id));
  if (allowed.length === 0) return { kind: 'noDepartment', title };
  const params =
    route.name === 'myDepartment' ? route : { departmentId: undefined, roundId: undefined };
  const departmentId =
    params.departmentId && allowed.includes(params.departmentId)
      ? params.departmentId
      : allowed[0]!;
  const rounds = openRounds(snapshot);
  // Rounds overlap: without a choice, the latest open round with the department's activities.
  const hasWork = (r: (typeof rounds)[number]) =>
    activitiesInRound(snapshot, r).some((a) => a.responsibleDepartmentId === departmentId);
  const round = rounds.find((r) => r.id === params.roundId) ?? rounds.find(hasWork) ?? rounds[0];
  const go = (dep: string, roundId: string | undefined) => {
    window.location.hash = hrefOf({ name: 'myDepartment', departmentId: dep, roundId });
  };
  const stored = round ? roundAnswers(snapshot, round) : new Map<string, FollowUp>();
  // Indicators ended before the round opened are not asked for (indicator-end.ts).
  const activities = round
    ? activitiesInRound(snapshot, round)
        .filter((a) => a.responsibleDepartmentId === departmentId)
        .map((a) => withRoundIndicators(a, round, stored.get(a.id)?.indicatorValues))
    : [];
  const signOff = round ? signOffOf(snapshot.signOffs, round.id, departmentId) : undefined;
  const nameOf = (id: string) => snapshot.departments.find((d) => d.id === id)?.name ?? id;
  const unsent = (id: string) => {
    const drafts = round ? kept.get(draftKey(id, round.id)) : undefined;
    return drafts !== undefined && unsaved(drafts, stored);
  };
  return {
    kind: 'ready',
    title,
    departments: allowed.map((id) => ({
      value: id,
      label: unsent(id) ? `${nameOf(id)} (${t('myDepartment.unsavedMark')})` : nameOf(id),
    })),
    departmentId,
    selectDepartment: (id) => go(id, round?.id),
    rounds: rounds.map((r) => ({ value: r.id, label: r.title })),
    round,
    selectRound: (id) => go(departmentId, id),
    activities,
    answers: stored as ReadonlyMap<string, Versioned<FollowUp>>,
    kept: round ? kept.get(draftKey(departmentId, round.id)) : undefined,
    keep: (drafts) => {
      if (round) setKept((m) => new Map(m).set(draftKey(departmentId, round.id), drafts));
    },
    unsavedElsewhere: allowed.filter((id) => id !== departmentId && unsent(id)).map(nameOf),
    ...(signOff ? { signOff } : {}),
  };
}
