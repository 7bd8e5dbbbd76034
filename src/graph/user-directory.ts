import type { Clock } from '../domain/clock.js';
import { ok, type Result } from '../app/result.js';
import { failWith } from './client/failures.js';
import type { Graph } from './client/gateway.js';

/**
 * Whether the tenant's directory has a user: `GET /users/{id}?$select=id` (User.ReadBasic.All),
 * 404 meaning no such user. Used where a caller's identity is not vouched for by a signature (the
 * local mode's dev tokens), so that only the directory's users are signed in, as with Entra. A
 * user found is remembered for a while (`ttlMs`, default 5 minutes); an unknown user is asked
 * again next time, and a failure is returned as it is.
 */

export type GraphUserDirectoryOptions = {
  readonly graph: Graph;
  readonly clock: Clock;
  readonly ttlMs?: number;
};

export class GraphUserDirectory {
  private readonly known = new Map<string, number>();
  private readonly ttlMs: number;

  constructor(private readonly options: GraphUserDirectoryOptions) {
    this.ttlMs = options.ttlMs ?? 5 * 60_000;
  }

  async hasUser(userId: string): Promise<Result<boolean>> {
    const key = userId.toLowerCase();
    const now = this.options.clock.now().getTime();
    const until = this.known.get(key);
    if (until !== undefined && until > now) return ok(true);
    const answer = await this.options.graph.send({
      method: 'GET',
      url: `/users/${encodeURIComponent(userId)}?$select=id`,
    });
    if (!answer.ok) {
      if (answer.status === 404) return ok(false);
      return failWith(answer, 'Användarkatalogen');
    }
    this.known.set(key, now + this.ttlMs);
    return ok(true);
  }
}
