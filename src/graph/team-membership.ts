import type { Clock } from '../domain/clock.js';
import type { TeamMembership } from '../app/ports.js';
import { ok, type Result } from '../app/result.js';
import { failWith } from './client/failures.js';
import type { Graph, GraphOutcome } from './client/gateway.js';

/**
 * Team membership as Teams says it: `GET /teams/{id}/members` (aadUserConversationMember; the
 * app needs TeamMember.Read.Group by resource-specific consent or TeamMember.Read.All). The
 * member list of a team is kept for a short while (`ttlMs`, default 60 s) so that a burst of
 * answers costs one request; concurrent checks of one team share one request. A team that does
 * not exist has no members. A failure is returned as it is and not cached.
 */

export type GraphTeamMembershipOptions = {
  readonly graph: Graph;
  readonly clock: Clock;
  readonly ttlMs?: number;
  /** Pages to follow at most (a team has at most 25,000 members; Graph pages 100 or more). */
  readonly maxPages?: number;
};

type Entry = { readonly members: ReadonlySet<string>; readonly until: number };

type MemberPage = {
  readonly value?: readonly { readonly userId?: unknown }[];
  readonly '@odata.nextLink'?: unknown;
};

export class GraphTeamMembership implements TeamMembership {
  private readonly cache = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<Result<ReadonlySet<string>>>>();
  private readonly ttlMs: number;
  private readonly maxPages: number;

  constructor(private readonly options: GraphTeamMembershipOptions) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.maxPages = options.maxPages ?? 300;
  }

  async isMember(teamId: string, userId: string): Promise<Result<boolean>> {
    const members = await this.members(teamId);
    if (!members.ok) return members;
    return ok(members.value.has(userId.toLowerCase()));
  }

  /** Forgets what is cached (for a team, or all). */
  forget(teamId?: string): void {
    if (teamId === undefined) this.cache.clear();
    else this.cache.delete(teamId);
  }

  private members(teamId: string): Promise<Result<ReadonlySet<string>>> {
    const now = this.options.clock.now().getTime();
    const cached = this.cache.get(teamId);
    if (cached && cached.until > now) return Promise.resolve(ok(cached.members));
    const running = this.inFlight.get(teamId);
    if (running) return running;
    const read = this.read(teamId).finally(() => this.inFlight.delete(teamId));
    this.inFlight.set(teamId, read);
    return read;
  }

  private async read(teamId: string): Promise<Result<ReadonlySet<string>>> {
    const members = new Set<string>();
    let url: string | undefined = `/teams/${encodeURIComponent(teamId)}/members`;
    for (let page = 0; url !== undefined && page < this.maxPages; page++) {
      const answer: GraphOutcome = await this.options.graph.send({ method: 'GET', url });
      if (!answer.ok) {
        if (answer.status === 404) return ok(this.keep(teamId, new Set()));
        return failWith(answer, 'Teamets medlemslista');
      }
      const body = (answer.body ?? {}) as MemberPage;
      for (const member of body.value ?? []) {
        if (typeof member.userId === 'string') members.add(member.userId.toLowerCase());
      }
      const next = body['@odata.nextLink'];
      url = typeof next === 'string' ? next : undefined;
    }
    return ok(this.keep(teamId, members));
  }

  private keep(teamId: string, members: ReadonlySet<string>): ReadonlySet<string> {
    const until = this.options.clock.now().getTime() + this.ttlMs;
    this.cache.set(teamId, { members, until });
    return members;
  }
}
