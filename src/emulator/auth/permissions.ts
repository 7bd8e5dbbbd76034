import type { Permission } from '../http/route.js';
import { GraphFailure, accessDenied } from '../http/errors.js';
import type { Caller } from './caller.js';

/** Delegated scopes or application roles that satisfy each level, least privileged first. */
const satisfiedBy: Record<Permission, readonly string[]> = {
  'sites.read': [
    'Sites.Read.All',
    'Sites.ReadWrite.All',
    'Sites.Manage.All',
    'Sites.FullControl.All',
    'Sites.Selected',
  ],
  'sites.write': [
    'Sites.ReadWrite.All',
    'Sites.Manage.All',
    'Sites.FullControl.All',
    'Sites.Selected',
  ],
  'sites.manage': ['Sites.Manage.All', 'Sites.FullControl.All', 'Sites.Selected'],
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
  'users.read': ['User.ReadBasic.All', 'User.Read.All', 'User.ReadWrite.All', 'Directory.Read.All'],
};

/** With `--require-scope`: refuses a token without a scope or role the route needs. */
export function checkPermission(caller: Caller, permission: Permission): void {
  if (caller.permissions.size === 0) {
    throw new GraphFailure(
      401,
      'InvalidAuthenticationToken',
      'Either scp or roles claim need to be present in the token.',
    );
  }
  if (satisfiedBy[permission].some((p) => caller.permissions.has(p))) return;
  if (permission.startsWith('sites.')) throw accessDenied('Access denied');
  throw new GraphFailure(
    403,
    'Authorization_RequestDenied',
    'Insufficient privileges to complete the operation.',
  );
}
