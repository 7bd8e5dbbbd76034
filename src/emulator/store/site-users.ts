import { siteUserKey, type Caller, type IdentitySet } from '../auth/caller.js';
import { builtinColumns, titleColumn } from '../fields/builtin-columns.js';
import type { ColumnDefinition } from '../fields/column-types.js';
import { newGuid } from '../ids.js';
import type { Db } from './db.js';
import type { ItemStore } from './items.js';
import type { ListRecord, ListStore } from './lists.js';
import type { Site } from './sites.js';

const userInfoListTitle = 'User Information List';

/** SharePoint's System Account, the author of what the emulator itself writes. */
const systemAccountId = 1073741823;

function textColumn(name: string, indexed: boolean): ColumnDefinition {
  return { ...titleColumn(), id: newGuid(), name, displayName: name, indexed };
}

export type SiteUserStore = ReturnType<typeof siteUserStore>;

/**
 * A site's User Information List: personOrGroup values and Author/Editor lookup ids
 * point at its items. Callers are added the first time they write.
 */
export function siteUserStore(db: Db, lists: ListStore, items: ItemStore) {
  const lookup = db.prepare<[number, string], { lookup_id: number }>(
    'SELECT lookup_id FROM site_users WHERE site_pk = ? AND user_id = ?',
  );
  const reverse = db.prepare<[number, number], { user_id: string }>(
    'SELECT user_id FROM site_users WHERE site_pk = ? AND lookup_id = ?',
  );
  const insert = db.prepare('INSERT INTO site_users(site_pk, user_id, lookup_id) VALUES (?, ?, ?)');

  function list(site: Site): ListRecord {
    const existing = lists.find(site.pk, userInfoListTitle);
    if (existing) return existing;
    return lists.create(site.pk, {
      displayName: userInfoListTitle,
      description: '',
      template: 'genericList',
      hidden: true,
      system: true,
      columns: [
        titleColumn(),
        textColumn('EMail', false),
        textColumn('UserName', true),
        ...builtinColumns(),
      ],
      by: { user: { displayName: 'System Account' } },
    });
  }

  function ensure(site: Site, key: string, displayName: string, email: string | undefined): number {
    const found = lookup.get(site.pk, key);
    if (found) return found.lookup_id;
    const uil = list(site);
    const fields = { Title: displayName, ...(email ? { EMail: email, UserName: email } : {}) };
    const item = items.create(uil, lists.columns(uil.pk), fields, {
      lookupId: systemAccountId,
      appLookupId: undefined,
    });
    insert.run(site.pk, key, item.id);
    return item.id;
  }

  return {
    list,
    ensure,
    ensureCaller(site: Site, caller: Caller): number {
      const name = caller.userId ? caller.displayName : 'SharePoint App';
      return ensure(site, siteUserKey(caller), name, caller.upn);
    },
    /** The identitySet of a lookup id, for createdBy / lastModifiedBy. */
    identity(site: Site, lookupId: number): IdentitySet {
      const key = reverse.get(site.pk, lookupId)?.user_id;
      const user = this.info(site, lookupId);
      if (key?.startsWith('app:')) {
        return {
          application: { id: key.slice(4), displayName: 'App' },
          user: { displayName: 'SharePoint App' },
        };
      }
      return {
        user: {
          ...(user?.email ? { email: user.email } : {}),
          ...(key ? { id: key } : {}),
          displayName: user?.displayName ?? 'System Account',
        },
      };
    },
    info(site: Site, lookupId: number): { displayName: string; email: string } | undefined {
      if (lookupId === systemAccountId) return { displayName: 'System Account', email: '' };
      const item = items.get(list(site), lookupId);
      if (!item) return undefined;
      const { Title, EMail } = item.fields;
      return {
        displayName: typeof Title === 'string' ? Title : '',
        email: typeof EMail === 'string' ? EMail : '',
      };
    },
  };
}
