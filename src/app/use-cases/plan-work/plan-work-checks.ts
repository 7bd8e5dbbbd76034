import { stockholmDate } from '../../../domain/calendar/stockholm-time.js';
import type { Clock } from '../../../domain/clock.js';
import {
  textFieldRules,
  validateText,
  type FieldError,
  type TextField,
  type TextFieldRule,
} from '../../../domain/validation.js';
import { planMessages } from '../../../domain/plans.js';
import type { Authorization, Caller } from '../../authorization.js';
import type { PlanSnapshot, PlanStore } from '../../ports.js';
import { fail, type Result } from '../../result.js';
import { readOnlyRefusal } from '../plans.js';

/** What the plan work's use cases share: the ports, the gate, text checks, ids and today. */

export type PlanWorkDeps = {
  readonly store: PlanStore;
  readonly authorization: Authorization;
  readonly clock: Clock;
};

export const planWorkRefusals = {
  invalid: 'Inget sparades. Rätta det som är markerat och försök igen.',
  personalData:
    'Inget sparades: texten verkar innehålla personuppgifter. Skriv aldrig namn eller personnummer.',
  staleVersion:
    'Någon annan har ändrat det under tiden; inget skrevs över. Läs in sidan och försök igen.',
} as const;

/** Rules for texts the domain's table does not name (names, boards, reasons). */
const extraRules = {
  name: { maxLength: 255, multiLine: false, required: true, label: { sv: 'Namn', en: 'Name' } },
  board: { maxLength: 255, multiLine: false, required: false, label: { sv: 'Nämnd', en: 'Board' } },
  reason: {
    maxLength: 1000,
    multiLine: true,
    required: true,
    label: { sv: 'Anledning', en: 'Reason' },
  },
} as const satisfies Record<string, TextFieldRule>;

type CheckedField = TextField | keyof typeof extraRules;

/** One text per field: [field, value]; absent values are not checked. */
export function textRefusal(
  texts: readonly (readonly [CheckedField, string | undefined])[],
  more: Readonly<Record<string, string>> = {},
): Result<never> | undefined {
  const errors: FieldError[] = [];
  for (const [field, value] of texts) {
    if (value === undefined) continue;
    const rule: TextFieldRule =
      field in extraRules
        ? extraRules[field as keyof typeof extraRules]
        : textFieldRules[field as TextField];
    const error = validateText(field as TextField, value, rule);
    if (error) errors.push({ ...error, field });
  }
  const fields = { ...more, ...Object.fromEntries(errors.map((e) => [e.field, e.message])) };
  if (Object.keys(fields).length === 0) return undefined;
  const personal = errors.some((e) => e.reason === 'personalData');
  const reason = personal ? 'personalData' : 'invalid';
  return fail(reason, planWorkRefusals[reason], { fields });
}

/** The refusal of one field (a rule beside the text checks). */
export function fieldRefusal(field: string, message: string): Result<never> {
  return fail('invalid', message, { fields: { [field]: message } });
}

/**
 * Who acts on which plan: every plan work call names the plan chosen in the tab (`planId`;
 * absent: the plan in force, the store's default).
 */
export type PlanScope = { readonly caller: Caller; readonly planId?: string };

/**
 * The caller may manage the plan, and the plan as it is now (one read round trip): the chosen
 * one, proposed (a new version being worked on) or adopted; a replaced plan is read-only.
 */
export async function managedSnapshot(
  deps: PlanWorkDeps,
  scope: PlanScope,
): Promise<Result<PlanSnapshot>> {
  const { caller, planId } = scope;
  const [allowed, snapshot] = await Promise.all([
    deps.authorization.canManage(caller),
    deps.store.loadPlan({ planId }),
  ]);
  if (!allowed.ok) return allowed;
  if (!snapshot.ok)
    return snapshot.error.reason === 'notFound' && planId !== undefined
      ? fail('notFound', planMessages.unknown)
      : snapshot;
  return readOnlyRefusal(snapshot.value, snapshot.value.plan.id) ?? snapshot;
}

/** Today in Stockholm (YYYY-MM-DD): the date of renames, ends and merges. */
export function today(deps: Pick<PlanWorkDeps, 'clock'>): string {
  return stockholmDate(deps.clock.now());
}

/** A readable id from a name: `Nya förvaltningen` → `nya-forvaltningen`, unique among `taken`. */
export function slugId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) if (!taken.has(`${base}-${String(n)}`)) return `${base}-${String(n)}`;
}
