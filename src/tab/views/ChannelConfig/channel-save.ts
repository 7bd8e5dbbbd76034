import type { TabBackend } from '../../backend/tab-backend.js';
import type { SaveOutcome, TeamsInfo } from '../../host/host.types.js';
import { hrefOf } from '../../routing/routes.js';

/** Stores the link through the API, then tells Teams what the channel tab shows. */
export async function saveChannelLink(
  backend: Pick<TabBackend, 'linkChannel'>,
  info: TeamsInfo,
  target: { readonly id: string; readonly name: string },
  tabUrl: string,
): Promise<SaveOutcome> {
  if (!info.teamId || !info.channelId || !info.tenantId) {
    return { ok: false, message: 'Teams gav inte kanalens uppgifter.' };
  }
  const result = await backend.linkChannel({
    target: target.id,
    teamId: info.teamId,
    channelId: info.channelId,
    tenantId: info.tenantId,
    channelName: info.channelName,
  });
  if (!result.ok) return { ok: false, message: result.error.message };
  const route =
    target.id === 'workingGroup'
      ? hrefOf({ name: 'followUp' })
      : hrefOf({ name: 'myDepartment', departmentId: target.id });
  return {
    ok: true,
    contentUrl: `${tabUrl.replace(/#.*$/, '')}${route}`,
    entityId: `aktivitetsplan-${target.id}`,
    displayName: `Aktivitetsplan – ${target.name}`,
  };
}
