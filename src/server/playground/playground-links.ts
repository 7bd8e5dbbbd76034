import type { ChannelDirectory, ChannelLink } from '../../app/ports.js';
import { ok, type Result } from '../../app/result.js';

/**
 * Links the Playground's channels to the departments and the working group (local mode only),
 * as `koppla` would. A link already pointing at the same channel, team and connector is left
 * alone, so a restart writes nothing; a department linked elsewhere on purpose is left alone too
 * unless `replace` is set.
 */
export async function ensurePlaygroundLinks(
  channels: ChannelDirectory,
  links: readonly ChannelLink[],
  options: { readonly replace?: boolean } = {},
): Promise<Result<{ readonly linked: number }>> {
  const current = await channels.listChannelLinks();
  if (!current.ok) return current;
  let linked = 0;
  for (const link of links) {
    const existing = current.value.find((c) => c.target === link.target);
    const same =
      existing?.channelId === link.channelId &&
      existing.teamId === link.teamId &&
      existing.serviceUrl === link.serviceUrl;
    if (same || (existing && !options.replace && !existing.serviceUrl.includes('/_connector')))
      continue;
    const saved = await channels.linkChannel(link);
    if (!saved.ok) return saved;
    linked += 1;
  }
  return ok({ linked });
}
