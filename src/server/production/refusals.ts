import { isMicrosoftAuthorityHost, isMicrosoftSharePoint } from './microsoft-endpoints.js';
import { isProductionLike, type ConfigRefusal, type ServeConfig } from './serve-config-types.js';

/**
 * The rules that keep `serve` from starting. In production: the bot's app id and tenant (every
 * activity to /api/messages is checked as a Bot Framework JWT for that id), the API's audience
 * (every request of the tab is checked as an Entra token), an https origin for the tab, Graph
 * on graph.microsoft.com with the app's own credentials or managed identity, and nothing of the
 * emulator's world (dev tokens, its CA). In both modes: the site, the working group's team
 * (with dev tokens, the emulator seed's), the API's tokens and Graph's credentials.
 * The rehearsal (`AKTIVITETSPLAN_MODE=rehearsal`) keeps every production rule except where
 * Microsoft's endpoints are (endpointRules; see ./microsoft-endpoints.ts).
 * The first rule broken is the one reported.
 */

export function refuse(setting: string, message: string): ConfigRefusal {
  return { ok: false, setting, message };
}

const notInProduction = 'Startar inte i produktion:';

function isHttps(url: string | undefined): boolean {
  return url !== undefined && url.startsWith('https://');
}

function productionRules(c: ServeConfig): ConfigRefusal | undefined {
  if (c.devTokens)
    return refuse(
      'AKTIVITETSPLAN_DEV_TOKENS',
      `${notInProduction} AKTIVITETSPLAN_DEV_TOKENS är påslaget; emulatorns osignerade utvecklingstoken får aldrig godtas i produktion.`,
    );
  if (!c.bot.clientId)
    return refuse(
      'AKTIVITETSPLAN_BOT_ID',
      `${notInProduction} AKTIVITETSPLAN_BOT_ID saknas (botens app-id; varje aktivitet till /api/messages kontrolleras som JWT mot det).`,
    );
  if (!c.bot.tenantId)
    return refuse(
      'AKTIVITETSPLAN_BOT_TENANT_ID',
      `${notInProduction} AKTIVITETSPLAN_BOT_TENANT_ID saknas (botens klientorganisation i Entra).`,
    );
  if (c.api?.kind !== 'entra')
    return refuse(
      'AKTIVITETSPLAN_API_AUDIENCE',
      `${notInProduction} AKTIVITETSPLAN_API_AUDIENCE saknas (api://<värd>/<klient-id>; flikens token kontrolleras mot den).`,
    );
  if (!isHttps(c.tabEndpoint))
    return refuse(
      'AKTIVITETSPLAN_TAB_ENDPOINT',
      `${notInProduction} AKTIVITETSPLAN_TAB_ENDPOINT måste vara flikens publika https-adress, t.ex. https://app-aktivitetsplan.azurewebsites.net${c.tabEndpoint ? `, inte ${c.tabEndpoint}` : ''}.`,
    );
  if (c.tabUrl !== undefined && !isHttps(c.tabUrl))
    return refuse(
      'AKTIVITETSPLAN_TAB_URL',
      `${notInProduction} AKTIVITETSPLAN_TAB_URL måste börja med https://, inte ${c.tabUrl}.`,
    );
  if (c.graphCaFile !== undefined)
    return refuse(
      'AKTIVITETSPLAN_GRAPH_CA_FILE',
      `${notInProduction} AKTIVITETSPLAN_GRAPH_CA_FILE är till för emulatorn (utvecklingsläge); ta bort den.`,
    );
  if (!c.credential)
    return refuse(
      'AZURE_CLIENT_ID',
      `${notInProduction} inga appuppgifter för Graph: ange AZURE_TENANT_ID och AZURE_CLIENT_ID med AZURE_CLIENT_SECRET eller AZURE_CLIENT_CERTIFICATE_PATH.`,
    );
  return undefined;
}

/** Production talks only to Microsoft: the settings the rehearsal points at its stand-ins. */
function endpointRules(c: ServeConfig): ConfigRefusal | undefined {
  if (!c.realGraph)
    return refuse(
      'AKTIVITETSPLAN_GRAPH_URL',
      `${notInProduction} AKTIVITETSPLAN_GRAPH_URL pekar på ${new URL(c.graphUrl).host}, inte graph.microsoft.com.`,
    );
  if (!isMicrosoftAuthorityHost(c.authorityHost))
    return refuse(
      'AKTIVITETSPLAN_AUTHORITY_HOST',
      `${notInProduction} AKTIVITETSPLAN_AUTHORITY_HOST pekar på ${new URL(c.authorityHost).host}, inte login.microsoftonline.com.`,
    );
  if (c.sharePointUrl !== undefined && !isMicrosoftSharePoint(c.sharePointUrl))
    return refuse(
      'AKTIVITETSPLAN_SHAREPOINT_URL',
      `${notInProduction} AKTIVITETSPLAN_SHAREPOINT_URL pekar på ${new URL(c.sharePointUrl).host}, inte <klientorganisation>.sharepoint.com.`,
    );
  return undefined;
}

function commonRules(c: ServeConfig): ConfigRefusal | undefined {
  if (!c.siteUrl)
    return refuse(
      'AKTIVITETSPLAN_SITE_URL',
      'AKTIVITETSPLAN_SITE_URL saknas (SharePoint-webbplatsen med planens listor).',
    );
  if (!c.workingGroupTeamId && !c.devTokens)
    return refuse(
      'AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID',
      'AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID saknas (samverkansgruppens team i Teams, dess grupp-id).',
    );
  if (!c.api)
    return refuse(
      'AKTIVITETSPLAN_API_AUDIENCE',
      'AKTIVITETSPLAN_API_AUDIENCE saknas; i utvecklingsläge mot emulatorn går AKTIVITETSPLAN_DEV_TOKENS=true också.',
    );
  if (!c.credential && !c.devTokens)
    return refuse(
      'AZURE_CLIENT_ID',
      'Inga appuppgifter för Graph: ange AZURE_TENANT_ID och AZURE_CLIENT_ID (eller AKTIVITETSPLAN_DEV_TOKENS=true mot emulatorn).',
    );
  return undefined;
}

/** The first rule the configuration breaks, or undefined when the server may start. */
export function refusalOf(config: ServeConfig): ConfigRefusal | undefined {
  return (
    (isProductionLike(config.mode) ? productionRules(config) : undefined) ??
    (config.mode === 'production' ? endpointRules(config) : undefined) ??
    commonRules(config)
  );
}
