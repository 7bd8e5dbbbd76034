import type { Language } from '../../i18n/i18n.js';
import { planWorkEn } from '../../i18n/plan-work-en.js';
import { planWorkSv, type PlanWorkStrings } from '../../i18n/plan-work-sv.js';

type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

type PlanWorkKey = Leaves<PlanWorkStrings>;
export type PlanWorkText = (
  key: PlanWorkKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** Planera's strings in `language`, with `{{name}}` filled in. */
export function planWorkText(language: Language): PlanWorkText {
  const strings: unknown = language === 'en' ? planWorkEn : planWorkSv;
  return (key, values) => {
    let node = strings;
    for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
    const text = typeof node === 'string' ? node : key;
    return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
      values && name in values ? String(values[name]) : whole,
    );
  };
}
