import type { GraphResponse } from '../http/dispatch.js';

/** The OData flavours SharePoint REST speaks, chosen by the Accept header. */
export type SpFormat = 'verbose' | 'nometadata' | 'minimalmetadata';

export function spFormat(accept: string | undefined): SpFormat {
  const value = (accept ?? '').toLowerCase();
  if (value.includes('odata=verbose')) return 'verbose';
  if (value.includes('odata=nometadata')) return 'nometadata';
  return 'minimalmetadata';
}

function contentType(format: SpFormat): string {
  return `application/json;odata=${format};streaming=true;charset=utf-8`;
}

export type SpEntity = {
  readonly type: string;
  readonly uri: string;
  readonly body: Record<string, unknown>;
};

function entityJson(entity: SpEntity, format: SpFormat): Record<string, unknown> {
  switch (format) {
    case 'verbose':
      return { __metadata: { id: entity.uri, uri: entity.uri, type: entity.type }, ...entity.body };
    case 'minimalmetadata':
      return {
        'odata.type': entity.type,
        'odata.id': entity.uri,
        'odata.editLink': entity.uri,
        ...entity.body,
      };
    case 'nometadata':
      return entity.body;
  }
}

export function spEntity(entity: SpEntity, format: SpFormat, status = 200): GraphResponse {
  const body = entityJson(entity, format);
  return {
    status,
    headers: { 'Content-Type': contentType(format) },
    body: format === 'verbose' ? { d: body } : body,
  };
}

export function spCollection(
  entities: readonly SpEntity[],
  format: SpFormat,
  metadata: string,
): GraphResponse {
  const items = entities.map((e) => entityJson(e, format));
  const body =
    format === 'verbose'
      ? { d: { results: items } }
      : format === 'minimalmetadata'
        ? { 'odata.metadata': metadata, value: items }
        : { value: items };
  return { status: 200, headers: { 'Content-Type': contentType(format) }, body };
}

/** A plain value (e.g. the ViewFields collection) in the caller's flavour. */
export function spValue(
  value: Record<string, unknown>,
  format: SpFormat,
  type: string,
): GraphResponse {
  const body = format === 'verbose' ? { d: { __metadata: { type }, ...value } } : value;
  return { status: 200, headers: { 'Content-Type': contentType(format) }, body };
}

export function spNoContent(): GraphResponse {
  return { status: 204, headers: {} };
}

/** SharePoint's error: `{"odata.error":{code,message:{lang,value}}}` (verbose: `{"error":…}`). */
export class SpFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function spError(failure: SpFailure, format: SpFormat): GraphResponse {
  const error = { code: failure.code, message: { lang: 'en-US', value: failure.message } };
  return {
    status: failure.status,
    headers: { 'Content-Type': contentType(format), ...failure.headers },
    body: format === 'verbose' ? { error } : { 'odata.error': error },
  };
}

export const argumentException = '-2147024809, System.ArgumentException';
export const spException = '-2130575322, Microsoft.SharePoint.SPException';
