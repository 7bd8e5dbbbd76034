import { Agent } from 'undici';
import { appOnlyAuthProvider, createAppCredential } from '../graph/auth/app-only.js';
import { devAuthProvider, type DevUser } from '../graph/auth/dev-token.js';
import { createGraphClient, parseGraphUrl, type FetchLike } from '../graph/client/create-client.js';
import { GraphGateway } from '../graph/client/gateway.js';
import { createSharePointRest, type SharePointRest } from '../graph/provision/sharepoint-rest.js';
import type { ServerConfig } from './config.js';

/** How the app reaches Graph and the site's SharePoint REST endpoints with its own identity. */
export type GraphConnection = {
  readonly graph: GraphGateway;
  readonly graphUrl: string;
  readonly siteUrl: string;
  readonly sharePoint: (webUrl: string) => SharePointRest;
  /** A fetch that trusts the configured CA (the emulator's), for other clients of the same host. */
  readonly fetch: FetchLike;
  close(): Promise<void>;
};

export type GraphConnectionOptions = {
  readonly graphUrl: string;
  readonly siteUrl: string;
  /** Against the emulator: the development identity the app writes with. */
  readonly devUser?: DevUser;
  readonly credential?: ServerConfig['credential'];
  /** PEM of a CA to trust besides the system's (the emulator's). */
  readonly caPem?: string;
  /**
   * Where the site's SharePoint REST calls go (AKTIVITETSPLAN_SHAREPOINT_URL, the rehearsal's
   * stand-in). Default: the site's own origin on Graph, Graph's origin on the emulator.
   */
  readonly sharePointUrl?: string;
};

/** Builds the real graph-client (retry, auth) for app-only or development tokens. */
export function connectGraph(options: GraphConnectionOptions): GraphConnection {
  const endpoint = parseGraphUrl(options.graphUrl);
  const realGraph = endpoint.hostname === 'graph.microsoft.com';
  if (options.devUser && realGraph) {
    throw new Error('Utvecklingstoken fungerar bara mot emulatorn, inte mot graph.microsoft.com.');
  }
  const dispatcher = options.caPem ? new Agent({ connect: { ca: options.caPem } }) : undefined;
  const fetchImpl: FetchLike = dispatcher
    ? (input, init) => fetch(input, { ...init, dispatcher } as RequestInit)
    : (input, init) => fetch(input, init);
  const credential = options.credential ? createAppCredential(options.credential) : undefined;
  if (!options.devUser && !credential) {
    throw new Error('Inga inloggningsuppgifter: ange AZURE_TENANT_ID och AZURE_CLIENT_ID.');
  }
  const graphAuth = options.devUser
    ? devAuthProvider(options.devUser)
    : appOnlyAuthProvider(credential!);
  const client = createGraphClient({
    graphUrl: options.graphUrl,
    authProvider: graphAuth,
    fetch: fetchImpl,
  });
  const sharePoint = (webUrl: string) =>
    createSharePointRest({
      webUrl,
      authProvider: options.devUser
        ? graphAuth
        : appOnlyAuthProvider(credential!, [`${new URL(webUrl).origin}/.default`]),
      ...sharePointOrigin(options, endpoint.baseUrl, realGraph),
      fetch: fetchImpl,
    });
  return {
    graph: new GraphGateway(client),
    graphUrl: options.graphUrl,
    siteUrl: options.siteUrl,
    sharePoint,
    fetch: fetchImpl,
    close: async () => {
      await dispatcher?.close();
    },
  };
}

function sharePointOrigin(
  options: GraphConnectionOptions,
  graphBase: string,
  realGraph: boolean,
): { origin?: string } {
  if (options.sharePointUrl) return { origin: new URL(options.sharePointUrl).origin };
  return realGraph ? {} : { origin: new URL(graphBase).origin };
}
