import { ok, type Result } from '../app/result.js';
import type { Clock } from '../domain/clock.js';
import type { Graph } from './client/gateway.js';
import { provisionSite, type ProvisionReport } from './provision/provision.js';
import type { SharePointRest } from './provision/sharepoint-rest.js';
import { seedSite, type SeedReport } from './seed/seed-site.js';
import { bundledManifestSource, loadBundledManifest } from './site-schema/manifest.js';
import type { SiteRef } from './store/site-ref.js';

export type EnsureSiteReadyOptions = {
  readonly graph: Graph;
  /** `https://kommun.sharepoint.com/sites/aktivitetsplan` */
  readonly siteUrl: string;
  readonly sharePoint: (webUrl: string) => SharePointRest;
  readonly clock: Clock;
  /** The plan to write when missing (e.g. the seeded plan); absent: provision only. */
  readonly seed?: unknown;
};

export type SiteReady = {
  readonly site: SiteRef;
  readonly provision: ProvisionReport;
  readonly seed?: SeedReport;
};

/**
 * What `npm start` calls before serving: provisions the site to the shipped manifest and writes
 * the seeded plan where it is missing. Idempotent: on a site that is ready it only reads.
 */
export async function ensureSiteReady(options: EnsureSiteReadyOptions): Promise<Result<SiteReady>> {
  const provision = await provisionSite({
    graph: options.graph,
    siteUrl: options.siteUrl,
    manifest: bundledManifestSource,
    sharePoint: options.sharePoint,
    now: options.clock.now(),
  });
  if (!provision.ok) return provision;
  const site = provision.value.site;
  if (options.seed === undefined) return ok({ site, provision: provision.value });
  const seed = await seedSite(
    { graph: options.graph, site, schema: loadBundledManifest().schema, clock: options.clock },
    options.seed,
  );
  if (!seed.ok) return seed;
  return ok({ site, provision: provision.value, seed: seed.value });
}
