import { z } from '../../domain/zod-mini.js';

/**
 * The site schema (manifest/site-schema.json) as a zod schema. The manifest is data: lists with
 * ASCII internal names and Swedish display names, typed columns, indexes, unique keys, views and
 * column formatting. `checkSiteSchema` (rules.ts) adds the rules zod cannot express per field.
 */

const internalName = z
  .string()
  .check(
    z.regex(/^[A-Z][A-Za-z0-9]{0,31}$/, 'ASCII-namn: en versal följd av bokstäver och siffror.'),
  );
const displayName = z.string().check(z.trim(), z.minLength(1), z.maxLength(255));

const columnBase = {
  name: internalName,
  displayName,
  description: z.optional(z.string().check(z.maxLength(255))),
  required: z._default(z.boolean(), false),
  indexed: z._default(z.boolean(), false),
  /** enforceUniqueValues; SharePoint requires such a column to be indexed too. */
  unique: z._default(z.boolean(), false),
  /** Written by the app (derived from follow-ups), not by users. Documentation only. */
  derived: z._default(z.boolean(), false),
};

const ChoiceSchema = z.object({
  /** The code the app uses (e.g. `done`). */
  value: z.string().check(z.minLength(1), z.maxLength(50)),
  /** What SharePoint stores and shows (e.g. `Genomförd`). */
  label: z.string().check(z.trim(), z.minLength(1), z.maxLength(255)),
});

const ColumnSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...columnBase,
    type: z.literal('text'),
    maxLength: z._default(z.number().check(z.int(), z.gte(1), z.lte(255)), 255),
  }),
  z.strictObject({ ...columnBase, type: z.literal('note') }),
  z.strictObject({
    ...columnBase,
    type: z.literal('choice'),
    choices: z.array(ChoiceSchema).check(z.minLength(1)),
  }),
  z.strictObject({ ...columnBase, type: z.literal('date') }),
  z.strictObject({ ...columnBase, type: z.literal('dateTime') }),
  z.strictObject({
    ...columnBase,
    type: z.literal('number'),
    min: z.optional(z.number()),
    max: z.optional(z.number()),
  }),
  z.strictObject({ ...columnBase, type: z.literal('boolean') }),
  z.strictObject({
    ...columnBase,
    type: z.literal('lookup'),
    /** The internal name of the target list; lookups show the target's Title. */
    list: internalName,
    multiple: z._default(z.boolean(), false),
  }),
]);
export type ColumnSpec = z.infer<typeof ColumnSchema>;

const ViewSchema = z.strictObject({
  title: displayName,
  /** Internal names of the columns shown, in order (built-ins such as LinkTitle allowed). */
  fields: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** CAML: <Where>, <OrderBy>, <GroupBy> as SharePoint's ViewQuery. */
  query: z.string().check(z.maxLength(4000)),
  rowLimit: z._default(z.number().check(z.int(), z.gte(1), z.lte(5000)), 100),
});
export type ViewSpec = z.infer<typeof ViewSchema>;

const FormattingSchema = z.strictObject({
  column: internalName,
  /** A file in manifest/formatting/ (without `.json`). */
  formatter: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/)),
});

const ListSchema = z.strictObject({
  name: internalName,
  displayName,
  description: z._default(z.string().check(z.maxLength(255)), ''),
  columns: z.array(ColumnSchema),
  views: z._default(z.array(ViewSchema), []),
  formatting: z._default(z.array(FormattingSchema), []),
});
export type ListSpec = z.infer<typeof ListSchema>;

export const SiteSchemaSchema = z.strictObject({
  /** Raised whenever lists or columns change; recorded on the site by provisioning. */
  version: z.number().check(z.int(), z.gte(1)),
  description: z.optional(z.string()),
  lists: z.array(ListSchema).check(z.minLength(1)),
});
export type SiteSchema = z.infer<typeof SiteSchemaSchema>;

/** The manifest with its formatting files, as provisioning needs them. */
export type SiteManifest = {
  readonly schema: SiteSchema;
  /** Column-formatting JSON by formatter name. */
  readonly formatters: Readonly<Record<string, unknown>>;
};
