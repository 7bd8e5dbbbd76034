/** One segment of a SharePoint REST path: `views`, `getbytitle('X')`, `lists(guid'…')`. */
export type Segment = { readonly name: string; readonly arg: string | undefined };

export type SpPath = {
  /** Server-relative site path: `/sites/aktivitetsplan`, `/teams/x`, or '' for the root site. */
  readonly sitePath: string;
  /** The segments after `/_api/`. */
  readonly segments: readonly Segment[];
};

/** Splits on `/` outside quoted arguments, so titles may hold a slash. */
function split(path: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < path.length; i++) {
    const ch = path[i]!;
    if (ch === "'") {
      if (quoted && path[i + 1] === "'") {
        current += "''";
        i++;
        continue;
      }
      quoted = !quoted;
    }
    if (ch === '/' && !quoted) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts;
}

function segment(text: string): Segment | undefined {
  const m = /^([A-Za-z_][\w.]*)(?:\((?:guid)?(?:'((?:[^']|'')*)'|([^)']*))\))?$/.exec(text);
  if (!m) return undefined;
  const arg =
    m[2] !== undefined
      ? m[2].replace(/''/g, "'")
      : m[3] !== undefined && m[3] !== ''
        ? m[3]
        : undefined;
  return { name: m[1]!.toLowerCase(), arg };
}

/**
 * The site part and the rest of a SharePoint REST path. SharePoint serves `_api` under every
 * site: the tenant's root site (`/_api/…`) and the sites under the managed paths `/sites/` and
 * `/teams/` (`/sites/{name}/_api/…`).
 */
const restPath = /^((?:\/(?:sites|teams)\/[^/]+)?)\/_api(?:\/(.*))?$/;

/** Whether a raw request path is SharePoint REST (so not Graph's `/v1.0/…`). */
export function isSharePointRestPath(rawPath: string): boolean {
  return restPath.test(rawPath);
}

/** Parses `[/sites/{name}]/_api/…`; undefined when the path is not SharePoint REST. */
export function parseSpPath(rawPath: string): SpPath | undefined {
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  const m = restPath.exec(path);
  if (!m) return undefined;
  const sitePath = m[1]!;
  const name = sitePath.split('/')[2];
  if (name === '..' || name === '.') return undefined;
  const segments: Segment[] = [];
  for (const part of split(m[2] ?? '')) {
    const s = segment(part);
    if (!s) return { sitePath, segments: [{ name: '?', arg: part }] };
    segments.push(s);
  }
  return { sitePath, segments };
}
