import type { Db } from './db.js';

/**
 * Root messages of a team's channels (what `GET /teams/{id}/channels/{id}/messages/delta`
 * reads): in Teams a bot's post through the Bot Connector lands here too; the emulator takes
 * them through `POST /teams/{id}/channels/{id}/messages`.
 */
export type ChannelMessage = {
  readonly seq: number;
  readonly id: string;
  readonly teamId: string;
  readonly channelId: string;
  readonly created: string;
  readonly modified: string;
  /** The chatMessage's JSON as Graph returns it, without the ids and times above. */
  readonly body: Record<string, unknown>;
};

type Row = {
  seq: number;
  id: string;
  team_id: string;
  channel_id: string;
  created: string;
  modified: string;
  body: string;
};

const toMessage = (r: Row): ChannelMessage => ({
  seq: r.seq,
  id: r.id,
  teamId: r.team_id,
  channelId: r.channel_id,
  created: r.created,
  modified: r.modified,
  body: JSON.parse(r.body) as Record<string, unknown>,
});

export type ChannelMessageStore = ReturnType<typeof channelMessageStore>;

export function channelMessageStore(db: Db) {
  db.exec(`CREATE TABLE IF NOT EXISTS channel_messages(
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, team_id TEXT NOT NULL COLLATE NOCASE,
    channel_id TEXT NOT NULL, created TEXT NOT NULL, modified TEXT NOT NULL, body TEXT NOT NULL)`);
  const insert = db.prepare(
    'INSERT INTO channel_messages(id, team_id, channel_id, created, modified, body) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const lastId = db.prepare<[], { id: number | null }>(
    'SELECT MAX(CAST(id AS INTEGER)) AS id FROM channel_messages',
  );
  const since = db.prepare<[string, string, string, number, number], Row>(
    `SELECT * FROM channel_messages WHERE team_id = ? AND channel_id = ? AND modified > ? AND seq > ?
     ORDER BY seq LIMIT ?`,
  );
  return {
    /** Graph's message ids are the creation time in milliseconds; the emulator keeps them unique. */
    nextId(nowMs: number): string {
      return String(Math.max(nowMs, (lastId.get()?.id ?? 0) + 1));
    },
    add(message: Omit<ChannelMessage, 'seq'>): void {
      insert.run(
        message.id,
        message.teamId,
        message.channelId,
        message.created,
        message.modified,
        JSON.stringify(message.body),
      );
    },
    /** Messages changed after `modifiedAfter` (ISO), in the order written, after `afterSeq`. */
    changedSince(
      teamId: string,
      channelId: string,
      modifiedAfter: string,
      afterSeq: number,
      limit: number,
    ): ChannelMessage[] {
      return since.all(teamId, channelId, modifiedAfter, afterSeq, limit).map(toMessage);
    },
  };
}
