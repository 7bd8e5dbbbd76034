import type { Indicator } from '../../domain/model.js';
import { formatSwedishNumber } from '../../domain/numbers.js';
import type { MeasureStrings } from './measure-strings.js';

/** A value as the tab shows it: `62,5 %`, `1 250 kr`, `12`, `ja`. */
export function formatValue(unit: Indicator['unit'], value: number, s: MeasureStrings): string {
  switch (unit) {
    case 'yesNo':
      return value === 1 ? s.yes : s.no;
    case 'percent':
      return `${formatSwedishNumber(value)} %`;
    case 'kronor':
      return `${formatSwedishNumber(value)} kr`;
    case 'count':
      return formatSwedishNumber(value);
  }
}
