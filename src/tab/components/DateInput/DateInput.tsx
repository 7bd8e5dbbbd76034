import { Input } from '@fluentui/react-components';
import { useTranslation } from '../../i18n/react.js';

/**
 * A date as text in ISO order (2027-02-26) whatever the browser's locale: a native date input
 * shows 02/26/2027 to a Swedish user whose browser runs in English. Checked where it is used
 * (isIsoDate); labelled by its Field.
 */
export function DateInput(props: {
  readonly value: string;
  readonly onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <Input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      placeholder={t('date.placeholder')}
      value={props.value}
      onChange={(_, d) => props.onChange(d.value.trim())}
    />
  );
}
