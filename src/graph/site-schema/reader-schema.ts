import type { SiteSchema } from './schema.js';

/**
 * What a reader of the lists needs from the site schema: list and column names, types, choices,
 * lookups and indexes. Descriptions, SharePoint views and column formatting are provisioning's
 * business; the tab ships this already-parsed copy (see vite.tab.config.ts) instead of the
 * manifest and its validator.
 */
export function readerSchema(schema: SiteSchema): SiteSchema {
  return {
    version: schema.version,
    lists: schema.lists.map((list) => ({
      name: list.name,
      displayName: list.displayName,
      description: '',
      columns: list.columns.map(({ description: _description, ...column }) => column),
      views: [],
      formatting: [],
    })),
  };
}
