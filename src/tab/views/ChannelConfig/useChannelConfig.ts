import { useEffect, useRef, useState } from 'react';
import { useTranslation } from '../../i18n/react.js';
import { useTabServices } from '../../services/tab-services.js';
import { usePlanData } from '../../state/plan-data.js';
import { saveChannelLink } from './channel-save.js';
import type { ChannelConfigState } from './ChannelConfig.types.js';

/** The channel tab's configuration page (teams-js pages.config: validity and the save handler). */
export function useChannelConfig(): ChannelConfigState {
  const data = usePlanData();
  const { host, backend, tabUrl } = useTabServices();
  const { t } = useTranslation();
  const [target, setTarget] = useState('');
  const [saveError, setSaveError] = useState<string | undefined>();
  const options =
    data.state === 'ready'
      ? [
          ...data.snapshot.departments.map((d) => ({ value: d.id, label: d.name })),
          { value: 'workingGroup', label: t('channelConfig.workingGroup') },
        ]
      : [];
  const chosen = useRef({ id: '', name: '' });
  chosen.current = { id: target, name: options.find((o) => o.value === target)?.label ?? target };

  useEffect(() => {
    if (host.kind !== 'teams') return;
    host.sdk.onSave(async () => {
      const outcome = await saveChannelLink(backend, host.info, chosen.current, tabUrl);
      setSaveError(
        outcome.ok ? undefined : t('channelConfig.saveFailed', { message: outcome.message }),
      );
      return outcome;
    });
  }, [host, backend, tabUrl, t]);

  useEffect(() => {
    if (host.kind === 'teams') host.sdk.setSaveEnabled(target !== '');
  }, [host, target]);

  if (data.state === 'loading') return { kind: 'loading' };
  if (data.state === 'error') return { kind: 'error', error: data.error, retry: data.reload };
  return {
    kind: 'ready',
    inTeams: host.kind === 'teams',
    options,
    target,
    choose: setTarget,
    saveError,
  };
}
