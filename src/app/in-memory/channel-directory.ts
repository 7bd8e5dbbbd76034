import type { ChannelDirectory, ChannelLink } from '../ports.js';
import { fail, ok, type Result } from '../result.js';
import { linkProblem } from '../store-rules.js';

/** Channel links in memory: one per target; linking again replaces it, unlinking keeps nothing active. */
export class InMemoryChannelDirectory implements ChannelDirectory {
  private readonly links = new Map<string, ChannelLink>();

  constructor(links: readonly ChannelLink[] = []) {
    for (const link of links) this.links.set(link.target, { ...link });
  }

  listChannelLinks(): Promise<Result<readonly ChannelLink[]>> {
    return Promise.resolve(ok([...this.links.values()].map((l) => ({ ...l }))));
  }

  linkChannel(link: ChannelLink): Promise<Result<ChannelLink>> {
    const problem = linkProblem(link);
    if (problem) return Promise.resolve(fail('invalid', problem, { fields: { link: problem } }));
    this.links.set(link.target, { ...link });
    return Promise.resolve(ok({ ...link }));
  }

  unlinkChannel(target: string): Promise<Result<void>> {
    if (!this.links.delete(target)) {
      return Promise.resolve(fail('notFound', `Ingen kanal är kopplad till ${target}.`));
    }
    return Promise.resolve(ok(undefined));
  }
}
