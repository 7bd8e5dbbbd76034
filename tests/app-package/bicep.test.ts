import { describe, expect, it } from 'vitest';
import { occurrences, outlineBicep } from './support/bicep-outline.js';
import { readJson, readText } from './support/project.js';
import { placeholderNames } from '../../src/server/app-package/placeholders.js';

/**
 * No Bicep compiler can be installed offline (not on npm, not in Debian; `az bicep install` and
 * the toolkit download it from GitHub), so infra/azure.bicep is checked for structure here.
 */
const bicep = outlineBicep(readText('infra/azure.bicep'));
const parameters = (
  readJson('infra/azure.parameters.json') as { parameters: Record<string, unknown> }
).parameters;

describe('infra/azure.bicep', () => {
  it('balances its brackets outside strings', () => {
    expect(bicep.balanced).toBe(true);
    expect(outlineBicep("param a string = '{'\nvar b = { c: [ a ] }").balanced).toBe(true);
    expect(outlineBicep('var b = { c: [ a }').balanced).toBe(false);
  });

  it('uses every parameter and variable it declares', () => {
    const names = [...bicep.params.map((p) => p.name), ...bicep.vars];
    expect(names.filter((name) => occurrences(bicep.code, name) < 2)).toEqual([]);
  });

  it('gets every parameter without a default from azure.parameters.json, and no others', () => {
    const declared = bicep.params.map((p) => p.name);
    expect(Object.keys(parameters).filter((name) => !declared.includes(name))).toEqual([]);
    const required = bicep.params.filter((p) => !p.hasDefault).map((p) => p.name);
    expect(required.filter((name) => !(name in parameters))).toEqual([]);
  });

  it('declares each resource with a dated API version and refers only to declared symbols', () => {
    expect(bicep.resources.length).toBeGreaterThanOrEqual(10);
    for (const resource of bicep.resources) {
      expect(resource.apiVersion, resource.symbol).toMatch(/^\d{4}-\d{2}-\d{2}(-preview)?$/);
      expect(resource.type, resource.symbol).toMatch(/^Microsoft\.\w+\/\w+(\/\w+)*$/);
    }
    const symbols = new Set([
      ...bicep.resources.map((r) => r.symbol),
      ...bicep.params.map((p) => p.name),
      ...bicep.vars,
    ]);
    const referenced = [...bicep.code.matchAll(/(?<![\w.'])([a-z]\w*)\.(properties|id|name)\b/g)];
    expect(referenced.map((m) => m[1]!).filter((s) => !symbols.has(s))).toEqual([]);
    const interpolated = [...bicep.code.matchAll(/\$\{([a-zA-Z]\w*)/g)].map((m) => m[1]!);
    expect(interpolated.filter((s) => !symbols.has(s))).toEqual([]);
  });

  it('has the resources the app needs', () => {
    expect(bicep.resources.map((r) => r.type).sort()).toEqual([
      'Microsoft.Authorization/roleAssignments',
      'Microsoft.BotService/botServices',
      'Microsoft.BotService/botServices/channels',
      'Microsoft.Insights/components',
      'Microsoft.Insights/diagnosticSettings',
      'Microsoft.KeyVault/vaults',
      'Microsoft.KeyVault/vaults/secrets',
      'Microsoft.ManagedIdentity/userAssignedIdentities',
      'Microsoft.OperationalInsights/workspaces',
      'Microsoft.Web/serverfarms',
      'Microsoft.Web/sites',
      'Microsoft.Web/sites/config',
    ]);
  });

  it('keeps the client secret in Key Vault only', () => {
    const secure = bicep.params.filter((p) => p.decorators.includes('secure')).map((p) => p.name);
    expect(secure).toEqual(['aadAppClientSecret']);
    expect(occurrences(bicep.code, 'aadAppClientSecret')).toBe(2);
    expect(bicep.code).toMatch(/value: aadAppClientSecret\n/);
    expect(bicep.outputs.filter((o) => o.value.includes('aadAppClientSecret'))).toEqual([]);
    expect(bicep.code).toContain("AZURE_CLIENT_SECRET: '@Microsoft.KeyVault(SecretUri=${");
    expect(bicep.code).toContain('enableRbacAuthorization: true');
  });

  it('serves over HTTPS only and points the bot at /api/messages with a managed identity', () => {
    expect(bicep.code).toContain('httpsOnly: true');
    expect(bicep.code).toContain("minTlsVersion: '1.2'");
    expect(bicep.code).toContain("ftpsState: 'Disabled'");
    expect(bicep.code).toContain(
      "endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'",
    );
    expect(bicep.code).toContain("msaAppType: 'UserAssignedMSI'");
  });

  it('sends telemetry and the server’s log lines to Azure Monitor', () => {
    // The server writes JSON lines to stderr (no SDK): App Service's console log goes to the
    // workspace behind Application Insights; its Node.js agent records requests and exceptions.
    expect(bicep.code).toContain("ApplicationInsightsAgent_EXTENSION_VERSION: '~3'");
    expect(bicep.code).toContain(
      'APPLICATIONINSIGHTS_CONNECTION_STRING: insights.properties.ConnectionString',
    );
    const diagnostics =
      /resource \w+ 'Microsoft\.Insights\/diagnosticSettings@[^']+' = \{([\s\S]*?)\n\}/.exec(
        bicep.code,
      )?.[1];
    expect(diagnostics).toContain('scope: webApp');
    expect(diagnostics).toContain('workspaceId: logs.id');
    expect(diagnostics).toMatch(/category: 'AppServiceConsoleLogs', enabled: true/);
    expect(bicep.code).toMatch(/WorkspaceResourceId: logs\.id/);
  });

  it('outputs every value that later steps and the app package read', () => {
    const outputs = bicep.outputs.map((o) => o.name);
    const used = placeholderNames(
      [readText('appPackage/manifest.json'), readText('infra/aad.manifest.json')].join('\n'),
    );
    const fromBicep = ['TAB_DOMAIN', 'TAB_ENDPOINT', 'BOT_ID', 'AZURE_APP_SERVICE_RESOURCE_ID'];
    expect(outputs).toEqual(expect.arrayContaining(fromBicep));
    expect(used).toEqual(expect.arrayContaining(['TAB_DOMAIN', 'TAB_ENDPOINT', 'BOT_ID']));
    for (const output of bicep.outputs) expect(output.type).toBe('string');
  });
});
