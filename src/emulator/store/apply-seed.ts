import type { EmulatorSeed } from '../seed.js';
import type { Site } from './sites.js';
import type { Store } from './store.js';

/**
 * Creates the root site and the seeded site if missing, their User Information
 * Lists, and upserts users and teams. Safe to run on every start.
 */
export function applySeed(store: Store, seed: EmulatorSeed): { site: Site; root: Site } {
  return store.transaction(() => {
    const s = seed.site;
    const timeZone = s.timeZone ?? 'UTC';
    const root = store.sites.ensure({
      hostname: s.hostname,
      path: '',
      displayName: 'Communication site',
      description: '',
      collectionId: s.rootCollectionId ?? '00000000-0000-4000-8000-000000000001',
      webId: s.rootWebId ?? '00000000-0000-4000-8000-000000000002',
      timeZone,
    }).site;
    const site = store.sites.ensure({
      hostname: s.hostname,
      path: s.path,
      displayName: s.displayName,
      description: s.description ?? '',
      collectionId: s.collectionId ?? '00000000-0000-4000-8000-000000000003',
      webId: s.webId ?? '00000000-0000-4000-8000-000000000004',
      timeZone,
    }).site;
    store.directory.seed(seed.users, seed.teams);
    for (const grant of s.grants ?? []) {
      if (store.grants.roles(site.pk, grant.appId).length === 0) {
        store.grants.create(site.pk, grant.appId, grant.displayName ?? '', grant.roles);
      }
    }
    for (const each of [root, site]) {
      store.siteUsers.list(each);
      for (const user of seed.users) {
        store.siteUsers.ensure(
          each,
          user.id,
          user.displayName,
          user.mail ?? user.userPrincipalName,
        );
      }
    }
    return { site, root };
  });
}
