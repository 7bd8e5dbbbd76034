import { rootCertificates } from 'node:tls';
import {
  Agent,
  buildConnector,
  getGlobalDispatcher,
  setGlobalDispatcher,
  type Dispatcher,
} from 'undici';

/**
 * TEST HARNESS ONLY: routes this process's global `fetch` (Node's fetch uses undici's global
 * dispatcher) so that connections to Microsoft's login hosts dial a stand-in instead, and trusts
 * the stand-ins' CA besides the system's. This is how the Agents SDK's MSAL reaches the identity
 * stand-in despite the instance-discovery trap (identity-spec §0): MSAL asks
 * `https://login.microsoftonline.com/common/discovery/instance` about any other authority host,
 * and the SDK has no setting to skip it. Never used by product code. `node:https` clients
 * (jwks-rsa, @azure/identity) are not affected.
 */
export function routeGlobalFetch(options: {
  readonly caPem: string | readonly string[];
  /** Host name → the local port that answers for it. */
  readonly routes: Readonly<Record<string, number>>;
}): { restore(): void } {
  const previous: Dispatcher = getGlobalDispatcher();
  const ca = [...rootCertificates, ...[options.caPem].flat()];
  const connect = buildConnector({ ca });
  const agent = new Agent({
    connect: (opts, callback) => {
      const port = options.routes[opts.hostname];
      if (port === undefined) return connect(opts, callback);
      return connect(
        { ...opts, hostname: '127.0.0.1', port: String(port), servername: opts.hostname },
        callback,
      );
    },
  });
  setGlobalDispatcher(agent);
  return {
    restore() {
      setGlobalDispatcher(previous);
      void agent.close();
    },
  };
}

/** Microsoft's login hosts, for `routes`. */
export const microsoftLoginHosts = [
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
] as const;

/** Global fetch dials the identity stand-in for login.microsoftonline.com (MSAL's discovery). */
export function routeLoginTo(identity: { readonly caPem: string; readonly port: number }): {
  restore(): void;
} {
  return routeGlobalFetch({
    caPem: identity.caPem,
    routes: { 'login.microsoftonline.com': identity.port },
  });
}
