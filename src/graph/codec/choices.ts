import type { SiteSchema } from '../site-schema/schema.js';

/** A choice column's codes (what the app uses) and labels (what SharePoint stores and shows). */
export type ChoiceMap = {
  label(code: string): string;
  code(label: string | undefined): string | undefined;
};

/**
 * A column an older manifest lacks (a site provisioned before it, in the upgrade harness) has no
 * choices: reading gives nothing, and writing a value throws as any unknown code does.
 */
export function choiceMap(schema: SiteSchema, list: string, column: string): ChoiceMap {
  const listSpec = schema.lists.find((l) => l.name === list);
  const spec = listSpec?.columns.find((c) => c.name === column) ?? {
    type: 'choice' as const,
    choices: [],
  };
  if (!listSpec || spec.type !== 'choice')
    throw new Error(`${list}.${column} is not a choice column of the manifest`);
  const labels = new Map(spec.choices.map((c) => [c.value, c.label]));
  const codes = new Map(spec.choices.map((c) => [c.label, c.value]));
  return {
    label(code) {
      const label = labels.get(code);
      if (label === undefined) throw new Error(`${list}.${column} has no choice for ${code}`);
      return label;
    },
    code: (label) => (label === undefined ? undefined : codes.get(label)),
  };
}
