import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { processConfig } from '../../config.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** `npm start`'s emulator and site, used when neither flags nor credentials name another. */
export const localSite = {
  graphUrl: 'https://localhost:8443/v1.0',
  siteUrl: 'https://kommun.sharepoint.com/sites/aktivitetsplan',
  devUser: 'Aktivitetsplan (app)',
  caFile: `${root}.data/graph-emulator-ca.pem`,
};

type SiteValues = {
  'graph-url'?: string;
  site?: string;
  'dev-user'?: string;
  'ca-file'?: string;
};

/** The local emulator's defaults when nothing names a tenant or another Graph (as `remind`). */
export function withLocalSite<V extends SiteValues>(values: V): V {
  const config = processConfig();
  const named =
    values['graph-url'] ?? values['dev-user'] ?? (config.ok ? config.value.credential : undefined);
  if (named !== undefined) return values;
  return {
    ...values,
    'graph-url': localSite.graphUrl,
    site: values.site ?? localSite.siteUrl,
    'dev-user': localSite.devUser,
    ...(values['ca-file'] === undefined && existsSync(localSite.caFile)
      ? { 'ca-file': localSite.caFile }
      : {}),
  };
}
