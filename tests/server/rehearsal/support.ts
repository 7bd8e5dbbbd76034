import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent } from 'undici';
import { defaultSeed } from '../../../src/emulator/seed.js';
import { startEmulator, type RunningEmulator } from '../../../src/emulator/start.js';
import { startConnectorStandIn, type ConnectorStandIn } from '../../standins/connector.js';
import { startIdentityStandIn, type IdentityStandIn } from '../../standins/identity.js';
import { createCertifiedKey, type CertifiedKey } from '../../standins/keys.js';

/**
 * The production rehearsal's stack for Graph and SharePoint: the identity stand-in, the Graph
 * emulator checking its signed tokens, the app registered and granted the site as an
 * administrator would (admin guide §7), and the CLI run as App Service runs it, in a child
 * process that trusts the stand-ins' CAs through NODE_EXTRA_CA_CERTS (Node's own setting:
 * nothing in the product code knows about them). Only the endpoints' base addresses differ from
 * a tenant's settings.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));
export const appId = '3c5e1a77-5b1e-4f0e-9c1d-7a2b8e4f6a01';
export const appSecret = 'rehearsal-secret-value-9f2c';
export const botId = '9b0e2d4c-1a3f-4e5d-8c7b-6a5f4e3d2c1b';
export const botSecret = 'rehearsal-bot-secret-41d7';
const siteUrl = 'https://kommun.sharepoint.com/sites/aktivitetsplan';
export const tabOrigin = 'https://app-aktplan.azurewebsites.net';
export const apiAudience = `api://app-aktplan.azurewebsites.net/${appId}`;

export type Stack = {
  readonly identity: IdentityStandIn;
  readonly emulator: RunningEmulator;
  /** The Bot Connector the activities' serviceUrl names. */
  readonly connector: ConnectorStandIn;
  readonly certificate: CertifiedKey;
  readonly tenantId: string;
  /** Files: the app's certificate (PEM with key) and both CAs, for the child processes. */
  readonly files: { readonly certificate: string; readonly cas: string };
  /** Fetch trusting the emulator's CA. */
  emulatorFetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
};

export async function startStack(): Promise<Stack> {
  const dir = mkdtempSync(join(tmpdir(), 'rehearsal-graph-'));
  const identity = await startIdentityStandIn();
  const certificate = await createCertifiedKey('Aktivitetsplan app certificate');
  const emulator = await startEmulator({
    dataDir: dir,
    // The tenant's keys as Graph reads them: from the authority's published key set.
    signedTokens: { jwks: identity.jwksUri(defaultSeed.tenant.id), caPem: identity.caPem },
  }).catch(async (error: unknown) => {
    await identity.close();
    throw error;
  });
  const tenantId = emulator.seed.tenant.id;
  const files = {
    certificate: join(dir, 'app-certificate.pem'),
    cas: join(dir, 'cas.pem'),
  };
  writeFileSync(files.certificate, certificate.combinedPem);
  writeFileSync(files.cas, `${identity.caPem.trim()}\n${emulator.caPem.trim()}\n`);
  const dispatcher = new Agent({ connect: { ca: emulator.caPem } });
  const emulatorFetch = (path: string, init: RequestInit = {}) =>
    fetch(`${emulator.origin}${path}`, { ...init, dispatcher } as RequestInit);
  register(identity, tenantId, certificate);
  await grantSite(identity, tenantId, emulator.siteId, emulatorFetch);
  const connector = await startConnectorStandIn({ identity, botId });
  return {
    identity,
    emulator,
    connector,
    certificate,
    tenantId,
    files,
    emulatorFetch,
    async close() {
      await connector.close();
      await emulator.close();
      await identity.close();
      await dispatcher.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const adminId = '0d6a3c1e-2f4b-4a5c-9e8d-7f6a5b4c3d2e';
const adminSecret = 'sharepoint-admin-secret';

/**
 * The tenant's Entra: the app with a secret and a certificate, consented Sites.Selected on
 * Graph and on SharePoint, and TeamMember.Read.Group (resource-specific consent in a tenant,
 * a role here); and an administrator's tool with Sites.FullControl.All to grant the site.
 */
function register(identity: IdentityStandIn, tenantId: string, certificate: CertifiedKey): void {
  const { directory } = identity;
  directory.addTenant({ id: tenantId, domains: ['kommun.onmicrosoft.com'] });
  directory.addApp({
    clientId: appId,
    tenantId,
    displayName: 'Aktivitetsplan',
    secrets: [appSecret],
    certificates: [certificate],
  });
  directory.grant(appId, 'https://graph.microsoft.com', [
    'Sites.Selected',
    'TeamMember.Read.Group',
  ]);
  directory.grant(appId, 'https://kommun.sharepoint.com', ['Sites.Selected']);
  directory.addApp({
    clientId: botId,
    tenantId,
    displayName: 'Aktivitetsplan bot',
    secrets: [botSecret],
  });
  directory.addApp({ clientId: adminId, tenantId, secrets: [adminSecret] });
  directory.grant(adminId, 'https://graph.microsoft.com', ['Sites.FullControl.All']);
}

/** Admin guide §7: `write` by POST, then `manage` by PATCH (provisioning creates lists). */
async function grantSite(
  identity: IdentityStandIn,
  tenantId: string,
  siteId: string,
  emulatorFetch: (path: string, init?: RequestInit) => Promise<Response>,
): Promise<void> {
  const dispatcher = new Agent({ connect: { ca: identity.caPem } });
  const tokenResponse = await fetch(identity.tokenEndpoint(tenantId), {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: adminId,
      client_secret: adminSecret,
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    }),
    dispatcher,
  } as RequestInit);
  await dispatcher.close();
  const { access_token: token } = (await tokenResponse.json()) as { access_token: string };
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
  const created = await emulatorFetch(`/v1.0/sites/${siteId}/permissions`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      roles: ['write'],
      grantedToIdentities: [{ application: { id: appId, displayName: 'Aktivitetsplan' } }],
    }),
  });
  const { id } = (await created.json()) as { id: string };
  const patched = await emulatorFetch(`/v1.0/sites/${siteId}/permissions/${id}`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ roles: ['manage'] }),
  });
  if (!created.ok || !patched.ok)
    throw new Error(`site grant: ${created.status} ${patched.status}`);
}

