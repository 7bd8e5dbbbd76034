import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/**
 * A throw-away CA for the stand-ins' HTTPS servers. Clients trust it through `caPem` (an undici
 * Agent's `connect.ca`) or `caFile` (NODE_EXTRA_CA_CERTS for a child process).
 */
export type StandInCa = {
  readonly caPem: string;
  readonly caFile: string;
  /** A leaf certificate for these host names and IP addresses, signed by this CA. */
  issue(hosts: readonly string[]): Promise<{ readonly key: string; readonly cert: string }>;
};

const day = 86_400_000;

/** The hosts every stand-in leaf answers for: loopback, plus Microsoft's login hosts for routing. */
export const standInHosts = [
  'localhost',
  '127.0.0.1',
  '::1',
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
] as const;

export async function createStandInCa(): Promise<StandInCa> {
  const now = Date.now();
  const ca = await generate([{ name: 'commonName', value: 'Aktivitetsplan stand-in test CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - day),
    notAfterDate: new Date(now + 30 * day),
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      {
        name: 'keyUsage',
        keyCertSign: true,
        cRLSign: true,
        digitalSignature: true,
        critical: true,
      },
    ],
  });
  const caFile = join(mkdtempSync(join(tmpdir(), 'standin-ca-')), 'ca.pem');
  writeFileSync(caFile, ca.cert);
  return {
    caPem: ca.cert,
    caFile,
    async issue(hosts) {
      const leaf = await generate([{ name: 'commonName', value: hosts[0] ?? 'localhost' }], {
        keyType: 'ec',
        algorithm: 'sha256',
        notBeforeDate: new Date(now - day),
        notAfterDate: new Date(now + 30 * day),
        ca: { key: ca.private, cert: ca.cert },
        extensions: [
          { name: 'basicConstraints', cA: false },
          { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
          { name: 'extKeyUsage', serverAuth: true },
          {
            name: 'subjectAltName',
            altNames: hosts.map((host) =>
              /^[\d.]+$|:/.test(host) ? { type: 7, ip: host } : { type: 2, value: host },
            ),
          },
        ],
      });
      return { key: leaf.private, cert: leaf.cert };
    },
  };
}
