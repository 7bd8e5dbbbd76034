import { GraphFailure } from '../../../../http/errors.js';
import type { Route, RouteDeps, RouteRequest } from '../../../../http/route.js';
import { queryOption } from '../../../../http/route.js';
import { parseItemProjection } from '../../../../odata/expand.js';
import { resolveList, resolveSite } from '../../resolve.js';
import { itemRenderer } from './item-json.js';
import { nextLinkUrl } from './links.js';

/** The opaque delta token: a full enumeration (after an id) or changes since a change number. */
type Position =
  | { m: 'full'; base: number; after: number }
  | { m: 'changes'; since: number; after: number; upTo: number };
type Token = Position & { e: number };

const encode = (t: Token) => Buffer.from(JSON.stringify(t), 'utf8').toString('base64url');

function decode(text: string): Token | undefined {
  try {
    const t = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Token;
    return t.m === 'full' || t.m === 'changes' ? t : undefined;
  } catch {
    return undefined;
  }
}

/**
 * GET /sites/{site-id}/lists/{list-id}/items/delta — full enumeration, then changes
 * (latest state once per item, deleted items as tombstones); `token=latest`; an expired
 * or unknown token → 410 resyncChangesApplyDifferences with a Location to start over.
 */
export function deltaRoute({ store, limits }: RouteDeps): Route {
  return {
    method: 'GET',
    template: '/sites/{site-id}/lists/{list-id}/items/delta',
    permission: 'sites.read',
    handle(request) {
      const site = resolveSite(store, request.params['site-id']!);
      const list = resolveList(store, site, request.params['list-id']!);
      const path = `/sites/${site.id}/lists/${list.id}/items/delta`;
      const epoch = store.changes.epoch();
      const link = (token: Position) =>
        nextLinkUrl(request, path, { token: encode({ ...token, e: epoch }) });
      const top = Number(queryOption(request, 'top') ?? limits.defaultPageSize);
      const size =
        Number.isInteger(top) && top > 0
          ? Math.min(top, limits.maxPageSize)
          : limits.defaultPageSize;
      const render = itemRenderer(
        store,
        site,
        list,
        parseItemProjection(queryOption(request, 'expand'), queryOption(request, 'select')),
      );
      const raw = request.query.get('token');
      const now = store.changes.latestSeq();
      if (raw === 'latest')
        return page([], undefined, link({ m: 'changes', since: now, after: 0, upTo: now }));
      const token =
        raw === null ? { m: 'full' as const, base: now, after: 0, e: epoch } : decode(raw);
      if (!token || token.e !== epoch) {
        throw new GraphFailure(
          410,
          'resyncChangesApplyDifferences',
          'The delta token is no longer valid; start a new enumeration.',
          {
            Location: nextLinkUrl(stripToken(request), path, {}),
          },
        );
      }
      if (token.m === 'full') {
        const result = store.items.query(list.pk, {
          where: '1',
          params: [],
          orderBy: 'id ASC',
          byId: true,
          pageSize: size,
          afterId: token.after,
          offset: 0,
        });
        const value = result.items.map(render);
        return result.next
          ? page(value, link({ ...token, after: result.next.afterId }), undefined)
          : page(
              value,
              undefined,
              link({ m: 'changes', since: token.base, after: 0, upTo: token.base }),
            );
      }
      const changes = store.changes.since(list.pk, token.since, token.after, size + 1);
      const more = changes.length > size;
      const value = changes.slice(0, size).map((c) => {
        const item = store.items.get(list, c.itemId);
        return item
          ? render(item)
          : {
              id: String(c.itemId),
              parentReference: { siteId: site.id },
              deleted: { state: 'deleted' },
            };
      });
      const upTo = Math.max(token.upTo, now);
      const last = changes[size - 1];
      return more && last
        ? page(value, link({ m: 'changes', since: token.since, after: last.seq, upTo }), undefined)
        : page(value, undefined, link({ m: 'changes', since: upTo, after: 0, upTo }));
    },
  };
}

function page(value: unknown[], nextLink: string | undefined, deltaLink: string | undefined) {
  return {
    status: 200,
    body: {
      ...(nextLink ? { '@odata.nextLink': nextLink } : {}),
      ...(deltaLink ? { '@odata.deltaLink': deltaLink } : {}),
      value,
    },
  };
}

function stripToken(request: RouteRequest): RouteRequest {
  const query = new URLSearchParams(request.query);
  query.delete('token');
  return { ...request, query };
}
