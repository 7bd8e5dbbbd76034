import type { ListRecord } from '../../store/lists.js';
import type { Site } from '../../store/sites.js';

const metadata = 'https://graph.microsoft.com/v1.0/$metadata';

function siteWebUrl(site: Site): string {
  return `https://${site.hostname}${site.path}`;
}

export function siteJson(site: Site): Record<string, unknown> {
  return {
    '@odata.context': `${metadata}#sites/$entity`,
    createdDateTime: site.created,
    description: site.description,
    id: site.id,
    lastModifiedDateTime: site.created,
    name: site.name,
    webUrl: siteWebUrl(site),
    displayName: site.displayName,
    ...(site.isRoot ? { root: {}, siteCollection: { hostname: site.hostname } } : {}),
  };
}

export function listETag(list: ListRecord): string {
  return `${list.id},${list.version}`;
}

export function listWebUrl(site: Site, list: ListRecord): string {
  return `${siteWebUrl(site)}/Lists/${encodeURIComponent(list.urlName)}`;
}

export function listJson(site: Site, list: ListRecord): Record<string, unknown> {
  const etag = `"${listETag(list)}"`;
  return {
    '@odata.etag': etag,
    createdDateTime: list.created,
    description: list.description,
    eTag: etag,
    id: list.id,
    lastModifiedDateTime: list.modified,
    name: list.urlName,
    webUrl: listWebUrl(site, list),
    displayName: list.displayName,
    createdBy: list.createdBy,
    lastModifiedBy: list.modifiedBy,
    parentReference: { siteId: site.id },
    list: { contentTypesEnabled: false, hidden: list.hidden, template: list.template },
    ...(list.system ? { system: {} } : {}),
  };
}

export function contextUrl(fragment: string): string {
  return `${metadata}#${fragment}`;
}
