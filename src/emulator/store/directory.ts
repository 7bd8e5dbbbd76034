import { isoSeconds, type Clock } from '../clock.js';
import type { SeedTeam, SeedUser } from '../seed.js';
import type { Db } from './db.js';

export type User = { id: string; upn: string; displayName: string; mail: string | null };
export type Team = { id: string; displayName: string; description: string | null; created: string };
export type Channel = {
  id: string;
  teamId: string;
  displayName: string;
  description: string | null;
  membershipType: string;
  created: string;
};
export type Member = { teamId: string; userId: string; roles: string[]; user: User };

type UserRow = { id: string; upn: string; display_name: string; mail: string | null };
type ChannelRow = {
  id: string;
  team_id: string;
  display_name: string;
  description: string | null;
  membership_type: string;
  created: string;
};

const toUser = (r: UserRow): User => ({
  id: r.id,
  upn: r.upn,
  displayName: r.display_name,
  mail: r.mail,
});

export type DirectoryStore = ReturnType<typeof directoryStore>;

/** Users, teams, channels and members: what the app reads from Entra and Teams. */
export function directoryStore(db: Db, clock: Clock) {
  const userById = db.prepare<[string, string], UserRow>(
    'SELECT * FROM users WHERE id = ? OR upn = ?',
  );
  const team = db.prepare<
    [string],
    { id: string; display_name: string; description: string | null; created: string }
  >('SELECT * FROM teams WHERE id = ?');
  const channels = db.prepare<[string], ChannelRow>(
    'SELECT * FROM channels WHERE team_id = ? ORDER BY created, id',
  );
  const members = db.prepare<[string], UserRow & { roles: string }>(
    `SELECT u.*, m.roles FROM members m JOIN users u ON u.id = m.user_id WHERE m.team_id = ? ORDER BY u.display_name`,
  );
  const upsertUser = db.prepare(
    `INSERT INTO users(id, upn, display_name, mail) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET upn = excluded.upn, display_name = excluded.display_name, mail = excluded.mail`,
  );
  const upsertTeam = db.prepare(
    `INSERT INTO teams(id, display_name, description, created) VALUES (?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, description = excluded.description`,
  );
  const upsertChannel = db.prepare(
    `INSERT INTO channels(id, team_id, display_name, description, membership_type, created) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET display_name = excluded.display_name, description = excluded.description,
       membership_type = excluded.membership_type`,
  );
  const upsertMember = db.prepare(
    `INSERT INTO members(team_id, user_id, roles) VALUES (?, ?, ?)
     ON CONFLICT(team_id, user_id) DO UPDATE SET roles = excluded.roles`,
  );
  return {
    user(idOrUpn: string): User | undefined {
      const row = userById.get(idOrUpn, idOrUpn);
      return row ? toUser(row) : undefined;
    },
    team(id: string): Team | undefined {
      const row = team.get(id);
      return row
        ? {
            id: row.id,
            displayName: row.display_name,
            description: row.description,
            created: row.created,
          }
        : undefined;
    },
    channels(teamId: string): Channel[] {
      return channels.all(teamId).map((r) => ({
        id: r.id,
        teamId: r.team_id,
        displayName: r.display_name,
        description: r.description,
        membershipType: r.membership_type,
        created: r.created,
      }));
    },
    members(teamId: string): Member[] {
      return members.all(teamId).map((r) => ({
        teamId,
        userId: r.id,
        roles: JSON.parse(r.roles) as string[],
        user: toUser(r),
      }));
    },
    /** Idempotent: applying the same seed twice changes nothing. */
    seed(users: readonly SeedUser[], teams: readonly SeedTeam[]): void {
      const now = isoSeconds(clock.now());
      for (const u of users)
        upsertUser.run(u.id, u.userPrincipalName, u.displayName, u.mail ?? null);
      for (const t of teams) {
        upsertTeam.run(t.id, t.displayName, t.description ?? null, now);
        for (const c of t.channels) {
          upsertChannel.run(
            c.id,
            t.id,
            c.displayName,
            c.description ?? null,
            c.membershipType ?? 'standard',
            now,
          );
        }
        for (const m of t.members) upsertMember.run(t.id, m.userId, JSON.stringify(m.roles ?? []));
      }
    },
  };
}
