import { Field, Input, Select } from '@fluentui/react-components';
import { readNumber } from '../../../domain/indicators.js';
import type { Activity } from '../../../domain/model.js';
import { formatSwedishNumber } from '../../../domain/numbers.js';
import { fill, useMeasureStrings } from '../../measures/measure-strings.js';
import type { AnswerDraft, AnswerFormState } from './MyDepartment.types.js';

/**
 * An activity's values in "Min förvaltning": each indicator's value in the round (text fields
 * that take `12,5` and `1 250`; ja/nej as a choice that may stay empty) and, with allocated
 * funds, the tkr used. Checked on sending by the same rules as the card and the API.
 */

export type AnswerValuesProps = {
  readonly activity: Activity;
  readonly draft: AnswerDraft;
  readonly state: AnswerFormState;
};

function errorOf(state: AnswerFormState, key: string) {
  const message = state.fieldErrors[key];
  return message ? { validationState: 'error' as const, validationMessage: message } : {};
}

export function AnswerValues({ activity, draft, state }: AnswerValuesProps) {
  const s = useMeasureStrings();
  const allocated = activity.allocatedTkr;
  const used = readNumber('tkr', draft.fundsUsed, { sv: '', en: '' });
  const over = allocated !== undefined && used?.ok === true && used.value > allocated;
  return (
    <>
      {(activity.indicators ?? []).map((indicator) => {
        const key = `${activity.id}.indicator.${indicator.id}`;
        const value = draft.indicatorValues[indicator.id] ?? '';
        const label = fill(s.value, { name: indicator.name, unit: s.units[indicator.unit] });
        const target =
          indicator.target === undefined
            ? undefined
            : fill(s.target_short, {
                value:
                  indicator.unit === 'yesNo'
                    ? indicator.target === 1
                      ? s.yes
                      : s.no
                    : formatSwedishNumber(indicator.target),
              });
        if (indicator.unit === 'yesNo')
          return (
            <Field key={key} label={label} hint={target} {...errorOf(state, key)}>
              <Select
                value={value}
                onChange={(_, d) => state.setIndicator(activity.id, indicator.id, d.value)}
              >
                <option value="">{s.noValue}</option>
                <option value="1">{s.yes}</option>
                <option value="0">{s.no}</option>
              </Select>
            </Field>
          );
        return (
          <Field
            key={key}
            label={label}
            hint={[s.numberHint, target].filter(Boolean).join('; ')}
            {...errorOf(state, key)}
          >
            <Input
              value={value}
              inputMode="decimal"
              onChange={(_, d) => state.setIndicator(activity.id, indicator.id, d.value)}
            />
          </Field>
        );
      })}
      {allocated === undefined ? null : (
        <Field
          label={s.fundsUsed}
          hint={fill(s.fundsUsedHint, { allocated: formatSwedishNumber(allocated) })}
          {...(over
            ? { validationState: 'warning' as const, validationMessage: s.overspentWarning }
            : {})}
          {...errorOf(state, `${activity.id}.fundsUsed`)}
        >
          <Input
            value={draft.fundsUsed}
            inputMode="decimal"
            onChange={(_, d) => state.set(activity.id, 'fundsUsed', d.value)}
          />
        </Field>
      )}
    </>
  );
}
