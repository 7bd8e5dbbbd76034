/**
 * The base addresses of Microsoft's endpoints the production composition talks to, and the
 * rule that production talks to nothing else.
 *
 * Each address is a setting so that the rehearsal (`AKTIVITETSPLAN_MODE=rehearsal`, the test
 * tests/server/rehearsal) can run the very composition `serve` runs in a tenant against local
 * stand-ins: Entra's authority host (AKTIVITETSPLAN_AUTHORITY_HOST), Graph
 * (AKTIVITETSPLAN_GRAPH_URL) and SharePoint REST (AKTIVITETSPLAN_SHAREPOINT_URL). Production
 * (`NODE_ENV=production`, or `AKTIVITETSPLAN_MODE=production`) refuses to start unless each is
 * Microsoft's own, and `NODE_ENV=production` refuses the rehearsal mode itself; the rehearsal
 * keeps every other production rule (bot JWTs, Entra tokens for the API, app credentials, no dev
 * tokens), so it is never weaker than production except in where these requests go.
 */

/** Entra ID's public cloud (https://learn.microsoft.com/entra/identity-platform/authentication-national-cloud). */
export const microsoftAuthorityHost = 'https://login.microsoftonline.com';

export function isMicrosoftAuthorityHost(host: string): boolean {
  return new URL(host).origin === microsoftAuthorityHost;
}

export function isMicrosoftGraph(graphUrl: string): boolean {
  const url = new URL(graphUrl);
  return url.protocol === 'https:' && url.hostname === 'graph.microsoft.com';
}

/** SharePoint Online: `https://<tenant>.sharepoint.com` (also `<tenant>-admin`, `-my`). */
export function isMicrosoftSharePoint(origin: string): boolean {
  const url = new URL(origin);
  return url.protocol === 'https:' && /^[a-z0-9-]+\.sharepoint\.com$/i.test(url.hostname);
}
