import type { Grant } from '../../../store/grants.js';

export function permissionJson(grant: Grant): Record<string, unknown> {
  const identities = [{ application: { id: grant.appId, displayName: grant.displayName } }];
  return {
    id: grant.id,
    '@deprecated.GrantedToIdentities':
      'GrantedToIdentities has been deprecated. Refer to GrantedToIdentitiesV2',
    roles: grant.roles,
    grantedToIdentitiesV2: identities,
    grantedToIdentities: identities,
  };
}
