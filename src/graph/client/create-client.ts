import {
  AuthenticationHandler,
  Client,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

/** A fetch function; Node's global fetch by default, or one that trusts the emulator's CA. */
export type FetchLike = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;

export const defaultGraphUrl = 'https://graph.microsoft.com/v1.0';

export type GraphClientOptions = {
  /** The version root, e.g. `https://graph.microsoft.com/v1.0` or the emulator's `https://localhost:8443/v1.0`. */
  readonly graphUrl: string;
  readonly authProvider: AuthenticationProvider;
  readonly fetch?: FetchLike;
  /** The client's own retries of 429/503/504 per request (its cap is 10). */
  readonly maxRetries?: number;
};

export type GraphEndpoint = {
  /** Everything before the version segment: `https://graph.microsoft.com`. */
  readonly baseUrl: string;
  readonly version: string;
  readonly hostname: string;
};

/** Splits `https://host[:port][/prefix]/v1.0` into the client's baseUrl and version. */
export function parseGraphUrl(graphUrl: string): GraphEndpoint {
  const url = new URL(graphUrl);
  if (url.protocol !== 'https:') {
    throw new Error(
      `Graph-adressen måste börja med https:// (klienten skickar bara token över https): ${graphUrl}`,
    );
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const version = segments.pop();
  if (version !== 'v1.0' && version !== 'beta') {
    throw new Error(`Graph-adressen ska sluta med /v1.0: ${graphUrl}`);
  }
  const prefix = segments.length ? `/${segments.join('/')}` : '';
  return { baseUrl: `${url.origin}${prefix}`, version, hostname: url.hostname };
}

/** The last link of the chain: sends the request with the injected fetch. */
class FetchHandler implements Middleware {
  constructor(private readonly fetchImpl: FetchLike) {}

  async execute(context: Context): Promise<void> {
    context.response = await this.fetchImpl(context.request, context.options);
  }
}

/**
 * The real graph-client 3.0.7 with its default middleware (auth, retry on 429/503/504 with
 * Retry-After, telemetry; fetch follows redirects itself), ending in the given fetch. A host other than Graph's own
 * (the emulator) is listed in `customHosts`, or the client would not send the token there.
 */
export function createGraphClient(options: GraphClientOptions): Client {
  const endpoint = parseGraphUrl(options.graphUrl);
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const chain: Middleware[] = [
    new AuthenticationHandler(options.authProvider),
    new RetryHandler(new RetryHandlerOptions(undefined, options.maxRetries ?? 10)),
    new TelemetryHandler(),
    new FetchHandler(fetchImpl),
  ];
  const isGraph = endpoint.hostname === 'graph.microsoft.com';
  return Client.initWithMiddleware({
    middleware: chain,
    baseUrl: endpoint.baseUrl,
    defaultVersion: endpoint.version,
    ...(isGraph ? {} : { customHosts: new Set([endpoint.hostname]) }),
  });
}
