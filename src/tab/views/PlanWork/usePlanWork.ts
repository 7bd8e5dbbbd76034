import { useCallback, useEffect, useMemo, useState } from 'react';
import { stockholmDate } from '../../../domain/calendar/stockholm-time.js';
import { fallbackMessages } from '../../backend/messages.js';
import type { PlanWorkApi } from '../../backend/plan-work-api.js';
import type { TabFailure } from '../../backend/tab-backend.js';
import { languageOf } from '../../i18n/i18n.js';
import { useTranslation } from '../../i18n/react.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import { useRunWithSignIn } from '../../state/reauth.js';
import type { PlanWorkContext, PlanWorkState } from './PlanWork.types.js';
import { planWorkText } from './plan-work-text.js';

/** Planera's state: the loaded plan, the plan work API (loaded here), the live region's text. */
export function usePlanWork(): PlanWorkState {
  const { backend, clock } = useTabServices();
  const data = usePlanData();
  const run = useRunWithSignIn();
  const { t, i18n } = useTranslation();
  const language = languageOf(i18n.language);
  const text = useMemo(() => planWorkText(language), [language]);
  const [api, setApi] = useState<PlanWorkApi | TabFailure | undefined>();
  const [announcement, setAnnouncement] = useState('');
  const [alert, setAlert] = useState('');
  // The plan chosen in the picker: every write and the import go to it (`?plan=`).
  const planId = data.state === 'ready' ? data.snapshot.plan.id : undefined;

  useEffect(() => {
    if (planId === undefined) return;
    let live = true;
    setApi(undefined);
    void backend.planWork(planId).then((loaded) => {
      if (live) setApi(loaded.ok ? loaded.value : loaded.error);
    });
    return () => {
      live = false;
    };
  }, [backend, planId]);

  const act = useCallback<PlanWorkContext['act']>(
    async (call, onDone) => {
      setAlert('');
      const result = await run(call);
      if (!result.ok) {
        if (!result.error.fields) setAlert(result.error.message);
        return result.error;
      }
      const { change, done } = onDone(result.value);
      if (change) data.update(change);
      setAnnouncement(done);
      return undefined;
    },
    [run, data],
  );

  if (data.state === 'loading' || api === undefined)
    return { kind: 'loading', label: t('app.loading') };
  const title = text('title');
  if (data.state === 'error') return { kind: 'error', title, error: data.error };
  if ('reason' in api) return { kind: 'error', title, error: api };
  if (!data.me.isWorkingGroup)
    return {
      kind: 'error',
      title,
      error: { reason: 'forbidden', message: fallbackMessages.forbidden },
    };
  const context: PlanWorkContext = {
    snapshot: data.snapshot,
    api,
    saveActivity: (activity, version) => backend.saveActivity(activity, version),
    reload: data.reload,
    text,
    language,
    today: stockholmDate(clock.now()),
    act,
  };
  return { kind: 'ready', context, announcement, alert };
}
