import type { SiteSchema } from './schema.js';

/**
 * What a reader of the lists needs from the site schema: list names (internal and display, which
 * opens the site's lists), column names, types, choices, lookups and indexes. Column display
 * names, descriptions, SharePoint views and column formatting are provisioning's
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
      // Readers address columns by internal name: their Swedish display names stay behind too
      // (about 0.6 KB gzip of the tab's first view).
      columns: list.columns.map(({ description: _description, ...column }) => ({
        ...column,
        displayName: '',
      })),
      views: [],
      formatting: [],
    })),
  };
}
