import {
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  Title2,
} from '@fluentui/react-components';
import type { TFunction } from '../../i18n/i18n.js';
import { ErrorState } from '../../components/ErrorState/ErrorState.js';
import { LoadingState } from '../../components/LoadingState/LoadingState.js';
import type { ChannelConfigState } from './ChannelConfig.types.js';

export function renderChannelConfig(state: ChannelConfigState, className: string, t: TFunction) {
  if (state.kind === 'loading') return <LoadingState label={t('overview.loading')} />;
  if (state.kind === 'error')
    return <ErrorState title={t('overview.error')} error={state.error} onRetry={state.retry} />;
  return (
    <div className={className}>
      <Title2 as="h1">{t('channelConfig.title')}</Title2>
      <Text as="p">{t('channelConfig.intro')}</Text>
      {!state.inTeams ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('channelConfig.outsideTeams')}</MessageBarBody>
        </MessageBar>
      ) : null}
      <Field label={t('channelConfig.department')}>
        <Select value={state.target} onChange={(_, d) => state.choose(d.value)}>
          <option value="">{t('channelConfig.choose')}</option>
          {state.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      {state.saveError ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{state.saveError}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
