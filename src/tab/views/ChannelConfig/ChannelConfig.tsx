import { useTranslation } from '../../i18n/react.js';
import { renderChannelConfig } from './renderChannelConfig.js';
import { useChannelConfig } from './useChannelConfig.js';
import { useChannelConfigStyles } from './useChannelConfigStyles.styles.js';

/** The channel tab's configuration page: pick the department; Save stores the link via the API. */
export function ChannelConfig() {
  const state = useChannelConfig();
  const { t } = useTranslation();
  return renderChannelConfig(state, useChannelConfigStyles().root, t);
}
