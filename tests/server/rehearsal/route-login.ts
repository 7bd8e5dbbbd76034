import { readFileSync } from 'node:fs';
import { getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici';
import { microsoftLoginHosts, routeGlobalFetch } from '../../standins/route-fetch.js';

/**
 * TEST HARNESS ONLY, preloaded into the rehearsal's `serve` process (`node --import`): the Agents
 * SDK has no setting to skip MSAL's instance discovery at login.microsoftonline.com
 * (identity-spec §0), so that one request (`/common/discovery/instance`) is dialled at the
 * identity stand-in (REHEARSAL_LOGIN_PORT), trusting the CAs of NODE_EXTRA_CA_CERTS. Any other
 * request to Microsoft's login hosts fails, as offline: keys and tokens must come from the
 * configured authority host (AKTIVITETSPLAN_AUTHORITY_HOST). Product code never sees it.
 */
const port = Number(process.env.REHEARSAL_LOGIN_PORT ?? '');
const caFile = process.env.NODE_EXTRA_CA_CERTS;
const loginHosts: readonly string[] = microsoftLoginHosts;

function onlyInstanceDiscovery(dispatch: Dispatcher['dispatch']): Dispatcher['dispatch'] {
  return (options, handler) => {
    const host = new URL(String(options.origin ?? 'http://localhost')).hostname;
    if (loginHosts.includes(host) && !options.path.startsWith('/common/discovery/instance'))
      throw new Error(`offline: ${host}${options.path} is not reachable in the rehearsal`);
    return dispatch(options, handler);
  };
}

if (Number.isInteger(port) && port > 0 && caFile) {
  routeGlobalFetch({
    caPem: readFileSync(caFile, 'utf8'),
    routes: Object.fromEntries(loginHosts.map((host) => [host, port])),
  });
  setGlobalDispatcher(getGlobalDispatcher().compose(onlyInstanceDiscovery));
}
