import type { Clock } from '../clock.js';
import { openDatabase, type Db, type Synchronous } from './db.js';
import { changeStore, type ChangeStore } from './changes.js';
import { channelMessageStore, type ChannelMessageStore } from './channel-messages.js';
import { directoryStore, type DirectoryStore } from './directory.js';
import { grantStore, type GrantStore } from './grants.js';
import { itemStore, type ItemStore } from './items.js';
import { listStore, type ListStore } from './lists.js';
import { siteUserStore, type SiteUserStore } from './site-users.js';
import { siteStore, type SiteStore } from './sites.js';
import { versionStore, type VersionStore } from './versions.js';
import { viewStore, type ViewStore } from './views.js';

export type Store = {
  readonly db: Db;
  readonly sites: SiteStore;
  readonly lists: ListStore;
  readonly items: ItemStore;
  readonly siteUsers: SiteUserStore;
  readonly directory: DirectoryStore;
  readonly changes: ChangeStore;
  readonly versions: VersionStore;
  readonly views: ViewStore;
  readonly grants: GrantStore;
  readonly channelMessages: ChannelMessageStore;
  /** Runs `fn` in one SQLite transaction: all of it is written, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
};

export function openStore(file: string, clock: Clock, synchronous?: Synchronous): Store {
  const db = openDatabase(file, synchronous);
  const lists = listStore(db, clock);
  const items = itemStore(db, clock);
  return {
    db,
    sites: siteStore(db, clock),
    lists,
    items,
    siteUsers: siteUserStore(db, lists, items),
    directory: directoryStore(db, clock),
    changes: changeStore(db),
    versions: versionStore(db),
    views: viewStore(db),
    grants: grantStore(db),
    channelMessages: channelMessageStore(db),
    transaction<T>(fn: () => T): T {
      try {
        return db.transaction(fn).immediate();
      } catch (error) {
        lists.invalidate();
        throw error;
      }
    },
    close: () => db.close(),
  };
}
