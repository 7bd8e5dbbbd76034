import { Checkbox } from '@fluentui/react-components';
import type { PlanWorkStyles } from './usePlanWorkStyles.styles.js';

/** Checkboxes under one legend (a Field would give every checkbox the same id). */
export function checkGroup(
  legend: string,
  error: string | undefined,
  options: readonly { readonly id: string; readonly label: string }[],
  checked: readonly string[],
  onChange: (ids: string[]) => void,
  styles: PlanWorkStyles,
) {
  return (
    <fieldset className={styles.form}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <Checkbox
          key={o.id}
          label={o.label}
          checked={checked.includes(o.id)}
          onChange={(_, d) =>
            onChange(d.checked === true ? [...checked, o.id] : checked.filter((x) => x !== o.id))
          }
        />
      ))}
      {error ? (
        <div role="alert" className={styles.error}>
          {error}
        </div>
      ) : null}
    </fieldset>
  );
}
