import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { FetchLike } from '../client/create-client.js';
import type { GraphOutcome } from '../client/gateway.js';
import { sleep } from '../client/limiter.js';

/**
 * The few SharePoint REST calls Graph v1.0 has no API for (list views and column formatting).
 * Real tenants: the site's own host with a token for `https://<tenant>.sharepoint.com/.default`;
 * the emulator serves the same paths on its own origin.
 */
export interface SharePointRest {
  get(path: string): Promise<GraphOutcome>;
  post(
    path: string,
    body: unknown,
    headers?: Readonly<Record<string, string>>,
  ): Promise<GraphOutcome>;
}

export type SharePointRestOptions = {
  /** The site's web URL from Graph, e.g. `https://kommun.sharepoint.com/sites/aktivitetsplan`. */
  readonly webUrl: string;
  /** Another origin for the same paths (the emulator's `https://localhost:PORT`). */
  readonly origin?: string;
  readonly authProvider: AuthenticationProvider;
  readonly fetch?: FetchLike;
  readonly maxAttempts?: number;
  readonly sleep?: (ms: number) => Promise<void>;
};

export function createSharePointRest(options: SharePointRestOptions): SharePointRest {
  const site = new URL(options.webUrl);
  const base = `${options.origin ?? site.origin}${site.pathname.replace(/\/+$/, '')}`;
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const wait = options.sleep ?? sleep;
  const maxAttempts = options.maxAttempts ?? 10;

  async function send(
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
    headers: Readonly<Record<string, string>> = {},
  ) {
    for (let attempt = 1; ; attempt += 1) {
      const token = await options.authProvider.getAccessToken();
      let response: Response;
      try {
        response = await fetchImpl(`${base}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            Accept: 'application/json;odata=nometadata',
            ...(body === undefined ? {} : { 'Content-Type': 'application/json;odata=verbose' }),
            ...headers,
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
      } catch (error) {
        return {
          ok: false,
          status: 0,
          code: 'networkError',
          message: error instanceof Error ? error.message : String(error),
        } as const;
      }
      const outcome = await outcomeOf(response);
      const retryable = !outcome.ok && [429, 503, 504].includes(outcome.status);
      if (!retryable || attempt >= maxAttempts) return outcome;
      await wait(Math.min(outcome.retryAfterSeconds ?? 1, 30) * 1000);
    }
  }

  return {
    get: (path) => send('GET', path),
    post: (path, body, headers) => send('POST', path, body, headers),
  };
}

/**
 * SharePoint REST refuses an app-only token got with a client secret (only a certificate or a
 * managed identity will do): sp-dev-docs#8480, the "security-apponly-azuread" FAQ.
 */
const unsupportedAppOnlyToken = 'Unsupported app only token.';
const secretRefused =
  'SharePoint tar bara emot appens token när den hämtats med ett certifikat eller en hanterad identitet, inte med en klienthemlighet (Unsupported app only token).';

async function outcomeOf(response: Response): Promise<GraphOutcome> {
  const raw = response.status === 204 ? '' : await response.text();
  let body: unknown;
  try {
    body = raw === '' ? undefined : JSON.parse(raw);
  } catch {
    body = raw;
  }
  if (response.ok) return { ok: true, status: response.status, body };
  const error = body as
    | {
        'odata.error'?: { code?: unknown; message?: { value?: unknown } };
        error?: { code?: unknown; message?: unknown };
        /** SharePoint's 401 body, e.g. `{"error_description":"Unsupported app only token."}`. */
        error_description?: unknown;
      }
    | undefined;
  if (response.status === 401 && error?.error_description === unsupportedAppOnlyToken)
    return { ok: false, status: 401, code: 'unsupportedAppOnlyToken', message: secretRefused };
  const spError = error?.['odata.error'];
  const code =
    typeof spError?.code === 'string'
      ? spError.code
      : typeof error?.error?.code === 'string'
        ? error.error.code
        : `http${response.status}`;
  const message =
    typeof spError?.message?.value === 'string'
      ? spError.message.value
      : typeof error?.error?.message === 'string'
        ? error.error.message
        : typeof error?.error_description === 'string'
          ? error.error_description
          : typeof body === 'string'
            ? body.slice(0, 300)
            : `HTTP ${response.status}`;
  const retryAfter = Number(response.headers.get('Retry-After') ?? Number.NaN);
  return {
    ok: false,
    status: response.status,
    code,
    message,
    ...(Number.isFinite(retryAfter) ? { retryAfterSeconds: retryAfter } : {}),
  };
}
