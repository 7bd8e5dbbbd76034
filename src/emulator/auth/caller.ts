/** Who is calling, from the bearer token's claims. */
export type Caller = {
  /** Entra object id of the user (`oid`), absent for app-only tokens. */
  readonly userId: string | undefined;
  readonly displayName: string;
  readonly upn: string | undefined;
  readonly appId: string | undefined;
  readonly appDisplayName: string | undefined;
  /** Delegated `scp` scopes plus application `roles`. */
  readonly permissions: ReadonlySet<string>;
};

/** The identitySet Graph shows in createdBy / lastModifiedBy. */
export type IdentitySet = Record<string, Record<string, string>>;

export function identitySet(caller: Caller): IdentitySet {
  if (caller.userId) {
    return {
      user: {
        ...(caller.upn ? { email: caller.upn } : {}),
        id: caller.userId,
        displayName: caller.displayName,
      },
    };
  }
  return {
    application: { id: caller.appId ?? '', displayName: caller.appDisplayName ?? 'App' },
    user: { displayName: 'SharePoint App' },
  };
}

/** The key of a caller in a site's User Information List. */
export function siteUserKey(caller: Caller): string {
  return caller.userId ?? `app:${caller.appId ?? 'unknown'}`;
}

/** The caller a token's claims name (dev or signed): `oid` makes a user, else an app. */
export function callerFromClaims(claims: Readonly<Record<string, unknown>>): Caller {
  const str = (key: string) => (typeof claims[key] === 'string' ? claims[key] : undefined);
  const scopes = (str('scp') ?? '').split(' ').filter(Boolean);
  const roles = Array.isArray(claims.roles)
    ? claims.roles.filter((r): r is string => typeof r === 'string')
    : [];
  const upn = str('upn') ?? str('preferred_username') ?? str('unique_name');
  const isApp = str('idtyp') === 'app' || (scopes.length === 0 && roles.length > 0 && !upn);
  const userId = isApp ? undefined : str('oid');
  return {
    userId,
    displayName: str('name') ?? str('upn') ?? str('preferred_username') ?? 'Dev User',
    upn,
    appId: str('appid') ?? str('azp'),
    appDisplayName: str('app_displayname'),
    permissions: new Set([...scopes, ...roles]),
  };
}
