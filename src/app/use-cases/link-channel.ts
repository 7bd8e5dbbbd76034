import type { Department } from '../../domain/model.js';
import type { Authorization, Caller } from '../authorization.js';
import type { ChannelDirectory, ChannelLink, PlanSnapshot, PlanStore } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { departmentLinks, findInstallation } from './register-installation.js';
import { wording } from '../../domain/wording.js';

/**
 * Linking a Teams channel to a department (or to the working group, for escalations), from the
 * bot's `koppla` card or the tab's channel configuration. Only the working group may link or
 * unlink; the plan is read beside the membership check (one round trip each, in parallel).
 */

/** The link target of the working group's own channel. */
const workingGroupTarget = 'workingGroup';

export type ChannelDeps = {
  readonly store: PlanStore;
  readonly channels: ChannelDirectory;
  readonly authorization: Authorization;
};

/** What is known of the channel being linked; missing parts come from the installation record. */
export type ChannelRef = {
  readonly channelId: string;
  readonly teamId?: string | undefined;
  readonly tenantId?: string | undefined;
  readonly serviceUrl?: string | undefined;
  readonly channelName?: string | undefined;
  readonly conversationId?: string | undefined;
};

export type LinkTarget = { readonly target: string; readonly name: string };

export type ChannelChoices = {
  readonly departments: readonly Department[];
  /** What this channel is linked to now (the first, when several targets share it). */
  readonly current?: LinkTarget;
};

const linkMessages = {
  unknownTarget: 'Förvaltningen finns inte i planen.',
  notInstalled:
    'Appen är inte installerad i det här teamet ännu. Lägg till Aktivitetsplan i teamet och försök igen.',
} as const;

function targetName(snapshot: PlanSnapshot, target: string): string | undefined {
  if (target === workingGroupTarget) return wording.sv.workingGroupTitle;
  return snapshot.departments.find((d) => d.id === target)?.name;
}

async function managed(deps: ChannelDeps, caller: Caller): Promise<Result<PlanSnapshot>> {
  const [allowed, snapshot] = await Promise.all([
    deps.authorization.canManage(caller),
    deps.store.loadPlan(),
  ]);
  if (!allowed.ok) return allowed;
  return snapshot;
}

function completeLink(
  snapshot: PlanSnapshot,
  target: string,
  ref: ChannelRef,
  caller: Caller,
): Result<ChannelLink> {
  const installed = findInstallation(snapshot.channels, ref);
  const teamId = ref.teamId ?? installed?.teamId;
  const tenantId = ref.tenantId ?? installed?.tenantId;
  const serviceUrl = ref.serviceUrl ?? installed?.serviceUrl;
  if (!teamId || !tenantId || !serviceUrl) return fail('invalid', linkMessages.notInstalled);
  const channelName = ref.channelName ?? installed?.channelName;
  const conversationId = ref.conversationId ?? installed?.conversationId;
  return ok({
    target,
    teamId,
    channelId: ref.channelId,
    tenantId,
    serviceUrl,
    linkedBy: caller.name,
    ...(channelName ? { channelName } : {}),
    ...(conversationId ? { conversationId } : {}),
  });
}

export async function linkChannel(
  deps: ChannelDeps,
  input: { readonly caller: Caller; readonly target: string; readonly channel: ChannelRef },
): Promise<Result<{ readonly link: ChannelLink; readonly target: LinkTarget }>> {
  const snapshot = await managed(deps, input.caller);
  if (!snapshot.ok) return snapshot;
  const name = targetName(snapshot.value, input.target);
  if (name === undefined) return fail('notFound', linkMessages.unknownTarget);
  const link = completeLink(snapshot.value, input.target, input.channel, input.caller);
  if (!link.ok) return link;
  const saved = await deps.channels.linkChannel(link.value);
  if (!saved.ok) return saved;
  return ok({ link: saved.value, target: { target: input.target, name } });
}

/**
 * Removes the link of `target`, or (with `channelId`) every department link to that channel.
 * Returns what was unlinked; an empty list when nothing was linked.
 */
export async function unlinkChannel(
  deps: ChannelDeps,
  input: { readonly caller: Caller; readonly target?: string; readonly channelId?: string },
): Promise<Result<readonly LinkTarget[]>> {
  const snapshot = await managed(deps, input.caller);
  if (!snapshot.ok) return snapshot;
  const links = departmentLinks(snapshot.value.channels).filter(
    (l) =>
      l.target === input.target ||
      (input.channelId !== undefined && l.channelId === input.channelId),
  );
  const removed: LinkTarget[] = [];
  for (const link of links) {
    const done = await deps.channels.unlinkChannel(link.target);
    if (!done.ok && done.error.reason !== 'notFound') return done;
    removed.push({
      target: link.target,
      name: targetName(snapshot.value, link.target) ?? link.target,
    });
  }
  return ok(removed);
}

/** For the `koppla` card: the departments to choose from and what the channel serves now. */
export async function channelChoices(
  deps: ChannelDeps,
  input: { readonly caller: Caller; readonly channelId: string },
): Promise<Result<ChannelChoices>> {
  const snapshot = await managed(deps, input.caller);
  if (!snapshot.ok) return snapshot;
  const link = departmentLinks(snapshot.value.channels).find(
    (l) => l.channelId === input.channelId,
  );
  const name = link && targetName(snapshot.value, link.target);
  return ok({
    departments: snapshot.value.departments,
    ...(link && name ? { current: { target: link.target, name } } : {}),
  });
}
