import { GraphFailure, badRequest } from './errors.js';
import type { Route } from './route.js';

type Compiled = { route: Route; segments: readonly string[] };

export type Match = { route: Route; params: Record<string, string> };

/**
 * Matches Graph paths (after `/v1.0`) to route templates. A site written as
 * `{hostname}:/{server-relative-path}:` is folded into one `{site-id}` segment first.
 */
export class Router {
  private readonly compiled: Compiled[];

  constructor(routes: readonly Route[]) {
    const literals = (segments: readonly string[]) =>
      segments.filter((s) => !s.startsWith('{')).length;
    this.compiled = routes
      .map((route) => ({ route, segments: route.template.split('/').filter(Boolean) }))
      .sort((a, b) => literals(b.segments) - literals(a.segments));
  }

  /** The route for a method and decoded path segments; throws Graph's 400/405 when none fits. */
  match(method: string, segments: readonly string[]): Match {
    let deepest = 0;
    let pathMatched = false;
    for (const { route, segments: template } of this.compiled) {
      const depth = prefixDepth(template, segments);
      deepest = Math.max(deepest, depth);
      if (depth !== segments.length || template.length !== segments.length) continue;
      pathMatched = true;
      if (route.method === method) return { route, params: params(template, segments) };
    }
    if (pathMatched) {
      throw new GraphFailure(
        405,
        'BadRequest',
        'Specified HTTP method is not allowed for the request target.',
      );
    }
    const segment = segments[deepest] ?? '';
    throw badRequest(`Resource not found for the segment '${segment}'.`);
  }

  /** The template a path would be counted under, or undefined for unknown paths. */
  templateOf(method: string, segments: readonly string[]): string | undefined {
    try {
      return this.match(method, segments).route.template;
    } catch {
      return undefined;
    }
  }
}

function prefixDepth(template: readonly string[], segments: readonly string[]): number {
  let i = 0;
  while (i < template.length && i < segments.length) {
    const t = template[i]!;
    if (!(t.startsWith('{') || t === segments[i])) break;
    i++;
  }
  return i;
}

function params(template: readonly string[], segments: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  template.forEach((t, i) => {
    if (t.startsWith('{')) out[t.slice(1, -1)] = segments[i]!;
  });
  return out;
}

/**
 * Splits a raw path (after the version) into decoded segments; a site path such as
 * `/sites/host:/sites/x:/lists` becomes `['sites', 'host:/sites/x', 'lists']`.
 */
export function pathSegments(rawPath: string): string[] {
  let path = rawPath;
  const site = /^\/sites\/([^/:]+):(\/[^:]*)?(?::(\/.*)?)?$/.exec(path);
  let siteSegment: string | undefined;
  if (site) {
    siteSegment = `${decode(site[1]!)}:${decode(site[2] ?? '').replace(/\/+$/, '')}`;
    path = `/sites/__site__${site[3] ?? ''}`;
  }
  const segments = path
    .split('/')
    .filter((s) => s !== '')
    .map(decode)
    .map((s) => (s === 'delta()' ? 'delta' : s));
  if (siteSegment !== undefined) segments[1] = siteSegment;
  return segments;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    throw badRequest('The request URI is not valid.');
  }
}
