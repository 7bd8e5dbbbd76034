import { GraphFailure } from '../../http/errors.js';
import type { Team } from '../../store/directory.js';
import type { Store } from '../../store/store.js';

/** Graph answers an unknown team id with 404 NotFound. */
export function resolveTeam(store: Store, id: string): Team {
  const team = store.directory.team(id);
  if (!team) throw new GraphFailure(404, 'NotFound', 'No team found with Group Id ' + id);
  return team;
}
