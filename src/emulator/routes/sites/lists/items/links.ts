import type { RouteRequest } from '../../../../http/route.js';

/**
 * An absolute https link to `path` that repeats the request's query options
 * (raw `$` names, encoded values) with `replace` swapped in.
 */
export function nextLinkUrl(
  request: RouteRequest,
  path: string,
  replace: Readonly<Record<string, string>>,
): string {
  const drop = new Set([
    '$skiptoken',
    'skiptoken',
    'token',
    '$deltatoken',
    ...Object.keys(replace),
  ]);
  const parts: string[] = [];
  for (const [key, value] of request.query) {
    if (!drop.has(key)) parts.push(`${key}=${encodeValue(value)}`);
  }
  for (const [key, value] of Object.entries(replace)) parts.push(`${key}=${encodeValue(value)}`);
  return parts.length
    ? `${request.baseUrl}${path}?${parts.join('&')}`
    : `${request.baseUrl}${path}`;
}

/** Percent-encodes only what a query value cannot hold raw (space, &, #, %, +, quotes…). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(24|3D|2C|2F|28|29|3A|40)/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}
