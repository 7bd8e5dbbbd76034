import type { z } from 'zod/mini';
import { fail, ok, type Result } from '../../app/result.js';
import { siteSchemaProblems } from './rules.js';
import { SiteSchemaSchema, type SiteManifest } from './schema.js';

/**
 * Parses a site manifest and checks its rules. A bad manifest (a duplicate column, an unknown
 * column type, more than 20 indexes on a list, a view or lookup naming something that does not
 * exist) comes back as `invalid` with every problem listed: nothing is sent to SharePoint.
 */
export function parseSiteManifest(
  raw: unknown,
  formatters: Readonly<Record<string, unknown>>,
): Result<SiteManifest, 'invalid'> {
  const parsed = SiteSchemaSchema.safeParse(raw);
  if (!parsed.success) return refuse(zodProblems(parsed.error));
  const problems = siteSchemaProblems(parsed.data);
  for (const list of parsed.data.lists) {
    for (const format of list.formatting) {
      if (!(format.formatter in formatters)) {
        problems.push(
          `${list.name}: formateringsfilen ${format.formatter}.json saknas i manifest/formatting.`,
        );
      }
    }
  }
  if (problems.length > 0) return refuse(problems);
  return ok({ schema: parsed.data, formatters });
}

function zodProblems(error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.join('.');
    if (issue.code === 'invalid_union' && issue.path.at(-1) === 'type') {
      return `${path}: okänd kolumntyp (tillåtna: text, note, choice, date, dateTime, number, boolean, lookup).`;
    }
    return `${path || 'manifestet'}: ${issue.message}`;
  });
}

function refuse(problems: readonly string[]): Result<never, 'invalid'> {
  return fail(
    'invalid',
    `Webbplatsens schema (manifest/) är felaktigt och har inte tillämpats:\n- ${problems.join('\n- ')}`,
    {
      fields: Object.fromEntries(problems.map((p, i) => [String(i), p])),
    },
  );
}
