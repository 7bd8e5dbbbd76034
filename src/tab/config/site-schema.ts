import { loadBundledManifest } from '../../graph/site-schema/manifest.js';
import { readerSchema } from '../../graph/site-schema/reader-schema.js';
import type { SiteSchema } from '../../graph/site-schema/schema.js';

/**
 * The lists and columns the tab reads. The tab build (vite.tab.config.ts) replaces this module
 * with the value computed at build time, so the browser ships neither the manifest's
 * descriptions and views nor its validator; elsewhere (tests, bench) it is computed here.
 */
export const siteSchema: SiteSchema = readerSchema(loadBundledManifest().schema);
