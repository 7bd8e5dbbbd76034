import type { RuntimeConfig } from '../../tab/config/runtime-config.js';
import { departmentRoute, tabRouteLink, type TabLinkTarget } from '../tab-link.js';
import type { ApiSettings, ServeConfig } from './serve-config-types.js';

/**
 * Where the tab is, as the cards and the tab itself are told: the cards' links (the bot's and
 * the reminder run's) and the tenant form of `GET /config.json`.
 */

/** The base of the cards' links: AKTIVITETSPLAN_TAB_URL, else the tab's public origin. */
export function tabLinkBase(config: ServeConfig, listening: string): string {
  return config.tabUrl ?? `${config.tabEndpoint ?? listening.replace(/\/$/, '')}/`;
}

/**
 * The department's view of a round in the tab (the hash routes of src/tab/routing): a Teams deep
 * link when the Teams app id is known, the tab's web address otherwise (tab-link.ts).
 */
export function departmentLink(
  target: TabLinkTarget,
): (roundId: string, departmentId: string) => string {
  return (roundId, departmentId) => tabRouteLink(target, departmentRoute(roundId, departmentId));
}

/**
 * The tab's runtime configuration in a tenant: nested app authentication with the Entra app,
 * the API token for `<audience>/access_as_user`, Graph read with the delegated Sites.Selected.
 * The origin is the configured one, never the request's Host header. Inside Teams the tab signs
 * in with the redirect `brk-multihub://<host>`, the one appPackage/manifest.json's
 * nestedAppAuthInfo names with the same scope (Teams serves its prefetched token only when
 * both match); in a browser, with `https://<host>/`.
 */
export function tenantRuntimeConfig(
  config: ServeConfig,
  api: Extract<ApiSettings, { kind: 'entra' }>,
  origin: string,
): RuntimeConfig {
  return {
    mode: 'tenant',
    apiBase: '/api',
    graphBase: config.graphUrl,
    ...(config.siteUrl ? { siteUrl: config.siteUrl } : {}),
    defaultLanguage: 'sv',
    tabUrl: `${origin}/`,
    clientId: api.clientId,
    authority: `${config.authorityHost}/${api.tenantId}`,
    apiScope: `${api.audience.replace(/\/$/, '')}/access_as_user`,
    graphScopes: ['Sites.Selected'],
    redirectUri: `${origin}/`,
    naaRedirectUri: `brk-multihub://${new URL(origin).host}`,
  };
}
