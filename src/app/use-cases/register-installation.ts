import type { ChannelDirectory, ChannelLink } from '../ports.js';
import { ok, type Result } from '../result.js';

/**
 * When the app is added to a team or a channel, the bot keeps the conversation reference
 * (team, channel, tenant, service URL) in SharePoint, so that a channel can later be linked to a
 * department from the tab, which knows the team and channel but not the Bot Connector's
 * service URL. Installations are kept in the channel links list under a reserved key,
 * `installation:<channel id>`; department links use the department id (or `workingGroup`).
 * Readers that look links up by department never see them; lists of links should skip them
 * (`isInstallationTarget`).
 */

const prefix = 'installation:';

export function installationTarget(channelId: string): string {
  return `${prefix}${channelId}`;
}

function isInstallationTarget(target: string): boolean {
  return target.startsWith(prefix);
}

/** The links that point a department (or the working group) at a channel, without installations. */
export function departmentLinks(channels: readonly ChannelLink[]): ChannelLink[] {
  return channels.filter((c) => !isInstallationTarget(c.target));
}

/** Where the app is installed for a channel: that channel's record, else any of its team's. */
export function findInstallation(
  channels: readonly ChannelLink[],
  where: { readonly channelId: string; readonly teamId?: string | undefined },
): ChannelLink | undefined {
  const installed = channels.filter((c) => isInstallationTarget(c.target));
  return (
    installed.find((c) => c.channelId === where.channelId) ??
    (where.teamId === undefined ? undefined : installed.find((c) => c.teamId === where.teamId))
  );
}

export type Installation = {
  /** The team's Entra group id when Teams gave it, otherwise its Teams thread id. */
  readonly teamId: string;
  readonly channelId: string;
  readonly tenantId: string;
  readonly serviceUrl: string;
  readonly channelName?: string;
  readonly conversationId?: string;
};

/**
 * Stores (or refreshes) where the app is installed. `isNew` is false when the same record was
 * there already: Teams (and the Playground, on every page load) repeats installation events.
 */
export async function registerInstallation(
  channels: ChannelDirectory,
  installation: Installation,
): Promise<Result<{ readonly link: ChannelLink; readonly isNew: boolean }>> {
  const target = installationTarget(installation.channelId);
  const current = await channels.listChannelLinks();
  if (!current.ok) return current;
  const existing = current.value.find((c) => c.target === target);
  const same =
    existing?.serviceUrl === installation.serviceUrl &&
    existing.teamId === installation.teamId &&
    existing.tenantId === installation.tenantId;
  if (existing && same) return ok({ link: existing, isNew: false });
  const saved = await channels.linkChannel({ target, ...installation });
  return saved.ok ? ok({ link: saved.value, isNew: existing === undefined }) : saved;
}

/** The app was removed from the team or channel: forget where it was installed. */
export async function forgetInstallation(
  channels: ChannelDirectory,
  channelId: string,
): Promise<Result<void>> {
  const removed = await channels.unlinkChannel(installationTarget(channelId));
  return !removed.ok && removed.error.reason === 'notFound'
    ? { ok: true, value: undefined }
    : removed;
}
