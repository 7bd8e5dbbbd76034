import { Button, Field, Input, Select, Text, Textarea } from '@fluentui/react-components';
import { DateInput } from '../../components/DateInput/DateInput.js';
import { maxIndicatorsPerActivity } from '../../../domain/indicators.js';
import { indicatorUnits, type Indicator } from '../../../domain/model.js';
import { fill, useMeasureStrings, type MeasureStrings } from '../../measures/measure-strings.js';
import { newIndicator, type IndicatorDraft, type MeasuresDraft } from './measures-draft.js';
import { useActivityStyles } from './useActivityStyles.styles.js';

/**
 * The activity editor's indicators and allocated development funds (the working group). Text
 * fields read as Swedish users type numbers (`12,5`, `1 250`); messages come from the same
 * rules as the API (measures-draft.ts) and from the API itself, keyed as its fields.
 */

export type IndicatorEditorProps = {
  readonly value: MeasuresDraft;
  readonly onChange: (value: MeasuresDraft) => void;
  /** Messages by field key (`allocatedTkr`, `indicators.<index>.<field>`). */
  readonly errors: Readonly<Record<string, string | undefined>>;
  /** The plan's funds and what is not allocated (absent: the plan has none). */
  readonly funds?: { readonly totalTkr: string; readonly leftTkr: string };
};

const errorOf = (errors: IndicatorEditorProps['errors'], key: string) =>
  errors[key] ? { validationState: 'error' as const, validationMessage: errors[key] } : {};

function row(
  props: IndicatorEditorProps,
  s: MeasureStrings,
  index: number,
  className: string,
): React.ReactNode {
  const indicator = props.value.indicators[index]!;
  const at = `indicators.${index}`;
  const set = (change: Partial<IndicatorDraft>) =>
    props.onChange({
      ...props.value,
      indicators: props.value.indicators.map((r, i) => (i === index ? { ...r, ...change } : r)),
    });
  const hint = indicator.unit === 'yesNo' ? s.yesNoHint : s.numberHint;
  const text = (field: 'baseline' | 'baselineYear' | 'target' | 'targetYear', label: string) => (
    <Field
      label={label}
      hint={field.endsWith('Year') ? undefined : hint}
      {...errorOf(props.errors, `${at}.${field}`)}
    >
      <Input
        value={indicator[field]}
        inputMode={field.endsWith('Year') ? 'numeric' : 'decimal'}
        onChange={(_, d) => set({ [field]: d.value })}
      />
    </Field>
  );
  return (
    <fieldset key={indicator.id} className={className}>
      <legend>{fill(s.indicator, { n: index + 1 })}</legend>
      <Field label={s.name} required {...errorOf(props.errors, `${at}.name`)}>
        <Input value={indicator.name} maxLength={255} onChange={(_, d) => set({ name: d.value })} />
      </Field>
      <Field label={s.unit}>
        <Select
          value={indicator.unit}
          onChange={(_, d) => set({ unit: d.value as Indicator['unit'] })}
        >
          {indicatorUnits.map((u) => (
            <option key={u} value={u}>
              {s.units[u]}
            </option>
          ))}
        </Select>
      </Field>
      {text('baseline', s.baseline)}
      {text('baselineYear', s.baselineYear)}
      {text('target', s.target)}
      {text('targetYear', s.targetYear)}
      <Field label={s.better}>
        <Select
          value={indicator.better}
          onChange={(_, d) => set({ better: d.value as Indicator['better'] })}
        >
          <option value="higher">{s.higher}</option>
          <option value="lower">{s.lower}</option>
        </Select>
      </Field>
      {indicator.saved ? endFields(props, s, index, set) : null}
      {indicator.saved ? null : (
        <Button
          onClick={() =>
            props.onChange({
              ...props.value,
              indicators: props.value.indicators.filter((_, i) => i !== index),
            })
          }
        >
          {s.removeIndicator}
        </Button>
      )}
    </fieldset>
  );
}

/** A saved indicator is ended (date, optional reason), never removed; the end can be undone. */
function endFields(
  props: IndicatorEditorProps,
  s: MeasureStrings,
  index: number,
  set: (change: Partial<IndicatorDraft>) => void,
): React.ReactNode {
  const indicator = props.value.indicators[index]!;
  const at = `indicators.${index}`;
  if (!indicator.ending)
    return <Button onClick={() => set({ ending: true })}>{s.endIndicator}</Button>;
  return (
    <>
      <Field
        label={s.endedOn}
        required
        hint={s.endedOnHint}
        {...errorOf(props.errors, `${at}.endedOn`)}
      >
        <DateInput value={indicator.endedOn} onChange={(v) => set({ endedOn: v })} />
      </Field>
      <Field label={s.endReason} {...errorOf(props.errors, `${at}.endReason`)}>
        <Textarea
          value={indicator.endReason}
          maxLength={1000}
          onChange={(_, d) => set({ endReason: d.value })}
        />
      </Field>
      <Button onClick={() => set({ ending: false, endedOn: '', endReason: '' })}>
        {s.undoEnd}
      </Button>
    </>
  );
}

export function IndicatorEditor(props: IndicatorEditorProps) {
  const s = useMeasureStrings();
  const styles = useActivityStyles();
  const { indicators } = props.value;
  return (
    <>
      <Field
        label={s.allocated}
        hint={
          props.funds
            ? fill(s.allocatedHint, { funds: props.funds.totalTkr, left: props.funds.leftTkr })
            : s.numberHint
        }
        {...errorOf(props.errors, 'allocatedTkr')}
      >
        <Input
          value={props.value.allocated}
          inputMode="decimal"
          onChange={(_, d) => props.onChange({ ...props.value, allocated: d.value })}
        />
      </Field>
      <fieldset className={styles.fieldset}>
        <legend>{s.indicators}</legend>
        <Text size={200}>{s.indicatorsHint}</Text>
        {props.errors['indicators'] ? (
          <div role="alert" className={styles.fieldError}>
            {props.errors['indicators']}
          </div>
        ) : null}
        {indicators.map((_, index) => row(props, s, index, styles.fieldset))}
        <Button
          disabled={indicators.length >= maxIndicatorsPerActivity}
          onClick={() =>
            props.onChange({
              ...props.value,
              indicators: [...indicators, newIndicator(crypto.randomUUID())],
            })
          }
        >
          {s.addIndicator}
        </Button>
      </fieldset>
    </>
  );
}
