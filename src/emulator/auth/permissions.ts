import type { Permission } from '../http/route.js';
import { GraphFailure, accessDenied } from '../http/errors.js';
import type { Caller } from './caller.js';

/** Delegated scopes or application roles that satisfy each level (Sites.Selected aside). */
const satisfiedBy: Record<Permission, readonly string[]> = {
  'sites.read': [
    'Sites.Read.All',
    'Sites.ReadWrite.All',
    'Sites.Manage.All',
    'Sites.FullControl.All',
  ],
  'sites.write': ['Sites.ReadWrite.All', 'Sites.Manage.All', 'Sites.FullControl.All'],
  'sites.manage': ['Sites.Manage.All', 'Sites.FullControl.All'],
  'sites.fullcontrol': ['Sites.FullControl.All'],
  'teams.read': [
    'Channel.ReadBasic.All',
    'ChannelSettings.Read.All',
    'ChannelSettings.Read.Group',
    'ChannelSettings.ReadWrite.All',
    'TeamMember.Read.All',
    'TeamMember.Read.Group',
    'TeamMember.ReadWrite.All',
    'Group.Read.All',
    'Group.ReadWrite.All',
    'Directory.Read.All',
  ],
  // Application: ChannelMessage.Read.Group (resource-specific consent, which the emulator takes
  // as a role in the token) or ChannelMessage.Read.All; delegated: ChannelMessage.Read.All.
  'channelMessages.read': ['ChannelMessage.Read.Group', 'ChannelMessage.Read.All'],
  // Sending is delegated only (application permission: Teamwork.Migrate.All, for imports).
  'channelMessages.send': ['ChannelMessage.Send', 'Group.ReadWrite.All'],
  'users.read': ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'],
};

/** Site roles (granted to an app for Sites.Selected) that satisfy each level. */
const grantedRoles: Partial<Record<Permission, readonly string[]>> = {
  'sites.read': ['read', 'write', 'manage', 'fullcontrol'],
  'sites.write': ['write', 'manage', 'fullcontrol'],
  'sites.manage': ['manage', 'fullcontrol'],
};

/**
 * With `--require-scope`: refuses a token without a scope or role the route needs.
 * Sites.Selected counts only on a site where the app was granted a role (`siteRoles`).
 */
export function checkPermission(
  caller: Caller,
  permission: Permission,
  siteRoles: (appId: string) => readonly string[] | undefined,
): void {
  if (caller.permissions.size === 0) {
    throw new GraphFailure(
      401,
      'InvalidAuthenticationToken',
      'Either scp or roles claim need to be present in the token.',
    );
  }
  if (satisfiedBy[permission].some((p) => caller.permissions.has(p))) return;
  const roles = grantedRoles[permission];
  if (roles && caller.permissions.has('Sites.Selected') && caller.appId) {
    const held = siteRoles(caller.appId) ?? [];
    if (held.some((r) => roles.includes(r))) return;
  }
  if (permission.startsWith('sites.')) throw accessDenied('Access denied');
  throw new GraphFailure(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );
}
