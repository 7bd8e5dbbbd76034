import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from 'selfsigned';

export type Certificate = {
  readonly key: string;
  readonly cert: string;
  /** The CA to trust: pass its file as NODE_EXTRA_CA_CERTS, or its PEM as `ca`. */
  readonly caPem: string;
  readonly caFile: string;
};

const files = {
  ca: 'graph-emulator-ca.pem',
  caKey: 'graph-emulator-ca-key.pem',
  cert: 'graph-emulator-cert.pem',
  key: 'graph-emulator-key.pem',
};

const day = 86_400_000;

/**
 * A local CA and a leaf for localhost, 127.0.0.1 and ::1, generated on first start
 * and kept in `dir`; regenerated when missing or within 30 days of expiry.
 */
export async function ensureCertificate(dir: string, now: Date): Promise<Certificate> {
  mkdirSync(dir, { recursive: true });
  const path = (name: keyof typeof files) => join(dir, files[name]);
  if (Object.keys(files).every((f) => existsSync(path(f as keyof typeof files)))) {
    const cert = readFileSync(path('cert'), 'utf8');
    const validTo = new Date(new X509Certificate(cert).validTo);
    if (validTo.getTime() - now.getTime() > 30 * day) {
      return {
        key: readFileSync(path('key'), 'utf8'),
        cert,
        caPem: readFileSync(path('ca'), 'utf8'),
        caFile: path('ca'),
      };
    }
  }
  const ca = await generate(
    [{ name: 'commonName', value: 'Aktivitetsplan Graph emulator local CA' }],
    {
      keyType: 'ec',
      algorithm: 'sha256',
      notBeforeDate: new Date(now.getTime() - day),
      notAfterDate: new Date(now.getTime() + 3650 * day),
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
    },
  );
  const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - day),
    notAfterDate: new Date(now.getTime() + 825 * day),
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  writeFileSync(path('caKey'), ca.private, { mode: 0o600 });
  writeFileSync(path('key'), leaf.private, { mode: 0o600 });
  writeFileSync(path('cert'), leaf.cert);
  writeFileSync(path('ca'), ca.cert);
  return { key: leaf.private, cert: leaf.cert, caPem: ca.cert, caFile: path('ca') };
}
