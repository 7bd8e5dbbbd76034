import {
  createHash,
  createPrivateKey,
  createPublicKey,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'selfsigned';

/**
 * RSA keys with X.509 certificates, as Entra publishes its signing keys (identity-spec §1.2) and
 * as an app registers a certificate credential (identity-spec §1.4, client assertion).
 */
export type CertifiedKey = {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  readonly certPem: string;
  readonly keyPem: string;
  /** Certificate then key, the single PEM `ClientCertificateCredential` takes. */
  readonly combinedPem: string;
  /** base64url SHA-1 of the DER (`x5t`; Entra's `kid` for its own keys). */
  readonly x5t: string;
  /** base64url SHA-256 of the DER (`x5t#S256`). */
  readonly x5tS256: string;
  /** Standard base64 DER, for `x5c`. */
  readonly derBase64: string;
};

export async function createCertifiedKey(commonName: string): Promise<CertifiedKey> {
  const now = Date.now();
  const made = await generate([{ name: 'commonName', value: commonName }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 86_400_000),
    notAfterDate: new Date(now + 365 * 86_400_000),
  });
  return certifiedKeyOf(made.cert, made.private);
}

function certifiedKeyOf(certPem: string, keyPem: string): CertifiedKey {
  const der = new X509Certificate(certPem).raw;
  return {
    privateKey: createPrivateKey(keyPem),
    publicKey: createPublicKey(certPem),
    certPem,
    keyPem,
    combinedPem: `${certPem.trim()}\n${keyPem.trim()}\n`,
    x5t: createHash('sha1').update(der).digest('base64url'),
    x5tS256: createHash('sha256').update(der).digest('base64url'),
    derBase64: der.toString('base64'),
  };
}

/** The key as a JWKS entry, the members Entra publishes (no `alg`). */
export function publishedJwk(key: CertifiedKey, issuer: string): Record<string, unknown> {
  const jwk = key.publicKey.export({ format: 'jwk' });
  return {
    kty: 'RSA',
    use: 'sig',
    kid: key.x5t,
    x5t: key.x5t,
    n: jwk.n,
    e: jwk.e,
    x5c: [key.derBase64],
    issuer,
  };
}

/**
 * The certificate and its key as the two PEM files `serve`'s and `remind`'s settings name
 * (AKTIVITETSPLAN_BOT_CERT_PEM_FILE, AKTIVITETSPLAN_BOT_CERT_KEY_FILE), the key readable by
 * its owner only, in a new temporary directory.
 */
export function writeCertificateFiles(
  key: CertifiedKey,
  prefix: string,
): { readonly pemFile: string; readonly keyFile: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const pemFile = join(dir, 'bot.pem');
  const keyFile = join(dir, 'bot-key.pem');
  writeFileSync(pemFile, key.certPem);
  writeFileSync(keyFile, key.keyPem, { mode: 0o600 });
  return { pemFile, keyFile };
}
