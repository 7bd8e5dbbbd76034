import { afterEach, describe, expect, it } from 'vitest';
import { provisionCommand } from '../../src/server/cli/commands/provision.js';
import { seedCommand } from '../../src/server/cli/commands/seed.js';
import { UsageError } from '../../src/server/cli/command.js';
import { readServerConfig } from '../../src/server/config.js';
import { defaultSeed } from '../../src/emulator/seed.js';
import { bundledManifestSource } from '../../src/graph/site-schema/manifest.js';

const shippedVersion = (bundledManifestSource.schema as { version: number }).version;
import { siteUrl, startTestEmulator, type TestEmulator } from './helpers/emulator.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err };
}

describe('provision and seed commands', () => {
  let emulator: TestEmulator | undefined;
  afterEach(async () => {
    await emulator?.close();
    emulator = undefined;
  });

  it('provision and seed a site on the emulator, and a second run changes nothing', async () => {
    emulator = await startTestEmulator();
    const args = [
      '--graph-url',
      emulator.emulator.url,
      '--site',
      siteUrl,
      '--dev-user',
      'Anna Andersson',
      '--ca-file',
      emulator.emulator.caFile,
    ];
    const first = capture();
    expect(await provisionCommand.run(args, first.io)).toBe(0);
    expect(first.out).toContain(`Schemaversion ${shippedVersion} tillämpad.`);
    const seeded = capture();
    expect(await seedCommand.run(args, seeded.io)).toBe(0);
    expect(seeded.out).toContain(
      'Skapade: 8 förvaltningar, 5 mål, 2 planer, 5 utvecklingsområden, 14 aktiviteter.',
    );
    const again = capture();
    expect(await provisionCommand.run(args, again.io)).toBe(0);
    expect(again.out).toContain('Skapade listor: inga');
    expect(again.out).toContain('Schemaversionen var redan tillämpad.');
    const reseeded = capture();
    expect(await seedCommand.run(args, reseeded.io)).toBe(0);
    expect(reseeded.out).toContain('Inget nytt: planen fanns redan.');
  });

  it("provisions and seeds a tenant's root site, with its views through the root site's _api", async () => {
    const hostname = 'kommunen.sharepoint.com';
    emulator = await startTestEmulator({
      seed: { ...defaultSeed, site: { ...defaultSeed.site, hostname } },
    });
    const rootUrl = `https://${hostname}`;
    const args = [
      '--graph-url',
      emulator.emulator.url,
      '--site',
      rootUrl,
      '--dev-user',
      'Anna Andersson',
      '--ca-file',
      emulator.emulator.caFile,
    ];
    const first = capture();
    expect(await provisionCommand.run(args, first.io), first.err.join('\n')).toBe(0);
    expect(first.out).toContain(`Webbplats: ${rootUrl}`);
    expect(first.out).toContain(
      'Nya vyer: Aktiviteter: Aktiviteter per förvaltning, Aktiviteter: Försenade, Aktiviteter: Saknar svar i pågående uppföljning',
    );
    expect(first.out).toContain(`Schemaversion ${shippedVersion} tillämpad.`);
    const seeded = capture();
    expect(await seedCommand.run(args, seeded.io), seeded.err.join('\n')).toBe(0);
    expect(seeded.out).toContain(
      'Skapade: 8 förvaltningar, 5 mål, 2 planer, 5 utvecklingsområden, 14 aktiviteter.',
    );
    const lists = async (site: string) =>
      (
        (await emulator!.graph.send({ method: 'GET', url: `/sites/${site}/lists` })) as {
          body: { value: { displayName: string }[] };
        }
      ).body.value.map((l) => l.displayName);
    expect(await lists('root')).toContain('Aktiviteter');
    expect(await lists(`${hostname}:/sites/aktivitetsplan:`)).not.toContain('Aktiviteter');
    const views = await emulator
      .sharePoint(rootUrl)
      .get(`/_api/web/lists/getbytitle('Aktiviteter')/views?$select=Title`);
    expect(views).toMatchObject({
      ok: true,
      body: { value: expect.arrayContaining([{ Title: 'Försenade' }]) },
    });
    const again = capture();
    expect(await provisionCommand.run(args, again.io)).toBe(0);
    expect(again.out).toContain('Skapade listor: inga');
    expect(again.out).toContain('Nya vyer: inga');
    expect(again.out).toContain('Schemaversionen var redan tillämpad.');
  });

  it('tells the user to provision first when the lists are missing', async () => {
    emulator = await startTestEmulator();
    const result = capture();
    const args = [
      '--graph-url',
      emulator.emulator.url,
      '--site',
      siteUrl,
      '--dev-user',
      'Anna Andersson',
      '--ca-file',
      emulator.emulator.caFile,
    ];
    expect(await seedCommand.run(args, result.io)).toBe(1);
    expect(result.err.join('\n')).toMatch(/Kör "npm run provision -- --site/);
  });

  it('refuses dev tokens against real Graph and a missing site as usage errors', async () => {
    const io = capture().io;
    await expect(
      provisionCommand.run(['--site', siteUrl, '--dev-user', 'Anna'], io),
    ).rejects.toThrow(UsageError);
    await expect(
      provisionCommand.run(['--graph-url', 'https://localhost:1/v1.0', '--dev-user', 'Anna'], io),
    ).rejects.toThrow(/--site is required/);
    await expect(
      provisionCommand.run(['--graph-url', 'http://localhost:1/v1.0', '--site', siteUrl], io),
    ).rejects.toThrow(/https/);
  });
});

describe('readServerConfig', () => {
  it('defaults to Graph and picks app-only credentials from the environment', () => {
    expect(readServerConfig({})).toEqual({
      ok: true,
      value: {
        graphUrl: 'https://graph.microsoft.com/v1.0',
        authorityHost: 'https://login.microsoftonline.com',
      },
    });
    expect(
      readServerConfig({
        AZURE_TENANT_ID: 't',
        AZURE_CLIENT_ID: 'c',
        AZURE_CLIENT_CERTIFICATE_PATH: '/k.pem',
        AZURE_CLIENT_SECRET: 's',
      }),
    ).toMatchObject({
      ok: true,
      value: { credential: { kind: 'certificate', certificatePath: '/k.pem' } },
    });
    expect(
      readServerConfig({ AZURE_TENANT_ID: 't', AZURE_CLIENT_ID: 'c', AZURE_CLIENT_SECRET: 's' }),
    ).toMatchObject({ ok: true, value: { credential: { kind: 'clientSecret' } } });
  });

  it('refuses a managed identity for Graph, which holds neither the site grant nor the teams’ consent', () => {
    for (const value of ['true', '0000-client-id']) {
      expect(readServerConfig({ AKTIVITETSPLAN_MANAGED_IDENTITY: value })).toMatchObject({
        ok: false,
        message: expect.stringMatching(
          /^AKTIVITETSPLAN_MANAGED_IDENTITY stöds inte: .*AZURE_CLIENT_ID/,
        ),
      });
    }
    expect(
      readServerConfig({
        AKTIVITETSPLAN_MANAGED_IDENTITY: ' ',
        AZURE_TENANT_ID: 't',
        AZURE_CLIENT_ID: 'c',
        AZURE_CLIENT_SECRET: 's',
      }),
    ).toMatchObject({ ok: true, value: { credential: { kind: 'clientSecret' } } });
  });

  it('refuses half a credential and a non-https Graph URL in plain words', () => {
    expect(readServerConfig({ AZURE_CLIENT_ID: 'c' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/AZURE_TENANT_ID/),
    });
    expect(readServerConfig({ AKTIVITETSPLAN_GRAPH_URL: 'http://localhost/v1.0' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/AKTIVITETSPLAN_GRAPH_URL/),
    });
  });
});
