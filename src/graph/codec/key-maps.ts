/** Domain ids (the `Key` column) and SharePoint item ids of one list, both ways. */
class KeyMap {
  private readonly byKey = new Map<string, string>();
  private readonly byItem = new Map<string, string>();

  add(key: string, itemId: string): void {
    this.byKey.set(key, itemId);
    this.byItem.set(itemId, key);
  }

  itemId(key: string): string | undefined {
    return this.byKey.get(key);
  }

  key(itemId: string | undefined): string | undefined {
    return itemId === undefined ? undefined : this.byItem.get(itemId);
  }
}

/** The lists other lists look up. */
export type LookupList =
  'Plans' | 'Goals' | 'DevelopmentAreas' | 'Departments' | 'FollowUpRounds' | 'Activities';
export type KeyMaps = Readonly<Record<LookupList, KeyMap>>;

export function emptyKeyMaps(): KeyMaps {
  return {
    Plans: new KeyMap(),
    Goals: new KeyMap(),
    DevelopmentAreas: new KeyMap(),
    Departments: new KeyMap(),
    FollowUpRounds: new KeyMap(),
    Activities: new KeyMap(),
  };
}

/** Thrown by an encoder when a reference has no item; stores turn it into an `invalid` result. */
export class MissingReference extends Error {
  override readonly name = 'MissingReference';
  constructor(
    readonly list: LookupList,
    readonly key: string,
  ) {
    super(`${list}: ${key}`);
  }
}

export function requireItem(maps: KeyMaps, list: LookupList, key: string): string {
  const itemId = maps[list].itemId(key);
  if (itemId === undefined) throw new MissingReference(list, key);
  return itemId;
}
