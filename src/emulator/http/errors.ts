/**
 * A Graph error answer. Route handlers throw it; the server turns it into the
 * envelope `{error:{code,message,innerError:{date,request-id,client-request-id}}}`.
 */
export class GraphFailure extends Error {
  override readonly name = 'GraphFailure';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    readonly innerCode?: string,
  ) {
    super(message);
  }
}

export function invalidRequest(message: string): GraphFailure {
  return new GraphFailure(400, 'invalidRequest', message);
}

export function badRequest(message: string): GraphFailure {
  return new GraphFailure(400, 'BadRequest', message);
}

export function itemNotFound(message = 'The resource could not be found.'): GraphFailure {
  return new GraphFailure(404, 'itemNotFound', message);
}

export function accessDenied(message = 'Access denied'): GraphFailure {
  return new GraphFailure(403, 'accessDenied', message);
}

export const unreadableJson =
  'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.';

/** Innererror date format of real Graph: no fraction, no `Z`. */
function errorDate(now: Date): string {
  return now.toISOString().slice(0, 19);
}

export function errorBody(
  failure: { code: string; message: string; innerCode?: string | undefined },
  now: Date,
  requestId: string,
  clientRequestId: string,
): unknown {
  return {
    error: {
      code: failure.code,
      message: failure.message,
      innerError: {
        ...(failure.innerCode ? { code: failure.innerCode } : {}),
        date: errorDate(now),
        'request-id': requestId,
        'client-request-id': clientRequestId,
      },
    },
  };
}
