import { z } from 'zod';

/**
 * The site schema (manifest/site-schema.json) as a zod schema. The manifest is data: lists with
 * ASCII internal names and Swedish display names, typed columns, indexes, unique keys, views and
 * column formatting. `checkSiteSchema` (rules.ts) adds the rules zod cannot express per field.
 */

const internalName = z
  .string()
  .regex(/^[A-Z][A-Za-z0-9]{0,31}$/, 'ASCII-namn: en versal följd av bokstäver och siffror.');
const displayName = z.string().trim().min(1).max(255);

const columnBase = {
  name: internalName,
  displayName,
  description: z.string().max(255).optional(),
  required: z.boolean().default(false),
  indexed: z.boolean().default(false),
  /** enforceUniqueValues; SharePoint requires such a column to be indexed too. */
  unique: z.boolean().default(false),
  /** Written by the app (derived from follow-ups), not by users. Documentation only. */
  derived: z.boolean().default(false),
};

const ChoiceSchema = z.object({
  /** The code the app uses (e.g. `done`). */
  value: z.string().min(1).max(50),
  /** What SharePoint stores and shows (e.g. `Genomförd`). */
  label: z.string().trim().min(1).max(255),
});

const ColumnSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...columnBase,
    type: z.literal('text'),
    maxLength: z.number().int().min(1).max(255).default(255),
  }),
  z.strictObject({ ...columnBase, type: z.literal('note') }),
  z.strictObject({
    ...columnBase,
    type: z.literal('choice'),
    choices: z.array(ChoiceSchema).min(1),
  }),
  z.strictObject({ ...columnBase, type: z.literal('date') }),
  z.strictObject({ ...columnBase, type: z.literal('dateTime') }),
  z.strictObject({
    ...columnBase,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
  }),
  z.strictObject({ ...columnBase, type: z.literal('boolean') }),
  z.strictObject({
    ...columnBase,
    type: z.literal('lookup'),
    /** The internal name of the target list; lookups show the target's Title. */
    list: internalName,
    multiple: z.boolean().default(false),
  }),
]);
export type ColumnSpec = z.infer<typeof ColumnSchema>;

const ViewSchema = z.strictObject({
  title: displayName,
  /** Internal names of the columns shown, in order (built-ins such as LinkTitle allowed). */
  fields: z.array(z.string().min(1)).min(1),
  /** CAML: <Where>, <OrderBy>, <GroupBy> as SharePoint's ViewQuery. */
  query: z.string().max(4000),
  rowLimit: z.number().int().min(1).max(5000).default(100),
});
export type ViewSpec = z.infer<typeof ViewSchema>;

const FormattingSchema = z.strictObject({
  column: internalName,
  /** A file in manifest/formatting/ (without `.json`). */
  formatter: z.string().regex(/^[a-z][a-z0-9-]*$/),
});

const ListSchema = z.strictObject({
  name: internalName,
  displayName,
  description: z.string().max(255).default(''),
  columns: z.array(ColumnSchema),
  views: z.array(ViewSchema).default([]),
  formatting: z.array(FormattingSchema).default([]),
});
export type ListSpec = z.infer<typeof ListSchema>;

export const SiteSchemaSchema = z.strictObject({
  /** Raised whenever lists or columns change; recorded on the site by provisioning. */
  version: z.number().int().min(1),
  description: z.string().optional(),
  lists: z.array(ListSchema).min(1),
});
export type SiteSchema = z.infer<typeof SiteSchemaSchema>;

/** The manifest with its formatting files, as provisioning needs them. */
export type SiteManifest = {
  readonly schema: SiteSchema;
  /** Column-formatting JSON by formatter name. */
  readonly formatters: Readonly<Record<string, unknown>>;
};
