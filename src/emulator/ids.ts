import { randomUUID } from 'node:crypto';

export function newGuid(): string {
  return randomUUID();
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A site id is `{hostname},{siteCollectionGuid},{webGuid}`. */
export function siteId(hostname: string, collection: string, web: string): string {
  return `${hostname},${collection},${web}`;
}

export function isSiteId(value: string): boolean {
  const parts = value.split(',');
  return parts.length === 3 && isGuid(parts[1] ?? '') && isGuid(parts[2] ?? '');
}
