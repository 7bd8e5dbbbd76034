import siteSchema from '../../../manifest/site-schema.json' with { type: 'json' };
import status from '../../../manifest/formatting/status.json' with { type: 'json' };
import { parseSiteManifest } from './load.js';
import type { SiteManifest } from './schema.js';

/** The manifest files as shipped in manifest/, before validation. */
export const bundledManifestSource: {
  readonly schema: unknown;
  readonly formatters: Readonly<Record<string, unknown>>;
} = {
  schema: siteSchema,
  formatters: { status },
};

/** The shipped manifest, validated; a broken manifest in the repository is a bug and throws. */
export function loadBundledManifest(): SiteManifest {
  const result = parseSiteManifest(bundledManifestSource.schema, bundledManifestSource.formatters);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
