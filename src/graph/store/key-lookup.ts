import { fail, ok, type Result } from '../../app/result.js';
import { failWith } from '../client/failures.js';
import type { ListItem } from '../codec/fields.js';
import {
  MissingReference,
  emptyKeyMaps,
  type KeyMaps,
  type LookupList,
} from '../codec/key-maps.js';
import type { StoreContext } from './context.js';
import { addToKeyMaps } from './decode.js';
import { itemsUrl, readAllPages } from './queries.js';

const namesSv: Readonly<Record<LookupList, string>> = {
  Plans: 'planen',
  Goals: 'målet',
  DevelopmentAreas: 'utvecklingsområdet',
  Departments: 'förvaltningen',
  FollowUpRounds: 'uppföljningsomgången',
  Activities: 'aktiviteten',
};

/** Reads the Key column of whole lists (small ones: plans, areas, departments…) in one round trip. */
export async function readKeys(
  ctx: StoreContext,
  lists: readonly LookupList[],
): Promise<Result<Partial<Record<LookupList, ListItem[]>>>> {
  const pages = await readAllPages(
    ctx.graph,
    lists.map((list) =>
      itemsUrl(ctx.site, ctx.schema, { list, fields: ['Key'], top: ctx.pageSize }),
    ),
  );
  const items: Partial<Record<LookupList, ListItem[]>> = {};
  for (const [i, list] of lists.entries()) {
    const page = pages[i]!;
    if (!page.ok) return failWith(page, `Listan ${list}`);
    items[list] = page.items;
  }
  return ok(items);
}

/**
 * Item ids of referenced records, cached from the last read: encodes with the cached maps, and
 * on a miss reads the Key columns of `lists` once and tries again. A reference that is still
 * missing is an `invalid` result naming it.
 */
export class KeyCache {
  private maps: KeyMaps = emptyKeyMaps();

  constructor(private readonly ctx: StoreContext) {}

  replace(maps: KeyMaps): void {
    this.maps = maps;
  }

  async encode<T>(
    lists: readonly LookupList[],
    what: string,
    encode: (maps: KeyMaps) => T,
  ): Promise<Result<T>> {
    const first = attempt(() => encode(this.maps));
    if (first.ok || !(first.error instanceof MissingReference)) return unwrap(first, what);
    const fresh = await readKeys(this.ctx, lists);
    if (!fresh.ok) return fresh;
    addToKeyMaps(this.maps, fresh.value);
    return unwrap(
      attempt(() => encode(this.maps)),
      what,
    );
  }

  /**
   * Encodes each item on its own: with the cached maps, and when any reference is missing after
   * one read of the Key columns of `lists` (at most one round trip for all). An item whose
   * reference is still missing gets its own `invalid` result; the others are encoded.
   */
  async encodeEach<I, T>(
    lists: readonly LookupList[],
    what: string,
    items: readonly I[],
    encode: (item: I, maps: KeyMaps) => T,
  ): Promise<Result<Result<T>[]>> {
    const tryAll = () => items.map((item) => attempt(() => encode(item, this.maps)));
    let attempts = tryAll();
    if (attempts.some((a) => !a.ok && a.error instanceof MissingReference)) {
      const fresh = await readKeys(this.ctx, lists);
      if (!fresh.ok) return fresh;
      addToKeyMaps(this.maps, fresh.value);
      attempts = tryAll();
    }
    return ok(attempts.map((a) => unwrap(a, what)));
  }

  get current(): KeyMaps {
    return this.maps;
  }
}

type Attempt<T> = { ok: true; value: T } | { ok: false; error: unknown };

function attempt<T>(run: () => T): Attempt<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
}

function unwrap<T>(result: Attempt<T>, what: string): Result<T> {
  if (result.ok) return ok(result.value);
  if (result.error instanceof MissingReference) {
    const message = `${what} kunde inte sparas: ${namesSv[result.error.list]} ${result.error.key} finns inte.`;
    return fail('invalid', message, { fields: { [result.error.list]: message } });
  }
  throw result.error;
}
