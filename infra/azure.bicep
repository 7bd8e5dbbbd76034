// Azure resources for Aktivitetsplan, deployed by `atk provision` (arm/deploy in teamsapp.yml)
// or by hand: az deployment group create -g <group> -f infra/azure.bicep -p <parameters>.
//
// One Linux App Service runs the whole app: the bot's messaging endpoint (/api/messages), the
// app's API for the tab (/api), the tab's static files and the reminder timer (in-process, on
// REMINDER_SCHEDULE; the reminder run is safe to run twice, so several instances are fine).
// The bot signs in with a user-assigned managed identity (no bot secret). The Entra app's
// client secret, used for the server's Graph calls, is kept in Key Vault and reaches the app as
// a Key Vault reference read with that identity. Requests and exceptions go to Application
// Insights (its Node.js agent, ApplicationInsightsAgent_EXTENSION_VERSION); the server's own log
// lines (JSON on stderr) go to the Log Analytics workspace as AppServiceConsoleLogs.
//
// Every app setting is set here: `appsettings` replaces the whole set on each provisioning, so a
// setting changed in the portal is lost then. Change env/.env.prod and provision again instead.

@description('Names every resource: 4-20 lower-case letters and digits, e.g. aktplanlinkoping.')
@minLength(4)
@maxLength(20)
param resourceBaseName string

@description('Azure region of the resources (the bot registration itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. B1 or larger: the reminder timer needs Always On.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3'])
param appServiceSku string = 'B1'

@description('The bot\'s name in the Azure portal.')
@maxLength(42)
param botDisplayName string

@description('Client id of the Entra app (tab sign-in, the API\'s audience, Graph access).')
param aadAppClientId string

@description('The tenant of the Entra app.')
param aadAppTenantId string

@description('Client secret of the Entra app: stored in Key Vault, never in app settings.')
@secure()
param aadAppClientSecret string

@description('The SharePoint site that holds the plan, e.g. https://kommunen.sharepoint.com/sites/aktivitetsplan.')
param sharePointSiteUrl string

@description('The Entra group id of the working group\'s team (samverkansgruppen): who may edit the plan, open rounds and link channels.')
param workingGroupTeamId string

@description('The Teams app id (the manifest\'s id): the cards\' links open the personal tab inside Teams.')
param teamsAppId string

@description('When the reminder run starts (cron, Europe/Stockholm time), or off.')
param reminderSchedule string = '30 8 * * 1-5'

@description('Reminder posts per second for the whole run (Teams allows 50 per app and tenant).')
param reminderRate string = '5'

@description('Where the cards\' links open the tab (e.g. a Teams deep link); default: the tab\'s own address.')
param tabUrl string = 'default'

@description('The form of the API\'s application ID URI: host = api://<host>/<client id>; clientId = api://<client id>, for tenants whose identifier URI policy allows only that form.')
@allowed(['host', 'clientId'])
param apiIdUriForm string = 'host'

// The audience of the tab's tokens: the Entra app's identifierUris, the Teams manifest's
// webApplicationInfo and the server's AKTIVITETSPLAN_API_AUDIENCE all take this one value
// (output API_AUDIENCE).
var apiAudience = apiIdUriForm == 'clientId'
  ? 'api://${aadAppClientId}'
  : 'api://${webApp.properties.defaultHostName}/${aadAppClientId}'

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${resourceBaseName}'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: 'log-${resourceBaseName}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-${resourceBaseName}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${resourceBaseName}'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource graphClientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'graph-client-secret'
  properties: {
    value: aadAppClientSecret
    contentType: 'Client secret of the Entra app ${aadAppClientId}'
  }
}

resource identityReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'asp-${resourceBaseName}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-${resourceBaseName}'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'npm run serve'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      http20Enabled: true
    }
  }
}

// Set apart from the site so they can name its host; the Key Vault reference resolves once
// the identity may read the secret.
resource appSettings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    NODE_ENV: 'production'
    // App Service installs the production dependencies on Linux; the tab is built before upload.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'true'
    CUSTOM_BUILD_COMMAND: 'npm ci --omit=dev --no-audit --no-fund'
    APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString
    // Application Insights' Node.js agent on Linux: requests, dependencies and exceptions.
    ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
    // The server's app-only Graph access (src/server/config.ts): the Entra app and its secret.
    AZURE_TENANT_ID: aadAppTenantId
    AZURE_CLIENT_ID: aadAppClientId
    AZURE_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${graphClientSecret.properties.secretUri})'
    AKTIVITETSPLAN_SITE_URL: sharePointSiteUrl
    // The bot signs in as the managed identity; the tab's tokens are for the app's API.
    AKTIVITETSPLAN_BOT_ID: identity.properties.clientId
    AKTIVITETSPLAN_BOT_TENANT_ID: identity.properties.tenantId
    AKTIVITETSPLAN_BOT_AUTH: 'UserManagedIdentity'
    AKTIVITETSPLAN_API_AUDIENCE: apiAudience
    AKTIVITETSPLAN_TAB_ENDPOINT: 'https://${webApp.properties.defaultHostName}'
    AKTIVITETSPLAN_TAB_URL: tabUrl == 'default' ? '' : tabUrl
    AKTIVITETSPLAN_REMINDER_SCHEDULE: reminderSchedule
    AKTIVITETSPLAN_REMINDER_RATE: reminderRate
    AKTIVITETSPLAN_WORKING_GROUP_TEAM_ID: workingGroupTeamId
    AKTIVITETSPLAN_TEAMS_APP_ID: teamsAppId
  }
  dependsOn: [identityReadsSecrets]
}

// The server's log lines (stdout and stderr) and the HTTP log, to the workspace behind
// Application Insights: Logs → AppServiceConsoleLogs, AppServiceHTTPLogs.
resource webAppLogs 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'logs-to-workspace'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceHTTPLogs', enabled: true }
    ]
  }
}

// The bot registration: Teams sends the bot's messages to the App Service.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${resourceBaseName}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: identity.properties.clientId
    msaAppMSIResourceId: identity.id
    msaAppTenantId: identity.properties.tenantId
    msaAppType: 'UserAssignedMSI'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Written to env/.env.<environment> by the toolkit; teamsapp.yml and the manifest use them.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output BOT_ID string = identity.properties.clientId
output BOT_TENANT_ID string = identity.properties.tenantId
output API_AUDIENCE string = apiAudience
output AZURE_KEY_VAULT_NAME string = vault.name
