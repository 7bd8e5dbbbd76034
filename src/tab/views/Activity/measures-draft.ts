import { checkAllocation } from '../../../domain/funds.js';
import { formatSwedishNumber } from '../../../domain/numbers.js';
import { validateIndicators } from '../../../domain/indicator-definitions.js';
import { numberText, readNumber, type Label } from '../../../domain/indicators.js';
import type { Activity, Indicator, Plan } from '../../../domain/model.js';
import type { Language } from '../../i18n/i18n.js';
import { isIsoDate } from '../../model/iso-date.js';

/**
 * The indicators and the allocated funds as the working group types them in the activity
 * editor (text, read with the domain's Swedish number rules), and back. Field keys as the API's:
 * `allocatedTkr`, `indicators.<index>.<field>`.
 */

export type IndicatorDraft = {
  readonly id: string;
  /** Stored already: it stays (its values are in the answers); only new rows can be removed. */
  readonly saved: boolean;
  readonly name: string;
  readonly unit: Indicator['unit'];
  readonly baseline: string;
  readonly baselineYear: string;
  readonly target: string;
  readonly targetYear: string;
  readonly better: Indicator['better'];
  /** Ending it (a saved one): the date it ends (YYYY-MM-DD) and the optional reason. */
  readonly ending: boolean;
  readonly endedOn: string;
  readonly endReason: string;
};

export type MeasuresDraft = {
  readonly indicators: readonly IndicatorDraft[];
  readonly allocated: string;
};

export function measuresDraftOf(activity: Activity): MeasuresDraft {
  return {
    indicators: (activity.indicators ?? []).map((i) => ({
      id: i.id,
      saved: true,
      name: i.name,
      unit: i.unit,
      baseline: numberText(i.unit, i.baseline),
      baselineYear: i.baselineYear === undefined ? '' : String(i.baselineYear),
      target: numberText(i.unit, i.target),
      targetYear: i.targetYear === undefined ? '' : String(i.targetYear),
      better: i.better,
      ending: i.endedOn !== undefined,
      endedOn: i.endedOn ?? '',
      endReason: i.endReason ?? '',
    })),
    allocated: activity.allocatedTkr === undefined ? '' : numberText('tkr', activity.allocatedTkr),
  };
}

export function newIndicator(id: string): IndicatorDraft {
  const empty = { baseline: '', baselineYear: '', target: '', targetYear: '' };
  const end = { ending: false, endedOn: '', endReason: '' };
  return { id, saved: false, name: '', unit: 'count', better: 'higher', ...empty, ...end };
}

const labels: Readonly<Record<'baseline' | 'target' | 'allocatedTkr', Label>> = {
  baseline: { sv: 'Utgångsvärdet', en: 'The baseline' },
  target: { sv: 'Målvärdet', en: 'The target' },
  allocatedTkr: { sv: 'Tilldelade utvecklingsmedel', en: 'Allocated development funds' },
};

type Read =
  | {
      readonly ok: true;
      readonly value: Pick<Activity, 'indicators' | 'allocatedTkr'>;
    }
  | { readonly ok: false; readonly errors: Record<string, string> };

type Context = {
  readonly language: Language;
  readonly yearFormat: string;
  /** The message for a date not written as YYYY-MM-DD. */
  readonly dateFormat: string;
  /** The message for an ending without its date. */
  readonly endDateMissing: string;
  readonly plan?: Pick<Plan, 'developmentFundsTkr'>;
  readonly activities: readonly Pick<Activity, 'id' | 'allocatedTkr'>[];
  readonly activityId: string;
};

function number(
  errors: Record<string, string>,
  key: string,
  read: ReturnType<typeof readNumber>,
  language: Language,
): number | undefined {
  if (read === undefined) return undefined;
  if (read.ok) return read.value;
  errors[key] = language === 'sv' ? read.message : read.messageEn;
  return undefined;
}

function year(errors: Record<string, string>, key: string, text: string, message: string) {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  if (/^\d{4}$/.test(trimmed)) return Number(trimmed);
  errors[key] = message;
  return undefined;
}

/** An ended indicator's date and reason as typed (the domain checks the rest). */
function ending(
  errors: Record<string, string>,
  at: string,
  row: IndicatorDraft,
  ctx: Context,
): Pick<Indicator, 'endedOn' | 'endReason'> {
  const [endedOn, endReason] = [row.endedOn.trim(), row.endReason.trim()];
  if (endedOn === '') errors[`${at}.endedOn`] = ctx.endDateMissing;
  else if (!isIsoDate(endedOn)) errors[`${at}.endedOn`] = ctx.dateFormat;
  return { ...(endedOn === '' ? {} : { endedOn }), ...(endReason === '' ? {} : { endReason }) };
}

/** The activity's indicators and allocation from the draft, or every field's message. */
export function readMeasuresDraft(draft: MeasuresDraft, ctx: Context): Read {
  const errors: Record<string, string> = {};
  const { language } = ctx;
  const indicators = draft.indicators.map((row, i): Indicator => {
    const at = `indicators.${i}`;
    const baseline = number(
      errors,
      `${at}.baseline`,
      readNumber(row.unit, row.baseline, labels.baseline),
      language,
    );
    const target = number(
      errors,
      `${at}.target`,
      readNumber(row.unit, row.target, labels.target),
      language,
    );
    const baselineYear = year(errors, `${at}.baselineYear`, row.baselineYear, ctx.yearFormat);
    const targetYear = year(errors, `${at}.targetYear`, row.targetYear, ctx.yearFormat);
    const end = row.ending ? ending(errors, at, row, ctx) : {};
    return {
      id: row.id,
      name: row.name.trim(),
      unit: row.unit,
      better: row.better,
      ...(baseline === undefined ? {} : { baseline }),
      ...(baselineYear === undefined ? {} : { baselineYear }),
      ...(target === undefined ? {} : { target }),
      ...(targetYear === undefined ? {} : { targetYear }),
      ...end,
    };
  });
  for (const e of validateIndicators(indicators))
    errors[e.field] ??= language === 'sv' ? e.message : e.messageEn;
  const allocatedTkr = number(
    errors,
    'allocatedTkr',
    readNumber('tkr', draft.allocated, labels.allocatedTkr),
    language,
  );
  if (allocatedTkr !== undefined && ctx.plan) {
    const fits = checkAllocation(ctx.plan, ctx.activities, { id: ctx.activityId, allocatedTkr });
    if (!fits.ok) errors.allocatedTkr = language === 'sv' ? fits.message : fits.messageEn;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    value: {
      indicators,
      ...(allocatedTkr === undefined ? {} : { allocatedTkr }),
    },
  };
}

/** The plan's funds and what of them no other activity has (for the editor's hint). */
export function fundsLeft(
  snapshot: {
    readonly plan: Pick<Plan, 'developmentFundsTkr'>;
    readonly activities: readonly Pick<Activity, 'id' | 'allocatedTkr'>[];
  },
  activityId: string,
): { readonly totalTkr: string; readonly leftTkr: string } | undefined {
  const funds = snapshot.plan.developmentFundsTkr;
  if (funds === undefined) return undefined;
  const others = snapshot.activities
    .filter((a) => a.id !== activityId)
    .reduce((sum, a) => sum + Math.round((a.allocatedTkr ?? 0) * 1000), 0);
  const left = Math.max(0, funds * 1000 - others) / 1000;
  return { totalTkr: formatSwedishNumber(funds), leftTkr: formatSwedishNumber(left) };
}
