import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { botConfigOf } from '../../../src/server/production/bot-config.js';
import type { ServeConfig } from '../../../src/server/production/serve-config-types.js';
import { createCertifiedKey } from '../../standins/keys.js';

const tabUrl = () => 'https://app.kommun.se/';

function withCertificate(pemFile: string, keyFile: string): ServeConfig {
  return {
    mode: 'production',
    graphUrl: 'https://graph.microsoft.com/v1.0',
    realGraph: true,
    authorityHost: 'https://login.microsoftonline.com',
    bot: {
      clientId: 'bot-id',
      tenantId: 'tenant-id',
      auth: { kind: 'certificate', pemFile, keyFile },
    },
    devTokens: false,
    listen: { port: 0, host: 'localhost' },
  };
}

describe('botConfigOf with a certificate (AKTIVITETSPLAN_BOT_AUTH=Certificate)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bot-config-'));
    const [mine, other] = [await createCertifiedKey('bot'), await createCertifiedKey('other')];
    writeFileSync(join(dir, 'cert.pem'), mine.certPem);
    writeFileSync(join(dir, 'key.pem'), mine.keyPem);
    writeFileSync(join(dir, 'other-key.pem'), other.keyPem);
  });

  it('hands the bot the certificate files and Microsoft’s authority host', () => {
    const config = botConfigOf(
      withCertificate(join(dir, 'cert.pem'), join(dir, 'key.pem')),
      tabUrl,
    );
    expect(config).toMatchObject({
      clientId: 'bot-id',
      tenantId: 'tenant-id',
      authorityHost: 'https://login.microsoftonline.com',
      certificate: { pemFile: join(dir, 'cert.pem'), keyFile: join(dir, 'key.pem') },
    });
  });

  it('refuses a certificate file it cannot read, and a key that is not the certificate’s', () => {
    expect(
      botConfigOf(withCertificate(join(dir, 'missing.pem'), join(dir, 'key.pem')), tabUrl),
    ).toMatchObject({ ok: false, setting: 'AKTIVITETSPLAN_BOT_CERT_PEM_FILE' });
    expect(
      botConfigOf(withCertificate(join(dir, 'cert.pem'), join(dir, 'other-key.pem')), tabUrl),
    ).toMatchObject({ ok: false, setting: 'AKTIVITETSPLAN_BOT_CERT_KEY_FILE' });
    expect(
      botConfigOf(withCertificate(join(dir, 'cert.pem'), join(dir, 'cert.pem')), tabUrl),
    ).toMatchObject({ ok: false, setting: 'AKTIVITETSPLAN_BOT_CERT_KEY_FILE' });
  });
});