/** What App Service gives the server (appendix B), the stand-ins' base addresses aside. */
export function tenantSettings(stack: Stack): Record<string, string> {
  return {
    AKTIVITETSPLAN_MODE: 'rehearsal',
    AKTIVITETSPLAN_AUTHORITY_HOST: stack.identity.origin,
    AKTIVITETSPLAN_GRAPH_URL: stack.emulator.url,
    AKTIVITETSPLAN_SHAREPOINT_URL: stack.emulator.origin,
    AZURE_TENANT_ID: stack.tenantId,
    AZURE_CLIENT_ID: appId,
    AKTIVITETSPLAN_SITE_URL: siteUrl,
  };
}

export type CliRun = { readonly code: number | null; readonly out: string; readonly err: string };

function childEnv(stack: Stack, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    NODE_EXTRA_CA_CERTS: stack.files.cas,
    REHEARSAL_LOGIN_PORT: String(stack.identity.port),
    ...env,
  };
}

function cli(stack: Stack, args: readonly string[], env: Record<string, string>): ChildProcess {
  const preload =
    args[0] === 'serve' ? ['--import', './tests/server/rehearsal/route-login.ts'] : [];
  return spawn(
    process.execPath,
    ['--import', 'tsx', ...preload, 'src/server/cli/main.ts', ...args],
    {
      cwd: root,
      env: childEnv(stack, env),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

/** Runs a command to its end (`npm run provision -- …` without npm). */
export function runCli(
  stack: Stack,
  args: readonly string[],
  env: Record<string, string>,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = cli(stack, args, env);
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${args[0]} did not end: ${out} ${err}`));
    }, 90_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out, err });
    });
  });
}

export type Served = {
  /** Where it listens, from its `Server:` line. */
  readonly url: string;
  readonly out: () => string;
  readonly err: () => string;
  stop(): Promise<void>;
};

/** Starts `aktivitetsplan serve` and waits for its `Ready.` line. */
export function startServe(stack: Stack, env: Record<string, string>): Promise<Served> {
  const child = cli(stack, ['serve'], env);
  let out = '';
  let err = '';
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`serve did not get ready: ${out} ${err}`));
    }, 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /^Server: (\S+)$/m.exec(out)?.[1];
      if (url && /^Ready\.$/m.test(out)) {
        clearTimeout(timer);
        resolve({ url, out: () => out, err: () => err, stop });
      }
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`serve exited: ${out} ${err}`));
    });
  });
}
